import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppAbility } from '../../platform/authz/ability';
import { accessibleWhere } from '../../platform/authz/accessible-where';
import type { Actor } from '../../platform/authz/actor';
import { paginate, type PageArgs } from '../../platform/graphql/connection';
import { badInput } from '../../platform/graphql/errors';
import { by, Keyset } from '../../platform/orm/keyset';
import { AuditEvent } from './audit-event.entity';
import { labelEvents } from './audit-labels.service';
import type { AuditTrailFilter, DataOwnerAccessFilter } from './audit.inputs';
import type { AuditEventConnection } from './audit.types';
import { UUID } from '../../platform/ids';

export interface AuditReader {
  em: EntityManager;
  actor: Actor;
  ability: AppAbility;
}

/** The own agency's internal trail: everything its users and tokens did. */
export async function listAuditTrail(
  reader: AuditReader,
  page: PageArgs,
  filter: AuditTrailFilter = {},
): Promise<AuditEventConnection> {
  return listAuditEvents(reader, page, await trailConditions(reader, filter));
}

/** The own trail's conditions, shared by the list and its CSV export. */
export async function trailConditions(
  reader: AuditReader,
  filter: AuditTrailFilter,
): Promise<FilterQuery<AuditEvent>[]> {
  if (filter.actorId !== undefined && filter.actorId !== null && !UUID.test(filter.actorId)) {
    throw badInput({ 'filter.actorId': 'error.invalidId' });
  }
  return [
    { actorAgencyId: reader.actor.agencyId },
    ...(await commonConditions(reader.em, filter)),
    ...(filter.actorId ? [{ actorId: filter.actorId }] : []),
  ];
}

/**
 * The data owner's view: what users of OTHER agencies did to records the auditor's agency owns. The rows
 * come back whole from SQL; the field guard then hides what audit.policy.ts does not grant the owner.
 */
export async function listDataOwnerAccess(
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
    ...(await commonConditions(reader.em, filter)),
    ...(filter.actorAgencyId ? [{ actorAgencyId: filter.actorAgencyId }] : []),
  ]);
}

// Newest first; the sequence is unique (the chain's position).
const AUDIT_ORDER = new Keyset<AuditEvent>([], by.bigint('desc', 'seq'));

/**
 * Newest first, a page at a time. The caller's CASL rules are part of the WHERE clause, so a view can only
 * narrow what the rules allow, never widen it.
 */
export function listAuditEvents(
  { em, ability, actor }: AuditReader,
  page: PageArgs,
  conditions: FilterQuery<AuditEvent>[],
): Promise<AuditEventConnection> {
  return paginate(page, AUDIT_ORDER, async ({ after, limit }) => {
    const allowed = accessibleWhere(ability, 'read', AuditEvent, em.getMetadata());
    if (!allowed) return [];
    const where: FilterQuery<AuditEvent> = {
      $and: [allowed, ...conditions, ...(after ? [AUDIT_ORDER.after(after)] : [])],
    };
    const events = await em.find(AuditEvent, where, { orderBy: AUDIT_ORDER.orderBy, limit });
    await labelEvents(em, events, actor.agencyId);
    return events;
  });
}

async function commonConditions(
  em: EntityManager,
  filter: AuditTrailFilter | DataOwnerAccessFilter,
): Promise<FilterQuery<AuditEvent>[]> {
  const conditions: FilterQuery<AuditEvent>[] = [];
  if (filter.reference) conditions.push({ entityId: { $in: await recordIdsOf(em, filter.reference.trim()) } });
  if (filter.from) conditions.push({ occurredAt: { $gte: filter.from } });
  if (filter.to) conditions.push({ occurredAt: { $lt: filter.to } });
  if (filter.action) conditions.push({ action: filter.action });
  if (filter.entityType) conditions.push({ entityType: filter.entityType });
  if (filter.entityId) conditions.push({ entityId: filter.entityId });
  return conditions;
}

/**
 * The records a reference names: a referral (GT-MX-2026-000042) and the persons on it, or a survivor by code.
 * None when nothing has that reference, so the filter then finds no event rather than every event.
 */
async function recordIdsOf(em: EntityManager, reference: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ id: string }[]>(
    `select r.id::text as id from referral r where r.reference = ?
     union all select p.id::text from referral_person p join referral r on r.id = p.referral_id where r.reference = ?
     union all select s.id::text from survivor s where s.code = ?`,
    [reference, reference, reference],
  );
  return rows.length > 0 ? rows.map((row) => row.id) : ['none'];
}
