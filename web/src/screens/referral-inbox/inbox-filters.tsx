import SearchIcon from '@mui/icons-material/Search';
import TuneIcon from '@mui/icons-material/Tune';
import {
  Box,
  Button,
  Collapse,
  FormControlLabel,
  IconButton,
  InputAdornment,
  MenuItem,
  Stack,
  Switch,
  TextField,
  useMediaQuery,
  useTheme,
} from '@mui/material';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
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
  const filters = (
    <>
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
    </>
  );
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
      <FoldedOnPhone active={activeFilters(values)}>{filters}</FoldedOnPhone>
    </Stack>
  );
}

/** How many filters besides the words narrow the list now (shown on the phone's "Filters" button). */
function activeFilters(values: InboxFilter['values']): number {
  const { urgency, category, mechanism, from, to, overdue, mine } = values;
  return [urgency, category, mechanism, from, to, overdue, mine].filter(Boolean).length;
}

/**
 * On a phone the filters fold under one button (with how many are on), so the list starts on the first screen:
 * six fields and two switches, one under the other, filled it. On a wider screen they sit in the row as they are.
 */
function FoldedOnPhone({ active, children }: { active: number; children: ReactNode }) {
  const { t } = useTranslation();
  const phone = useMediaQuery(useTheme().breakpoints.down('sm'), { noSsr: true });
  const [open, setOpen] = useState(false);
  const id = useId();
  if (!phone) return children;
  return (
    <Box sx={{ width: '100%' }}>
      <Button
        variant="outlined"
        size="small"
        startIcon={<TuneIcon />}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t('referrals.inbox.filters', { count: active })}
      </Button>
      <Collapse in={open} id={id}>
        <Stack spacing={2} sx={{ pt: 2 }}>
          {children}
        </Stack>
      </Collapse>
    </Box>
  );
}
