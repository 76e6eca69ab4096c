import { raw, type FilterQuery } from '@mikro-orm/core';
import type { QBFilterQuery } from '@mikro-orm/postgresql';
import { conditionFieldsOf } from '../../platform/authz/condition-fields';
import type { RequestContext } from '../../platform/context';
import { connectionOf, pageRequest } from '../../platform/graphql/connection';
import { by, Keyset } from '../../platform/orm/keyset';
import { readableInBox, statusesReadableInBox } from './referral.access';
import { countsFromCounters } from './referral-box-counts';
import { findReferralPage, findSearchedReferralPage } from './referral-page.query';
import { notOverdueWhere, overdueWhere } from './referral-overdue';
import { Referral } from './referral.entity';
import { REFERRAL_TRANSITIONS } from './referral.lifecycle';
import { ReferralStatus, ReferralUrgency } from './referral.enums';
import { ReferralBox, type ReferralConnection, type ReferralFilter, ReferralSort } from './referral-inbox.types';

export interface ReferralListRequest {
  box: ReferralBox;
  filter?: ReferralFilter | null;
  sort?: ReferralSort | null;
  first?: number | null;
  after?: string | null;
  /** The fields the client selected on each referral; null or absent for all of them. */
  fields?: ReadonlySet<string> | null;
}

type Where = FilterQuery<Referral>;

/** Each sort is a keyset order ending in the id, on the indexes docs/benchmarks.md and ADR 8 describe. */
const ORDER: Record<ReferralSort, Keyset<Referral>> = {
  [ReferralSort.CREATED]: new Keyset([by.instant('desc', 'createdAt')], by.id('desc')),
  [ReferralSort.URGENCY]: new Keyset(
    [by.oneOf('asc', 'urgency', Object.values(ReferralUrgency)), by.instant('desc', 'createdAt')],
    by.id('desc'),
  ),
  [ReferralSort.DEADLINE]: new Keyset([by.instant('asc', 'dueAt', { nullsLast: true })], by.id('asc')),
};

/**
 * The inbox or outbox of the caller's agency, one page at a time. Everything happens in two SQL statements
 * whatever the page size: the page itself (with both agencies and their countries joined in) and the
 * per-status counts, both under the caller's permission condition, so no row leaves the database only to be
 * dropped here; searched, in one statement that finds the matching rows once for both (findSearchedReferralPage). Keyset pagination (platform/graphql/connection.ts): the cursor holds the sort key of the last
 * row, so deep pages stay cheap and a referral arriving meanwhile does not shift the pages.
 */
export async function listReferrals(
  context: RequestContext,
  request: ReferralListRequest,
): Promise<ReferralConnection> {
  const order = ORDER[request.sort ?? ReferralSort.CREATED];
  const page = pageRequest(request, order);
  const agencyId = context.actor?.agencyId;
  const readable = agencyId ? readableInBox(context.em, context.ability, request.box, agencyId) : null;
  if (!agencyId || !readable) return { ...connectionOf([], page, order), totalCount: 0, statusCounts: [] };

  const now = new Date();
  const ownSide: Where =
    request.box === ReferralBox.INBOX ? { receivingAgency: agencyId } : { sendingAgency: agencyId };
  // Built per query: a raw SQL fragment (the search) can be used in one query only.
  const mine: Where[] = request.filter?.assignedToMe ? [{ assignedTo: context.actor!.id }] : [];
  const filters = () => [readable, ownSide, ...mine, ...filterConditions(request.filter ?? {}, now)];
  const statuses = request.filter?.statuses?.length ? request.filter.statuses : null;
  const statusWhere = statuses ? [{ status: { $in: statuses } }] : [];
  const afterWhere = page.after ? [order.after(page.after)] : [];

  const pageQuery = {
    where: { $and: [...filters(), ...statusWhere, ...afterWhere] },
    orderBy: order.orderBy,
    limit: page.limit,
    fields: request.fields ?? null,
    conditionFields: judgedFields(context),
  };
  // A search reads its matching rows once for the page and the counts (testing each row's text is what costs).
  const { rows, counts } = request.filter?.search?.trim()
    ? await findSearchedReferralPage(context.em, {
        ...pageQuery,
        where: { $and: [...statusWhere, ...afterWhere] },
        matching: { $and: filters() },
      })
    : await Promise.all([
        findReferralPage(context.em, pageQuery),
        countByStatus(context, request, () => ({ $and: filters() })),
      ]).then(([rows, counts]) => ({ rows, counts }));
  const statusCounts = Object.values(ReferralStatus)
    .map((status) => ({ status, count: counts.get(status) ?? 0 }))
    .filter((entry) => entry.count > 0);
  const totalCount = statusCounts
    .filter((entry) => !statuses || statuses.includes(entry.status))
    .reduce((sum, entry) => sum + entry.count, 0);
  return { ...connectionOf(rows, page, order), totalCount, statusCounts };
}

