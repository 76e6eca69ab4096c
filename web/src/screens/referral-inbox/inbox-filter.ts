import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { nextDay, startOfDayIn } from '../../dates/day-bounds';
import {
  type ReferralCategory,
  type ReferralFilter,
  type ReferralStatus,
  type ReferralUrgency,
} from '../../gql/graphql';
import { useSession } from '../../session/session';
import { REFERRAL_STATUSES, REFERRAL_URGENCIES } from './referral-common';

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
  // What is typed in the search box, not yet searched: kept here so it survives the inbox's handover to Apollo.
  const [searchText, setSearchText] = useState('');
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
    searchText,
    setSearchText,
  };
}

export type InboxFilter = ReturnType<typeof useInboxFilter>;
