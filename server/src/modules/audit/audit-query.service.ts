import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppAbility } from '../../platform/authz/ability';
import { accessibleWhere } from '../../platform/authz/accessible-where';
import type { Actor } from '../../platform/authz/actor';
import { paginate, type PageArgs } from '../../platform/graphql/connection';
import { badInput } from '../../platform/graphql/errors';
import { by, Keyset } from '../../platform/orm/keyset';
import { AuditEvent } from './audit-event.entity';
import type { AuditTrailFilter, DataOwnerAccessFilter } from './audit.inputs';
import type { AuditEventConnection } from './audit.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AuditReader {
  em: EntityManager;
  actor: Actor;
  ability: AppAbility;
}

/** The own agency's internal trail: everything its users and tokens did. */
export function listAuditTrail(
  reader: AuditReader,
  page: PageArgs,
  filter: AuditTrailFilter = {},
): Promise<AuditEventConnection> {
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
  page: PageArgs,
  filter: DataOwnerAccessFilter = {},
): Promise<AuditEventConnection> {
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

// Newest first; the sequence is unique (the chain's position).
const AUDIT_ORDER = new Keyset<AuditEvent>([], by.bigint('desc', 'seq'));

/**
 * Newest first, a page at a time. The caller's CASL rules are part of the WHERE clause, so a view can only
 * narrow what the rules allow, never widen it.
 */
function listAuditEvents(
  { em, ability }: AuditReader,
  page: PageArgs,
  conditions: FilterQuery<AuditEvent>[],
): Promise<AuditEventConnection> {
  return paginate(page, AUDIT_ORDER, async ({ after, limit }) => {
    const allowed = accessibleWhere(ability, 'read', AuditEvent, em.getMetadata());
    if (!allowed) return [];
    const where: FilterQuery<AuditEvent> = {
      $and: [allowed, ...conditions, ...(after ? [AUDIT_ORDER.after(after)] : [])],
    };
    return em.find(AuditEvent, where, { orderBy: AUDIT_ORDER.orderBy, limit });
  });
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
