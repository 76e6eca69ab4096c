import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { findOnePermitted } from '../../../platform/authz/accessible-query';
import { accessibleWhere } from '../../../platform/authz/accessible-where';
import { assertCan, assertCanCreate } from '../../../platform/authz/forbidden';
import type { RequestContext } from '../../../platform/context';
import { notFound } from '../../../platform/graphql/errors';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { Agency, CrossingPoint, Mechanism, User } from '../../identity';
import { isUuid } from '../meeting.access';
import { actingUserOf } from '../meeting.service';
import { DutyContact } from './duty-contact.entity';
import type { DutyContactInput } from './roster.inputs';
import { minuteOf, validateDutyContact } from './roster.validation';

/** The mechanism's crossing points, to check the one a line names. */
async function crossingPointIdsOf(em: EntityManager, mechanismId: string): Promise<Set<string>> {
  const mechanism = await em.findOneOrFail(Mechanism, { id: mechanismId }, { populate: ['crossingPoints'] });
  return new Set(mechanism.crossingPoints.getItems().map((point) => point.id));
}

function write(em: EntityManager, contact: DutyContact, input: DutyContactInput): void {
  const optional = (value: string | null | undefined) => value?.trim() || null;
  contact.crossingPoint = input.crossingPointId
    ? em.getReference(CrossingPoint, input.crossingPointId, { wrapped: true })
    : null;
  contact.deskName = input.deskName.trim();
  contact.officerName = optional(input.officerName);
  contact.timeZone = input.timeZone;
  contact.alwaysOn = input.alwaysOn;
  contact.days = input.alwaysOn ? [] : [...new Set(input.days)].sort();
  contact.startMinute = input.alwaysOn ? 0 : minuteOf(input.from!);
  contact.endMinute = input.alwaysOn ? 1440 : minuteOf(input.until!) || 1440;
  contact.languages = [...new Set(input.languages)];
  contact.phone = input.phone.trim();
  contact.radioChannel = optional(input.radioChannel);
  contact.email = optional(input.email);
  contact.secureChannel = optional(input.secureChannel);
}

async function audit(context: RequestContext, em: EntityManager, contact: DutyContact, action: string) {
  await context.audit.record(em, {
    action,
    entityType: 'DutyContact',
    entityId: contact.id,
    ownerAgencyId: contact.agency.id,
    details: { mechanismId: contact.mechanism.id },
  });
}

/** Reads the line again so the database computes `onDutyNow` for what was just written. */
const reloaded = (em: EntityManager, id: string) => em.findOneOrFail(DutyContact, { id }, { refresh: true });

/** An agency admin adds a line for their own agency to the roster of a mechanism the agency is in. */
export async function createDutyContact(context: RequestContext, mechanismId: string, input: DutyContactInput) {
  const actor = actingUserOf(context);
  return inUnitOfWork(context, async (em) => {
    const mechanism = isUuid(mechanismId)
      ? await findOnePermitted(em, context.ability, 'read', Mechanism, { id: mechanismId })
      : null;
    if (!mechanism) throw notFound('Mechanism');
    const contact = new DutyContact();
    contact.mechanism = em.getReference(Mechanism, mechanism.id, { wrapped: true });
    contact.agency = em.getReference(Agency, actor.agencyId, { wrapped: true });
    contact.updatedBy = em.getReference(User, actor.id, { wrapped: true });
    assertCanCreate(context.ability, contact);
    validateDutyContact(input, await crossingPointIdsOf(em, mechanism.id));
    write(em, contact, input);
    em.persist(contact);
    await em.flush();
    await audit(context, em, contact, 'roster.contact.create');
    return reloaded(em, contact.id);
  });
}

async function findReadableContact(em: EntityManager, context: RequestContext, id: string) {
  const where = accessibleWhere(context.ability, 'read', DutyContact, em.getMetadata());
  if (!where || !isUuid(id)) return null;
  return em.findOne(DutyContact, { $and: [{ id }, where] });
}

export async function updateDutyContact(context: RequestContext, id: string, input: DutyContactInput) {
  const actor = actingUserOf(context);
  return inUnitOfWork(context, async (em) => {
    const contact = await findReadableContact(em, context, id);
    if (!contact) throw notFound('DutyContact');
    assertCan(context.ability, 'update', contact, 'DutyContact');
    validateDutyContact(input, await crossingPointIdsOf(em, contact.mechanism.id));
    write(em, contact, input);
    contact.updatedBy = em.getReference(User, actor.id, { wrapped: true });
    await em.flush();
    await audit(context, em, contact, 'roster.contact.update');
    return reloaded(em, contact.id);
  });
}

export async function deleteDutyContact(context: RequestContext, id: string): Promise<string> {
  actingUserOf(context);
  return inUnitOfWork(context, async (em) => {
    const contact = await findReadableContact(em, context, id);
    if (!contact) throw notFound('DutyContact');
    assertCan(context.ability, 'delete', contact, 'DutyContact');
    await audit(context, em, contact, 'roster.contact.delete');
    em.remove(contact);
    await em.flush();
    return id;
  });
}

/**
 * A mechanism's roster as the caller may read it: every line, or one agency's, or only those on duty now (the
 * database decides, in each line's time zone). On duty first, then by agency and desk.
 */
export async function listRoster(
  context: RequestContext,
  mechanismId: string,
  options: { agencyId?: string | null; onDutyOnly?: boolean },
): Promise<DutyContact[]> {
  const em = context.em;
  const where = accessibleWhere(context.ability, 'read', DutyContact, em.getMetadata());
  if (!where || !isUuid(mechanismId) || (options.agencyId && !isUuid(options.agencyId))) return [];
  const filters: FilterQuery<DutyContact>[] = [where, { mechanism: mechanismId }];
  if (options.agencyId) filters.push({ agency: options.agencyId });
  if (options.onDutyOnly) filters.push({ onDutyNow: true });
  const contacts = await em.find(
    DutyContact,
    { $and: filters },
    { populate: ['agency'], orderBy: { agency: { acronym: 'asc' }, deskName: 'asc', id: 'asc' }, limit: 200 },
  );
  return contacts.sort((a, b) => Number(!!b.onDutyNow) - Number(!!a.onDutyNow));
}
