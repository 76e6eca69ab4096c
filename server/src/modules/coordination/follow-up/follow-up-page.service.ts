import type { FilterQuery } from '@mikro-orm/core';
import { accessibleWhere } from '../../../platform/authz/accessible-where';
import type { RequestContext } from '../../../platform/context';
import { connectionOf, pageRequest, type Connection } from '../../../platform/graphql/connection';
import { notFound } from '../../../platform/graphql/errors';
import { by, Keyset } from '../../../platform/orm/keyset';
import { ActionItem, overdueSql } from '../action-item.entity';
import { ActionPriority, OPEN_ACTION_STATUSES } from '../follow-up.enums';
import type { FollowUpFilter } from '../follow-up.inputs';
import { isUuid } from '../meeting.access';
import { FollowUpSort } from './follow-up-page.types';

/** Each sort of the board is a keyset order ending in the id (indexes: mechanism, status, due_at). */
const ORDER: Record<FollowUpSort, Keyset<ActionItem>> = {
  [FollowUpSort.DUE]: new Keyset([by.instant('asc', 'dueAt')], by.id('asc')),
  [FollowUpSort.PRIORITY]: new Keyset(
    [by.oneOf('asc', 'priority', Object.values(ActionPriority)), by.instant('asc', 'dueAt')],
    by.id('asc'),
  ),
  [FollowUpSort.NEWEST]: new Keyset([by.instant('desc', 'createdAt')], by.id('desc')),
};

type Where = FilterQuery<ActionItem>;

/** The board's filter as conditions; an id that is not a uuid matches nothing (like a foreign one). */
function filterConditions(filter: FollowUpFilter | null | undefined, now: Date): Where[] | null {
  const conditions: Where[] = [];
  const ids = { ownerAgency: filter?.ownerAgencyId, meeting: filter?.meetingId, decision: filter?.decisionId };
  for (const [property, id] of Object.entries(ids)) {
    if (!id) continue;
    if (!isUuid(id)) return null;
    conditions.push({ [property]: id } as Where);
  }
  if (filter?.statuses?.length) conditions.push({ status: { $in: filter.statuses } });
  // The same rule as overdueSql: still owed and past the end of the due date.
  if (filter?.overdueOnly) conditions.push({ status: { $in: [...OPEN_ACTION_STATUSES] }, dueAt: { $lte: now } });
  return conditions;
}

export interface FollowUpPageRequest {
  mechanismId: string;
  filter?: FollowUpFilter | null;
  sort?: FollowUpSort | null;
  first?: number | null;
  after?: string | null;
}

/**
 * One page of a mechanism's action items for the follow-up board, in the chosen order, with how many match the
 * filter. Both statements carry the caller's permission condition, so a mechanism the caller is no member of
 * gives an empty page, exactly like one without actions.
 */
export async function followUpPage(
  context: RequestContext,
  request: FollowUpPageRequest,
): Promise<Connection<ActionItem> & { totalCount: number }> {
  const order = ORDER[request.sort ?? FollowUpSort.DUE];
  const page = pageRequest(request, order);
  const { em, ability } = context;
  const permitted = accessibleWhere(ability, 'read', ActionItem, em.getMetadata());
  const filters = filterConditions(request.filter, new Date());
  if (!permitted || !filters || !isUuid(request.mechanismId))
    return { ...connectionOf([], page, order), totalCount: 0 };
  const where: Where[] = [permitted as Where, { mechanism: request.mechanismId }, ...filters];
  const afterWhere = page.after ? [order.after(page.after)] : [];
  const [rows, totalCount] = await Promise.all([
    em.find(ActionItem, { $and: [...where, ...afterWhere] }, { orderBy: order.orderBy, limit: page.limit }),
    em.fork().count(ActionItem, { $and: where }),
  ]);
  return { ...connectionOf(rows, page, order), totalCount };
}

/** One action item the caller may read; a foreign or malformed id answers NOT_FOUND like a missing one. */
export async function readableActionItem(context: RequestContext, id: string): Promise<ActionItem> {
  const { em, ability } = context;
  const permitted = accessibleWhere(ability, 'read', ActionItem, em.getMetadata());
  const found = permitted && isUuid(id) ? await em.findOne(ActionItem, { $and: [{ id }, permitted as Where] }) : null;
  if (!found) throw notFound('ActionItem');
  return found;
}

export interface GroupCount {
  id: string;
  label: string;
  open: number;
  overdue: number;
}

/**
 * Open and overdue actions of a mechanism per meeting or per decision, counted in SQL with the one overdue
 * expression. Asked only when the caller may read the mechanism's actions (the same check as countsByAgency).
 */
export async function countsBy(
  context: RequestContext,
  mechanismId: string,
  group: 'meeting' | 'decision',
): Promise<GroupCount[]> {
  const { em, ability } = context;
  if (
    !isUuid(mechanismId) ||
    !ability.can('read', { __subjectType: 'ActionItem', mechanism: { id: mechanismId } } as never)
  )
    return [];
  const join =
    group === 'meeting'
      ? { table: 'meeting', column: 'meeting_id', label: 'g.title', order: 'min(g.starts_at) desc' }
      : {
          table: 'decision',
          column: 'decision_id',
          label: 'g.reference',
          order: 'min(g.year) desc, min(g.number) desc',
        };
  const rows: { id: string; label: string; open: number; overdue: number }[] = await em.execute(
    `select g.id, ${join.label} as label,
            count(*) filter (where ai.status in ('OPEN', 'IN_PROGRESS'))::int as open,
            count(*) filter (where ${overdueSql('ai')})::int as overdue
       from action_item ai join ${join.table} g on g.id = ai.${join.column}
      where ai.mechanism_id = ? group by g.id, ${join.label} order by ${join.order}`,
    [mechanismId],
  );
  return rows.map((row) => ({ id: row.id, label: row.label, open: row.open, overdue: row.overdue }));
}
