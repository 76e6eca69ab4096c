import { raw, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { QBFilterQuery } from '@mikro-orm/postgresql';
import { conditionFieldsOf } from '../../platform/authz/condition-fields';
import type { RequestContext } from '../../platform/context';
import { badInput } from '../../platform/graphql/errors';
import { readableInBox, statusesReadableInBox } from './referral.access';
import { countsFromCounters } from './referral-box-counts';
import { findReferralPage } from './referral-page.query';
import { Referral } from './referral.entity';
import { ReferralStatus, ReferralUrgency } from './referral.enums';
import { ReferralBox, type ReferralConnection, type ReferralFilter, ReferralSort } from './referral-inbox.types';

export const MAX_PAGE_SIZE = 100;

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
type CursorValues = (string | null)[];

/**
 * The inbox or outbox of the caller's agency, one page at a time. Everything happens in two SQL statements
 * whatever the page size: the page itself (with both agencies and their countries joined in) and the
 * per-status counts, both under the caller's permission condition, so no row leaves the database only to be
 * dropped here. Keyset pagination: the cursor holds the sort key of the last row, so deep pages stay cheap
 * and a referral arriving meanwhile does not shift the pages.
 */
export async function listReferrals(
  context: RequestContext,
  request: ReferralListRequest,
): Promise<ReferralConnection> {
  const first = request.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw badInput({ first: 'error.referral.pageSize' });
  const sort = request.sort ?? ReferralSort.CREATED;
  const after = request.after ? decodeCursor(request.after, sort) : null;
  const agencyId = context.actor?.agencyId;
  const readable = agencyId ? readableInBox(context.em, context.ability, request.box, agencyId) : null;
  if (!agencyId || !readable)
    return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0, statusCounts: [] };

  const now = new Date();
  const ownSide: Where =
    request.box === ReferralBox.INBOX ? { receivingAgency: agencyId } : { sendingAgency: agencyId };
  // Built per query: a raw SQL fragment (the search) can be used in one query only.
  const filters = () => [readable, ownSide, ...filterConditions(request.filter ?? {}, now)];
  const statuses = request.filter?.statuses?.length ? request.filter.statuses : null;
  const statusWhere = statuses ? [{ status: { $in: statuses } }] : [];
  const afterWhere = after ? [afterCursor(sort, after)] : [];

  const [rows, counts] = await Promise.all([
    findReferralPage(context.em, {
      where: { $and: [...filters(), ...statusWhere, ...afterWhere] },
      orderBy: ORDER[sort],
      limit: first + 1,
      fields: request.fields ?? null,
      conditionFields: conditionFieldsOf(context.ability, 'read', 'Referral'),
    }),
    countByStatus(context, request, () => ({ $and: filters() })),
  ]);
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorValues(sort, node)) }));
  const statusCounts = Object.values(ReferralStatus)
    .map((status) => ({ status, count: counts.get(status) ?? 0 }))
    .filter((entry) => entry.count > 0);
  const totalCount = statusCounts
    .filter((entry) => !statuses || statuses.includes(entry.status))
    .reduce((sum, entry) => sum + entry.count, 0);
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
    statusCounts,
  };
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
  // Overdue means the deadline running in the current status has passed (see Referral.dueAt).
  if (filter.overdue === true) conditions.push({ dueAt: { $lt: now } });
  if (filter.overdue === false) conditions.push({ $or: [{ dueAt: null }, { dueAt: { $gte: now } }] });
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

const ORDER: Record<ReferralSort, QueryOrderMap<Referral>[]> = {
  [ReferralSort.CREATED]: [{ createdAt: 'desc' }, { id: 'desc' }],
  [ReferralSort.URGENCY]: [{ urgency: 'asc' }, { createdAt: 'desc' }, { id: 'desc' }],
  [ReferralSort.DEADLINE]: [{ dueAt: 'asc nulls last' }, { id: 'asc' }],
};

function cursorValues(sort: ReferralSort, referral: Referral): CursorValues {
  const created = referral.createdAt.toISOString();
  if (sort === ReferralSort.URGENCY) return [referral.urgency, created, referral.id];
  if (sort === ReferralSort.DEADLINE) return [referral.dueAt?.toISOString() ?? null, referral.id];
  return [created, referral.id];
}

/** Rows strictly after the cursor in the sort's order (ties broken by id). */
function afterCursor(sort: ReferralSort, values: CursorValues): Where {
  if (sort === ReferralSort.DEADLINE) {
    const [due, id] = values;
    if (due === null) return { dueAt: null, id: { $gt: id! } };
    const dueAt = new Date(due);
    return { $or: [{ dueAt: { $gt: dueAt } }, { dueAt, id: { $gt: id! } }, { dueAt: null }] };
  }
  const newer = (created: string, id: string): Record<string, unknown>[] => [
    { createdAt: { $lt: new Date(created) } },
    { createdAt: new Date(created), id: { $lt: id } },
  ];
  if (sort === ReferralSort.URGENCY) {
    const [urgency, created, id] = values as [Referral['urgency'], string, string];
    return {
      $or: [{ urgency: { $gt: urgency } }, ...newer(created, id).map((condition) => ({ urgency, ...condition }))],
    } as Where;
  }
  const [created, id] = values as [string, string];
  return { $or: newer(created, id) };
}

function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isInstant = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isId = (value: unknown) => typeof value === 'string' && UUID.test(value);

/** Cursors are opaque to clients; one that is not exactly what this sort produces is refused, not queried. */
function decodeCursor(cursor: string, sort: ReferralSort): CursorValues {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = null;
  }
  const shapes: Record<ReferralSort, ((value: unknown) => boolean)[]> = {
    [ReferralSort.CREATED]: [isInstant, isId],
    [ReferralSort.URGENCY]: [(value) => Object.values(ReferralUrgency).includes(value as never), isInstant, isId],
    [ReferralSort.DEADLINE]: [(value) => value === null || isInstant(value), isId],
  };
  const shape = shapes[sort];
  if (Array.isArray(values) && values.length === shape.length && shape.every((fits, index) => fits(values[index])))
    return values as CursorValues;
  throw badInput({ after: 'error.referral.cursorInvalid' });
}