/**
 * What the caller's rules look at on a listed referral: to read it (the field guard) and to take each step
 * (availableActions). Loaded whatever the client selected.
 */
function judgedFields(context: RequestContext): Set<string> {
  const fields = conditionFieldsOf(context.ability, 'read', 'Referral');
  for (const rule of REFERRAL_TRANSITIONS)
    for (const field of conditionFieldsOf(context.ability, rule.action, 'Referral')) fields.add(field);
  return fields;
}

/**
 * Per-status counts of the box under the filters. Unfiltered (the badges every page shows), they come from the
 * trigger-kept counters when the caller's rules decide readability by box and status alone; otherwise the
 * matching rows are counted.
 */
async function countByStatus(
  context: RequestContext,
  request: ReferralListRequest,
  where: () => Where,
): Promise<Map<ReferralStatus, number>> {
  const agencyId = context.actor!.agencyId;
  const readableStatuses = narrowsRows(request.filter)
    ? null
    : statusesReadableInBox(context.ability, request.box, agencyId);
  if (readableStatuses) return countsFromCounters(context.em, agencyId, request.box, readableStatuses);
  return countRows(context, where());
}

/** Whether a filter other than the statuses (which only pick among the counts) is set. */
function narrowsRows(filter: ReferralFilter | null | undefined): boolean {
  if (!filter) return false;
  return Boolean(
    filter.categories?.length ||
    filter.urgencies?.length ||
    filter.mechanismId ||
    filter.createdFrom ||
    filter.createdBefore ||
    typeof filter.overdue === 'boolean' ||
    filter.assignedToMe ||
    filter.search?.trim(),
  );
}

async function countRows(context: RequestContext, where: Where): Promise<Map<ReferralStatus, number>> {
  const rows: { status: ReferralStatus; count: number }[] = await context.em
    .createQueryBuilder(Referral, 'r')
    .select(['r.status', raw('count(*)::int as count')])
    .where(where as QBFilterQuery<Referral>)
    .groupBy('r.status')
    .execute('all', false);
  return new Map(rows.map((row) => [row.status, Number(row.count)]));
}

function filterConditions(filter: ReferralFilter, now: Date): Where[] {
  const conditions: Where[] = [];
  if (filter.categories?.length) conditions.push({ category: { $in: filter.categories } });
  if (filter.urgencies?.length) conditions.push({ urgency: { $in: filter.urgencies } });
  if (filter.mechanismId) conditions.push({ mechanism: filter.mechanismId });
  if (filter.createdFrom) conditions.push({ createdAt: { $gte: filter.createdFrom } });
  if (filter.createdBefore) conditions.push({ createdAt: { $lt: filter.createdBefore } });
  if (filter.overdue === true) conditions.push(overdueWhere(now));
  if (filter.overdue === false) conditions.push(notOverdueWhere(now));
  const search = filter.search?.trim();
  if (search) {
    // Any of the three languages may match; websearch syntax ("quoted phrases", -excluded) never raises errors.
    const query = raw(
      (alias) =>
        `(${alias}.search_vector @@ (websearch_to_tsquery('spanish', ?) || websearch_to_tsquery('portuguese', ?) || websearch_to_tsquery('english', ?)))`,
      [search, search, search],
    );
    conditions.push({ [query]: true } as Where);
  }
  return conditions;
}
