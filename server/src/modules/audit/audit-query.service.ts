import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppAbility } from '../../platform/authz/ability';
import { accessibleWhere } from '../../platform/authz/accessible-where';
import type { Actor } from '../../platform/authz/actor';
import { badInput } from '../../platform/graphql/errors';
import { AuditEvent } from './audit-event.entity';
import type { AuditPageArgs, AuditTrailFilter, DataOwnerAccessFilter } from './audit.inputs';
import type { AuditEventPage } from './audit.types';

const MAX_PAGE = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SEQ = /^[1-9][0-9]{0,18}$/;

export interface AuditReader {
  em: EntityManager;
  actor: Actor;
  ability: AppAbility;
}

/** The own agency's internal trail: everything its users and tokens did. */
export function listAuditTrail(
  reader: AuditReader,
  page: AuditPageArgs,
  filter: AuditTrailFilter = {},
): Promise<AuditEventPage> {
  if (filter.actorId !== undefined && filter.actorId !== null && !UUID.test(filter.actorId)) {
    throw badInput({ 'filter.actorId': 'error.invalidId' });
  }
  return listAuditEvents(reader, page, [
    { actorAgencyId: reader.actor.agencyId },
    ...commonConditions(filter),
    ...(filter.actorId ? [{ actorId: filter.actorId }] : []),
  ]);
}

/**
 * The data owner's view: what users of OTHER agencies did to records the auditor's agency owns. The rows
 * come back whole from SQL; the field guard then hides what audit.policy.ts does not grant the owner.
 */
export function listDataOwnerAccess(
  reader: AuditReader,
  page: AuditPageArgs,
  filter: DataOwnerAccessFilter = {},
): Promise<AuditEventPage> {
  const own = reader.actor.agencyId;
  if (filter.actorAgencyId !== undefined && filter.actorAgencyId !== null && !UUID.test(filter.actorAgencyId)) {
    throw badInput({ 'filter.actorAgencyId': 'error.invalidId' });
  }
  // "Another agency" includes actions without a signed-in actor (null agency), which `<>` alone would drop.
  const byOtherAgency: FilterQuery<AuditEvent> = { $or: [{ actorAgencyId: { $ne: own } }, { actorAgencyId: null }] };
  return listAuditEvents(reader, page, [
    { ownerAgencyId: own },
    byOtherAgency,
    ...commonConditions(filter),
    ...(filter.actorAgencyId ? [{ actorAgencyId: filter.actorAgencyId }] : []),
  ]);
}

/**
 * Keyset pagination, newest first. The caller's CASL rules are part of the WHERE clause, so a view can only
 * narrow what the rules allow, never widen it.
 */
async function listAuditEvents(
  { em, ability }: AuditReader,
  { first, after }: AuditPageArgs,
  conditions: FilterQuery<AuditEvent>[],
): Promise<AuditEventPage> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw badInput({ first: 'error.pageSize' });
  if (after !== undefined && after !== null && !SEQ.test(after)) throw badInput({ after: 'error.invalidCursor' });
  const allowed = accessibleWhere(ability, 'read', AuditEvent, em.getMetadata());
  if (!allowed) return { nodes: [], endCursor: null, hasNextPage: false };
  const where: FilterQuery<AuditEvent> = {
    $and: [allowed, ...conditions, ...(after ? [{ seq: { $lt: after } }] : [])],
  };
  const rows = await em.find(AuditEvent, where, { orderBy: { seq: 'desc' }, limit: first + 1 });
  const nodes = rows.slice(0, first);
  const hasNextPage = rows.length > first;
  return { nodes, endCursor: nodes.length > 0 ? nodes[nodes.length - 1].seq : null, hasNextPage };
}

function commonConditions(filter: AuditTrailFilter | DataOwnerAccessFilter): FilterQuery<AuditEvent>[] {
  const conditions: FilterQuery<AuditEvent>[] = [];
  if (filter.from) conditions.push({ occurredAt: { $gte: filter.from } });
  if (filter.to) conditions.push({ occurredAt: { $lt: filter.to } });
  if (filter.action) conditions.push({ action: filter.action });
  if (filter.entityType) conditions.push({ entityType: filter.entityType });
  if (filter.entityId) conditions.push({ entityId: filter.entityId });
  return conditions;
}
