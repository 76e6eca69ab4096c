import SearchIcon from '@mui/icons-material/Search';
import { Box, FormControlLabel, IconButton, InputAdornment, MenuItem, Stack, Switch, TextField } from '@mui/material';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/date-field';
import type { InboxMechanismsQuery } from '../../gql/graphql';
import { useLanguage } from '../../i18n/use-language';
import { REFERRAL_CATEGORIES, type InboxFilter } from './inbox-filter';
import { localName, REFERRAL_URGENCIES } from './referral-common';

/** The filters above the list: search, urgency, category, mechanism, days created and overdue. */
export function InboxFilters({
  inbox,
  offerMine = false,
  mechanisms,
}: {
  inbox: InboxFilter;
  offerMine?: boolean;
  /** The mechanisms to filter by, undefined until they have come (the choice then offers none). */
  mechanisms: InboxMechanismsQuery['mechanisms'] | undefined;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { searchText, setSearchText } = inbox;
  const { values, setParam } = inbox;
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    inbox.setSearch(searchText.trim());
  };
  const narrow = { width: { xs: '100%', md: 200 } };
  return (
    <Stack direction="row" useFlexGap spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Box component="form" role="search" onSubmit={submitSearch} sx={{ width: { xs: '100%', md: 320 } }}>
        <TextField
          size="small"
          fullWidth
          label={t('referrals.inbox.search')}
          value={searchText}
          onChange={(event) => setSearchText(event.target.value)}
          slotProps={{
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <IconButton type="submit" edge="end" aria-label={t('referrals.inbox.searchSubmit')}>
                    <SearchIcon />
                  </IconButton>
                </InputAdornment>
              ),
            },
          }}
        />
      </Box>
      <TextField
        select
        size="small"
        label={t('referrals.fields.urgency')}
        value={values.urgency ?? ''}
        onChange={(event) => setParam('urgency', event.target.value)}
        sx={narrow}
      >
        <MenuItem value="">{t('referrals.inbox.anyUrgency')}</MenuItem>
        {REFERRAL_URGENCIES.map((which) => (
          <MenuItem key={which} value={which}>
            {t(`referrals.urgency.${which}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('referrals.fields.category')}
        value={values.category ?? ''}
        onChange={(event) => setParam('category', event.target.value)}
        sx={{ width: { xs: '100%', md: 260 } }}
      >
        <MenuItem value="">{t('referrals.inbox.anyCategory')}</MenuItem>
        {REFERRAL_CATEGORIES.map((which) => (
          <MenuItem key={which} value={which}>
            {t(`referrals.category.${which}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('referrals.fields.mechanism')}
        value={mechanisms ? (values.mechanism ?? '') : ''}
        onChange={(event) => setParam('mechanism', event.target.value)}
        sx={{ width: { xs: '100%', md: 260 } }}
      >
        <MenuItem value="">{t('referrals.inbox.anyMechanism')}</MenuItem>
        {(mechanisms ?? []).map((mechanism) => (
          <MenuItem key={mechanism.id} value={mechanism.id}>
            {localName(mechanism.names, language)}
          </MenuItem>
        ))}
      </TextField>
      <DateField
        size="small"
        label={t('referrals.inbox.createdFrom')}
        value={values.from}
        onChange={(day) => setParam('from', day)}
        sx={{ width: { xs: '100%', md: 190 } }}
      />
      <DateField
        size="small"
        label={t('referrals.inbox.createdTo')}
        value={values.to}
        onChange={(day) => setParam('to', day)}
        sx={{ width: { xs: '100%', md: 190 } }}
      />
      <FormControlLabel
        control={
          <Switch
            checked={values.overdue}
            onChange={(event) => setParam('overdue', event.target.checked ? 'true' : null)}
          />
        }
        label={t('referrals.inbox.onlyOverdue')}
        sx={{ whiteSpace: 'nowrap' }}
      />
      {offerMine && (
        <FormControlLabel
          control={
            <Switch
              checked={values.mine}
              onChange={(event) => setParam('mine', event.target.checked ? 'true' : null)}
            />
          }
          label={t('referrals.inbox.onlyMine')}
          sx={{ whiteSpace: 'nowrap' }}
        />
      )}
    </Stack>
  );
}
