import type { FilterQuery } from '@mikro-orm/core';
import { findOnePermitted, findPermitted } from '../../platform/authz/accessible-query';
import { assertCan, assertCanCreate } from '../../platform/authz/forbidden';
import type { RequestContext } from '../../platform/context';
import { badInput, notFound } from '../../platform/graphql/errors';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Agency } from './agency.entity';
import type { AgencyFilter, CreateAgencyInput, UpdateAgencyInput } from './agency.inputs';
import { Country } from './country.entity';
import { FieldProblems, isBlank } from './directory.validation';

export function listAgencies(context: RequestContext, filter: AgencyFilter = {}): Promise<Agency[]> {
  const where: FilterQuery<Agency> = {};
  if (filter.countryCode) where.country = filter.countryCode.toUpperCase();
  if (filter.kind) where.kind = filter.kind;
  if (!filter.includeInactive) where.active = true;
  return findPermitted(context.em, context.ability, 'read', Agency, where, {
    orderBy: { country: 'asc', name: 'asc' },
  });
}

export function findAgency(context: RequestContext, id: string): Promise<Agency | null> {
  return findOnePermitted(context.em, context.ability, 'read', Agency, { id });
}

export async function createAgency(context: RequestContext, input: CreateAgencyInput): Promise<Agency> {
  validateAgencyText(input, 'input');
  return inUnitOfWork(context, async (em) => {
    const country = await em.findOne(Country, { code: input.countryCode.trim().toUpperCase() });
    if (!country) throw badInput({ 'input.countryCode': 'error.country.unknown' });
    const { name, acronym, contactPoint } = trimmed(input);
    const agency = em.create(Agency, { country, kind: input.kind, name, acronym, contactPoint, active: true });
    assertCanCreate(context.ability, agency);
    await em.flush();
    await context.audit.record(em, {
      action: 'agency.create',
      entityType: 'Agency',
      entityId: agency.id,
      ownerAgencyId: agency.id,
    });
    return agency;
  });
}

export async function updateAgency(context: RequestContext, input: UpdateAgencyInput): Promise<Agency> {
  validateAgencyText(input, 'input');
  return inUnitOfWork(context, async (em) => {
    const agency = await findOnePermitted(em, context.ability, 'read', Agency, { id: input.id });
    if (!agency) throw notFound('Agency');
    assertCan(context.ability, 'update', agency, 'Agency');
    const { id: _id, ...changes } = trimmed(input);
    em.assign(agency, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
    await context.audit.record(em, {
      action: input.active === false ? 'agency.deactivate' : 'agency.update',
      entityType: 'Agency',
      entityId: agency.id,
      ownerAgencyId: agency.id,
    });
    return agency;
  });
}

function validateAgencyText(input: { name?: string; acronym?: string }, path: string): void {
  new FieldProblems()
    .check(input.name === undefined || !isBlank(input.name), `${path}.name`, 'error.nameRequired')
    .check(input.acronym === undefined || !isBlank(input.acronym), `${path}.acronym`, 'error.acronymRequired')
    .throwIfAny();
}

function trimmed<T extends { name?: string; acronym?: string; contactPoint?: string }>(input: T): T {
  return {
    ...input,
    name: input.name?.trim(),
    acronym: input.acronym?.trim(),
    contactPoint: input.contactPoint?.trim() || undefined,
  };
}
