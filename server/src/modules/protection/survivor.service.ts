import type { FilterQuery } from '@mikro-orm/core';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppAbility } from '../../platform/authz/ability';
import { permittedFilter } from '../../platform/authz/accessible-query';
import { assertCan, assertCanCreate } from '../../platform/authz/forbidden';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { badInput, conflict, notFound, unauthenticated } from '../../platform/graphql/errors';
import { paginate, type Connection, type PageArgs } from '../../platform/graphql/connection';
import { nextNumber, yearIn } from '../../platform/numbering/gap-free-counter';
import { by, Keyset, type KeysetKey } from '../../platform/orm/keyset';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Agency, User } from '../identity';
import { documentDigest, openPersonalData, sealPersonalData } from './survivor-sealing';
import type { SurvivorPersonalData } from './survivor-personal-data';
import { Survivor } from './survivor.entity';
import { SurvivorCaseStatus, type SurvivorClosureReason } from './survivor.enums';
import type { CaseloadFilter, SurvivorAssignmentInput, SurvivorInput } from './survivor.inputs';
import { validateSurvivor } from './survivor.validation';
import { UUID } from '../../platform/ids';

function signedInUser(context: RequestContext) {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  return actor;
}

/** A survivor the caller may read, or null: a foreign or unknown id answers exactly like a missing one. */
export async function findReadableSurvivor(
  em: EntityManager,
  ability: AppAbility,
  id: string,
  options: { lockForUpdate?: boolean } = {},
): Promise<Survivor | null> {
  if (!UUID.test(id)) return null;
  const filter = permittedFilter(em, ability, 'read', Survivor, { id });
  if (!filter) return null;
  return em.findOne(Survivor, filter, options.lockForUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

export async function getReadableSurvivor(
  em: EntityManager,
  ability: AppAbility,
  id: string,
  options: { lockForUpdate?: boolean } = {},
): Promise<Survivor> {
  const survivor = await findReadableSurvivor(em, ability, id, options);
  if (!survivor) throw notFound('Survivor');
  return survivor;
}

/** The code of a survivor: SV-<country>-<year>-<5 digits>, gap-free per holding agency and year. */
export function formatSurvivorCode(countryCode: string, year: number, sequence: number): string {
  return `SV-${countryCode}-${year}-${String(sequence).padStart(5, '0')}`;
}

/**
 * A case worker registers a survivor for their own agency: the record gets the next code of the agency's
 * series for the year (in the agency's country's time zone), its own data key, and the registering case
 * worker as the assigned one. Audited without personal data.
 */
export async function registerSurvivor(context: RequestContext, input: SurvivorInput): Promise<Survivor> {
  const actor = signedInUser(context);
  validateSurvivor(input);
  return inUnitOfWork(context, async (em) => {
    const agency = await em.findOneOrFail(Agency, { id: actor.agencyId }, { populate: ['country'] });
    const survivor = em.create(Survivor, {
      code: 'pending',
      holdingAgency: agency,
      caseWorker: em.getReference(User, actor.id),
      registeredBy: em.getReference(User, actor.id),
      vulnerabilities: [...new Set(input.vulnerabilities ?? [])],
      personalData: Buffer.alloc(0),
      dataKey: undefined as unknown as Buffer,
      keyId: '',
    });
    assertCanCreate(context.ability, survivor);
    const country = agency.country.unwrap();
    const year = yearIn(country.timeZone, new Date());
    survivor.code = formatSurvivorCode(country.code, year, await nextNumber(em, `survivor:${agency.id}`, year));
    sealPersonalData(context.config.encryption, survivor, personalDataOf(input));
    await em.flush();
    await record(context, em, survivor, 'survivor.register');
    return survivor;
  });
}

/** The assigned case worker replaces the record's personal data and vulnerabilities. */
export async function updateSurvivor(context: RequestContext, id: string, input: SurvivorInput): Promise<Survivor> {
  signedInUser(context);
  return inUnitOfWork(context, async (em) => {
    const survivor = await getReadableSurvivor(em, context.ability, id, { lockForUpdate: true });
    assertCan(context.ability, 'update', survivor, 'Survivor');
    validateSurvivor(input);
    survivor.vulnerabilities = [...new Set(input.vulnerabilities ?? [])];
    // Screenings are not part of the form: they are kept as recorded.
    const { screenings } = openPersonalData(context.config.encryption, survivor);
    sealPersonalData(context.config.encryption, survivor, { ...personalDataOf(input), screenings });
    await em.flush();
    await record(context, em, survivor, 'survivor.update');
    return survivor;
  });
}

/**
 * A protection supervisor assigns the case worker (and the supervisor) of a case: both must be active users of
 * the holding agency with that role. From then on only they read the personal data.
 */
export async function assignSurvivorCase(context: RequestContext, input: SurvivorAssignmentInput): Promise<Survivor> {
  signedInUser(context);
  return inUnitOfWork(context, async (em) => {
    const survivor = await getReadableSurvivor(em, context.ability, input.survivorId, { lockForUpdate: true });
    assertCan(context.ability, 'assign', survivor, 'Survivor');
    const agencyId = survivor.holdingAgency.id;
    const problems: Record<string, string> = {};
    const caseWorker = await colleagueWithRole(em, agencyId, input.caseWorkerId, Role.CASE_WORKER);
    if (!caseWorker) problems['input.caseWorkerId'] = 'error.protection.notACaseWorker';
    const supervisor = input.supervisorId
      ? await colleagueWithRole(em, agencyId, input.supervisorId, Role.PROTECTION_SUPERVISOR)
      : null;
    if (input.supervisorId && !supervisor) problems['input.supervisorId'] = 'error.protection.notASupervisor';
    if (Object.keys(problems).length > 0) throw badInput(problems);
    const before = { caseWorkerId: survivor.caseWorker?.id ?? null, supervisorId: survivor.supervisor?.id ?? null };
    survivor.caseWorker = em.getReference(User, caseWorker!.id, { wrapped: true });
    survivor.supervisor = supervisor ? em.getReference(User, supervisor.id, { wrapped: true }) : null;
    await em.flush();
    await record(context, em, survivor, 'survivor.assign', {
      from: before,
      to: { caseWorkerId: caseWorker!.id, supervisorId: supervisor?.id ?? null },
    });
    return survivor;
  });
}

async function colleagueWithRole(em: EntityManager, agencyId: string, userId: string, role: Role) {
  if (!UUID.test(userId)) return null;
  const user = await em.findOne(User, { id: userId, agency: agencyId, active: true });
  return user && user.roles.includes(role) ? user : null;
}

/** The assigned case worker or supervisor closes a case with a reason, or reopens it. */
export async function closeSurvivorCase(
  context: RequestContext,
  id: string,
  reason: SurvivorClosureReason,
): Promise<Survivor> {
  return changeStatus(context, id, 'close', SurvivorCaseStatus.CLOSED, reason);
}

export async function reopenSurvivorCase(context: RequestContext, id: string): Promise<Survivor> {
  return changeStatus(context, id, 'reopen', SurvivorCaseStatus.OPEN, null);
}

async function changeStatus(
  context: RequestContext,
  id: string,
  action: 'close' | 'reopen',
  to: SurvivorCaseStatus,
  reason: SurvivorClosureReason | null,
): Promise<Survivor> {
  signedInUser(context);
  return inUnitOfWork(context, async (em) => {
    const survivor = await getReadableSurvivor(em, context.ability, id, { lockForUpdate: true });
    assertCan(context.ability, action, survivor, 'Survivor');
    if (survivor.status === to) throw conflict(`error.protection.already${to}`, `The case is already ${to}`);
    const from = survivor.status;
    survivor.status = to;
    survivor.closureReason = reason;
    await em.flush();
    await record(context, em, survivor, `survivor.${action}`, { from, to, reason });
    return survivor;
  });
}

export interface CaseloadPage extends Connection<Survivor> {
  totalCount: number;
}

/** A survivor's code as a keyset key: within one agency it is unique and orders the caseload (newest first). */
const CODE_KEY: KeysetKey<Survivor> = {
  property: 'code',
  direction: 'desc',
  valueOf: (survivor) => survivor.code,
  accepts: (value) => typeof value === 'string' && /^SV-[A-Z]{2}-\d{4}-\d{5,10}$/.test(value),
  toQuery: (value) => value,
};
const CASELOAD_ORDER = new Keyset<Survivor>([CODE_KEY], by.id('desc'));

/**
 * The caller's agency's caseload, newest code first, a page at a time (the platform's connection helper, keyset
 * on the code with the id as tie-breaker). The permission condition is part of the SQL: a case worker's page and
 * total count only ever hold their agency's survivors.
 */
export async function listCaseload(
  context: RequestContext,
  filter: CaseloadFilter | null,
  args: PageArgs,
): Promise<CaseloadPage> {
  const actor = signedInUser(context);
  const problems: Record<string, string> = {};
  if ((filter?.codePrefix?.length ?? 0) > 24) problems['filter.codePrefix'] = 'error.protection.codePrefixTooLong';
  if (filter?.caseWorkerId && !UUID.test(filter.caseWorkerId)) problems['filter.caseWorkerId'] = 'error.idInvalid';
  if (Object.keys(problems).length > 0) throw badInput(problems);

  const where: FilterQuery<Survivor>[] = [{ holdingAgency: actor.agencyId }];
  if (filter?.status) where.push({ status: filter.status });
  if (filter?.vulnerability) where.push({ vulnerabilities: { $contains: [filter.vulnerability] } });
  if (filter?.caseWorkerId) where.push({ caseWorker: filter.caseWorkerId });
  if (filter?.mine) where.push({ $or: [{ caseWorker: actor.id }, { supervisor: actor.id }] });
  if (filter?.codePrefix?.trim()) where.push({ code: { $like: `${escapeLike(filter.codePrefix.trim())}%` } });
  const em = context.em;
  const counted = permittedFilter(em, context.ability, 'read', Survivor, { $and: where });
  let totalCount = 0;
  const page = await paginate(args, CASELOAD_ORDER, async ({ after, limit }) => {
    if (!counted) return [];
    const paged = after ? { $and: [counted, CASELOAD_ORDER.after(after)] } : counted;
    const [rows, total] = await Promise.all([
      em.find(Survivor, paged as FilterQuery<Survivor>, { orderBy: CASELOAD_ORDER.orderBy, limit }),
      em.count(Survivor, counted),
    ]);
    totalCount = total;
    return rows;
  });
  return { ...page, totalCount };
}

/**
 * Exact search by identity document number, within the caller's agency only, through the blind index: the
 * number is never stored or compared in the clear, and a search is audited (without the number).
 */
export async function findSurvivorsByDocument(context: RequestContext, documentNumber: string): Promise<Survivor[]> {
  const actor = signedInUser(context);
  const number = documentNumber.trim();
  if (number.length === 0) throw badInput({ documentNumber: 'error.protection.documentNumberRequired' });
  if (number.length > 60) throw badInput({ documentNumber: 'error.protection.documentNumberTooLong' });
  const digest = documentDigest(context.config.encryption, actor.agencyId, number);
  const filter = permittedFilter(context.em, context.ability, 'read', Survivor, {
    holdingAgency: actor.agencyId,
    documentIndex: { $contains: [digest] },
  });
  if (!filter) return [];
  const found = await context.em.find(Survivor, filter, { orderBy: { code: 'desc' }, limit: 20 });
  await inUnitOfWork(context, (em) =>
    context.audit.record(em, {
      action: 'survivor.search-by-document',
      entityType: 'Agency',
      entityId: actor.agencyId,
      ownerAgencyId: actor.agencyId,
      details: { matches: found.length },
    }),
  );
  return found;
}

function personalDataOf(input: SurvivorInput): SurvivorPersonalData {
  const text = (value: string | null | undefined) => value?.trim() || null;
  return {
    givenNames: text(input.givenNames),
    familyNames: text(input.familyNames),
    aliases: (input.aliases ?? []).map((alias) => alias.trim()),
    dateOfBirth: input.dateOfBirth ?? null,
    estimatedAge: input.estimatedAge ?? null,
    sex: input.sex ?? null,
    genderIdentity: text(input.genderIdentity),
    nationality: input.nationality ?? null,
    languages: [...new Set(input.languages ?? [])],
    identityDocuments: (input.identityDocuments ?? []).map((document) => ({
      kind: document.kind,
      number: document.number.trim(),
      issuingCountry: document.issuingCountry ?? null,
    })),
    phones: (input.phones ?? []).map((phone) => phone.trim()),
    email: text(input.email),
    currentLocation: text(input.currentLocation),
    exploitations: (input.exploitations ?? []).map((item) => ({
      kind: item.kind,
      countryCode: item.countryCode ?? null,
      place: text(item.place),
      startedOn: item.startedOn ?? null,
      endedOn: item.endedOn ?? null,
      notes: text(item.notes),
    })),
  };
}

/** Audit in the change's transaction; details carry codes, statuses and user ids, never personal data. */
async function record(
  context: RequestContext,
  em: EntityManager,
  survivor: Survivor,
  action: string,
  details: Record<string, unknown> = {},
) {
  await context.audit.record(em, {
    action,
    entityType: 'Survivor',
    entityId: survivor.id,
    ownerAgencyId: survivor.holdingAgency.id,
    details: { code: survivor.code, ...details },
  });
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);
