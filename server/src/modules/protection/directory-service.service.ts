import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { permittedFilter } from '../../platform/authz/accessible-query';
import { assertCan, assertCanCreate } from '../../platform/authz/forbidden';
import type { RequestContext } from '../../platform/context';
import { paginate, type Connection } from '../../platform/graphql/connection';
import { badInput, notFound, unauthenticated } from '../../platform/graphql/errors';
import { by, Keyset } from '../../platform/orm/keyset';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Agency } from '../identity';
import { DirectoryService, ServiceAvailability } from './directory-service.entity';
import type { DirectoryServiceInput, DirectoryServicesArgs } from './directory-service.inputs';
import { UUID } from '../../platform/ids';

const LANGUAGE = /^[a-z]{2,3}$/;
const TEXT_LIMITS = {
  name: 200,
  description: 2000,
  eligibility: 500,
  hours: 300,
  areaServed: 300,
  address: 300,
  phone: 60,
  email: 200,
} as const;

/** Name order within the filters; the id breaks ties. */
const DIRECTORY_ORDER = new Keyset<DirectoryService>(
  [
    {
      property: 'name',
      direction: 'asc',
      valueOf: (row) => row.name,
      accepts: (value) => typeof value === 'string' && value.length <= 200,
      toQuery: (value) => value,
    },
  ],
  by.id('asc'),
);

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/** The directory's conditions for a search: country, type, language, availability, agency, words. */
export function directoryWhere(args: DirectoryServicesArgs): FilterQuery<DirectoryService>[] {
  const problems: Record<string, string> = {};
  if (args.countryCode && !/^[A-Z]{2}$/.test(args.countryCode))
    problems.countryCode = 'error.protection.directory.countryInvalid';
  if (args.language && !LANGUAGE.test(args.language)) problems.language = 'error.protection.directory.languageInvalid';
  if (args.agencyId && !UUID.test(args.agencyId)) problems.agencyId = 'error.idInvalid';
  if ((args.search?.length ?? 0) > 100) problems.search = 'error.protection.directory.searchTooLong';
  if (Object.keys(problems).length > 0) throw badInput(problems);
  const where: FilterQuery<DirectoryService>[] = [];
  if (args.countryCode) where.push({ countryCode: args.countryCode });
  if (args.type) where.push({ types: { $contains: [args.type] } });
  if (args.language) where.push({ languages: { $contains: [args.language] } });
  if (args.availableOnly)
    where.push({ availability: { $in: [ServiceAvailability.AVAILABLE, ServiceAvailability.LIMITED] } });
  if (args.agencyId) where.push({ agency: args.agencyId });
  const words = args.search?.trim();
  if (words) {
    const like = `%${escapeLike(words)}%`;
    where.push({ $or: [{ name: { $ilike: like } }, { description: { $ilike: like } }] });
  }
  return where;
}

/** The directory, filtered, by name, a page at a time (the caller's rules in the same SQL). */
export function listDirectoryServices(
  context: RequestContext,
  args: DirectoryServicesArgs,
): Promise<Connection<DirectoryService>> {
  if (!context.actor) throw unauthenticated();
  const where = directoryWhere(args);
  return paginate(args, DIRECTORY_ORDER, async ({ after, limit }) => {
    if (after) where.push(DIRECTORY_ORDER.after(after));
    const filter = permittedFilter(context.em, context.ability, 'read', DirectoryService, { $and: where });
    if (!filter) return [];
    return context.em.find(DirectoryService, filter, { orderBy: DIRECTORY_ORDER.orderBy, limit });
  });
}

export async function findReadableDirectoryService(
  em: EntityManager,
  context: RequestContext,
  id: string,
): Promise<DirectoryService | null> {
  if (!UUID.test(id)) return null;
  const filter = permittedFilter(em, context.ability, 'read', DirectoryService, { id });
  return filter ? em.findOne(DirectoryService, filter) : null;
}

export function checkedDirectoryService(input: DirectoryServiceInput) {
  const problems: Record<string, string> = {};
  const text = (key: keyof typeof TEXT_LIMITS) => {
    const value = (input[key] as string | null | undefined)?.trim() || null;
    if (value && value.length > TEXT_LIMITS[key]) problems[`input.${key}`] = 'error.protection.directory.tooLongText';
    return value;
  };
  const values = {
    name: text('name') ?? '',
    description: text('description'),
    eligibility: text('eligibility'),
    hours: text('hours'),
    areaServed: text('areaServed'),
    address: text('address'),
    phone: text('phone'),
    email: text('email'),
  };
  if (!values.name) problems['input.name'] = 'error.protection.directory.nameRequired';
  if (input.types.length === 0) problems['input.types'] = 'error.protection.directory.typesRequired';
  const languages = [...new Set(input.languages ?? [])];
  if (languages.length > 20 || languages.some((code) => !LANGUAGE.test(code)))
    problems['input.languages'] = 'error.protection.directory.languageInvalid';
  const age = (value: number | null | undefined) =>
    value === null || value === undefined || (value >= 0 && value <= 120);
  if (!age(input.minimumAge) || !age(input.maximumAge) || (input.minimumAge ?? 0) > (input.maximumAge ?? 120))
    problems['input.maximumAge'] = 'error.protection.directory.agesInvalid';
  if (input.capacity !== null && input.capacity !== undefined && (input.capacity < 0 || input.capacity > 100_000))
    problems['input.capacity'] = 'error.protection.directory.capacityInvalid';
  if (Object.keys(problems).length > 0) throw badInput(problems);
  return {
    ...values,
    types: [...new Set(input.types)],
    languages,
    minimumAge: input.minimumAge ?? null,
    maximumAge: input.maximumAge ?? null,
    capacity: input.capacity ?? null,
  };
}

/** An agency admin adds a service of the agency to the directory, or changes one. Audited. */
export async function saveDirectoryService(
  context: RequestContext,
  input: DirectoryServiceInput,
): Promise<DirectoryService> {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  const values = checkedDirectoryService(input);
  return inUnitOfWork(context, async (em) => {
    let service: DirectoryService;
    if (input.id) {
      const found = await findReadableDirectoryService(em, context, input.id);
      if (!found) throw notFound('DirectoryService');
      assertCan(context.ability, 'update', found, 'DirectoryService');
      service = em.assign(found, values);
    } else {
      const agency = await em.findOneOrFail(Agency, { id: actor.agencyId }, { populate: ['country'] });
      service = em.create(DirectoryService, { ...values, agency, countryCode: agency.country.unwrap().code });
      assertCanCreate(context.ability, service);
    }
    if (input.availability) service.availability = input.availability;
    if (input.active !== null && input.active !== undefined) service.active = input.active;
    await em.flush();
    await context.audit.record(em, {
      action: input.id ? 'directory-service.update' : 'directory-service.create',
      entityType: 'DirectoryService',
      entityId: service.id,
      ownerAgencyId: service.agency.id,
      details: { name: service.name, types: service.types, availability: service.availability },
    });
    return service;
  });
}
