import SearchIcon from '@mui/icons-material/Search';
import { useQuery } from '@apollo/client/react';
import { Box, FormControlLabel, IconButton, InputAdornment, MenuItem, Stack, Switch, TextField } from '@mui/material';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DateField } from '../../ui/date-field';
import { nextDay, startOfDayIn } from '../../dates/day-bounds';
import {
  type ReferralCategory,
  type ReferralFilter,
  type ReferralStatus,
  type ReferralUrgency,
} from '../../gql/graphql';
import { InboxMechanismsDocument } from './referral-inbox.generated';
import { useLanguage } from '../../i18n/use-language';
import { useSession } from '../../session/session';
import { localName, REFERRAL_STATUSES, REFERRAL_URGENCIES } from './referral-common';

export const REFERRAL_CATEGORIES: ReferralCategory[] = [
  'SMUGGLING_INCIDENT',
  'SUSPECTED_TRAFFICKING',
  'ABANDONED_OR_MISSING_MIGRANTS',
  'DOCUMENT_FRAUD',
  'NETWORK_INTELLIGENCE',
  'REQUEST_FOR_INFORMATION',
  'OTHER',
];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string | null): value is T =>
    values.includes(value as T);
const isStatus = oneOf(REFERRAL_STATUSES);
const isUrgency = oneOf(REFERRAL_URGENCIES);
const isCategory = oneOf(REFERRAL_CATEGORIES);

/**
 * The list's filters. Status, urgency, category, mechanism, overdue, mine and the days created are in the address
 * (a filtered list can be bookmarked and sent to a colleague; a wrong value in it is ignored); the words searched
 * are not: officers search for names, and addresses end up in logs and browser histories.
 */
export function useInboxFilter() {
  const { timeZone } = useSession();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const get = (name: string) => params.get(name);
  const status = isStatus(get('status')) ? (get('status') as ReferralStatus) : null;
  const urgency = isUrgency(get('urgency')) ? (get('urgency') as ReferralUrgency) : null;
  const category = isCategory(get('category')) ? (get('category') as ReferralCategory) : null;
  const mechanism = UUID.test(get('mechanism') ?? '') ? get('mechanism') : null;
  const from = DAY.test(get('from') ?? '') ? get('from')! : '';
  const to = DAY.test(get('to') ?? '') ? get('to')! : '';
  const overdue = get('overdue') === 'true';
  const mine = get('mine') === 'true';

  const filter: ReferralFilter = {
    ...(status ? { statuses: [status] } : {}),
    ...(urgency ? { urgencies: [urgency] } : {}),
    ...(category ? { categories: [category] } : {}),
    ...(mechanism ? { mechanismId: mechanism } : {}),
    // Whole days where the officer works: "from 3 March" is midnight in Tapachula, not in UTC.
    ...(from ? { createdFrom: startOfDayIn(from, timeZone).toISOString() } : {}),
    ...(to ? { createdBefore: startOfDayIn(nextDay(to), timeZone).toISOString() } : {}),
    ...(overdue ? { overdue: true } : {}),
    ...(mine ? { assignedToMe: true } : {}),
    ...(search ? { search } : {}),
  };
  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null || value === '') next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  return {
    filter,
    values: { status, urgency, category, mechanism, from, to, overdue, mine },
    filtered: Object.keys(filter).length > 0,
    setParam,
    setSearch,
  };
}

export type InboxFilter = ReturnType<typeof useInboxFilter>;

/** The filters above the list: search, urgency, category, mechanism, days created and overdue. */
export function InboxFilters({ inbox, offerMine = false }: { inbox: InboxFilter; offerMine?: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [searchText, setSearchText] = useState('');
  const { data } = useQuery(InboxMechanismsDocument, { context: { handlesErrors: true } });
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
        value={data ? (values.mechanism ?? '') : ''}
        onChange={(event) => setParam('mechanism', event.target.value)}
        sx={{ width: { xs: '100%', md: 260 } }}
      >
        <MenuItem value="">{t('referrals.inbox.anyMechanism')}</MenuItem>
        {(data?.mechanisms ?? []).map((mechanism) => (
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
