import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCanCreate } from '../../platform/authz/forbidden';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { badInput, EnlaceError, forbidden, unauthenticated } from '../../platform/graphql/errors';
import { enqueueMail } from '../../platform/mail/mailer';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Agency, Mechanism, User } from '../identity';
import { IdentityCheck, IdentityCheckKey, IdentityCheckOutcome, IdentityRecord } from './identity-check.entity';
import { askAlertList } from './alert-list.client';
import { blindIndexesOf, normalisedForms } from './identity-check.identifiers';
import { beginReindex, sealIdentifiers } from './identity-reindex';
import type { IdentityCheckAnswer, IdentityCheckInput, IdentityRecordInput } from './identity-check.types';
import { singleRow } from '../../platform/orm/single-row';

/** Checks one user, and one agency, may make in an hour: enough for a shift at a crossing, too few to fish. */
export const CHECKS_PER_USER_PER_HOUR = 30;
export const CHECKS_PER_AGENCY_PER_HOUR = 200;

function actorOf(context: RequestContext) {
  if (!context.actor) throw unauthenticated();
  return context.actor;
}

async function currentKeyVersion(em: EntityManager, mechanismId: string): Promise<number> {
  return (await em.findOne(IdentityCheckKey, { mechanismId }))?.currentVersion ?? 1;
}

/** Registers what the caller's agency knows, as blind indexes under the mechanism's current key. */
export async function registerIdentityRecord(context: RequestContext, input: IdentityRecordInput) {
  const actor = actorOf(context);
  const reference = input.reference.trim();
  if (!reference) throw badInput({ 'input.reference': 'error.identityCheck.referenceRequired' });
  const forms = normalisedForms(input);
  return inUnitOfWork(context, async (em) => {
    const version = await currentKeyVersion(em, input.mechanismId);
    const indexes = blindIndexesOf(forms, context.config.encryption, input.mechanismId, version, false);
    const record = em.create(IdentityRecord, {
      mechanism: em.getReference(Mechanism, input.mechanismId),
      agency: em.getReference(Agency, actor.agencyId),
      reference,
      keyVersion: version,
      exactIndexes: indexes.exact,
      looseIndexes: indexes.loose,
      createdBy: em.getReference(User, actor.id),
    });
    assertCanCreate(context.ability, record);
    sealIdentifiers(context.config.encryption, record, input);
    await em.flush();
    await context.audit.record(em, {
      action: 'identityRecord.register',
      entityType: 'IdentityRecord',
      entityId: record.id,
    });
    return record;
  });
}

interface MatchRow {
  id: string;
  reference: string;
  agency_id: string;
  exact: boolean;
}

async function assertWithinRate(em: EntityManager, actor: { id: string; agencyId: string }) {
  const counts = singleRow(
    await em.execute<{ by_user: number; by_agency: number }[]>(
      `select count(*) filter (where asked_by_id = ?)::int as by_user, count(*)::int as by_agency
       from identity_check where asked_by_agency_id = ? and created_at > now() - interval '1 hour'`,
      [actor.id, actor.agencyId],
    ),
    'identity checks in the last hour',
  );
  if (counts.by_user >= CHECKS_PER_USER_PER_HOUR || counts.by_agency >= CHECKS_PER_AGENCY_PER_HOUR)
    throw new EnlaceError('TOO_MANY_REQUESTS', 'error.tooManyRequests', 'Too many checks in the last hour');
}

/**
 * Checks a person or a document against what the mechanism's agencies registered. Answers no hit, or whom to
 * contact (agency, country, desk, reference) and whether it is only a possible match; never the record. The
 * check, its purpose and its answer are kept and audited, and each owner of a matched record is told. With an
 * alert list configured, it is asked too (by exact blind index under the current key) and its alerts are added.
 */
export async function checkIdentity(context: RequestContext, input: IdentityCheckInput): Promise<IdentityCheckAnswer> {
  const actor = actorOf(context);
  const purpose = input.purpose.trim();
  if (purpose.length < 5) throw badInput({ 'input.purpose': 'error.identityCheck.purposeRequired' });
  const forms = normalisedForms(input);
  const local = await inUnitOfWork(context, async (em) => {
    const check = em.create(IdentityCheck, {
      mechanism: em.getReference(Mechanism, input.mechanismId),
      askedBy: em.getReference(User, actor.id),
      askedByAgency: em.getReference(Agency, actor.agencyId),
      purpose,
      outcome: IdentityCheckOutcome.NO_HIT,
      matchedRecordIds: [],
    });
    if (!context.ability.can('create', check)) throw forbidden();
    await assertWithinRate(em, actor);
    const matches = await matchingRecords(context, em, input.mechanismId, forms);
    check.outcome = matches.some((match) => match.exact)
      ? IdentityCheckOutcome.HIT
      : matches.length > 0
        ? IdentityCheckOutcome.POSSIBLE_MATCH
        : IdentityCheckOutcome.NO_HIT;
    check.matchedRecordIds = matches.map((match) => match.id);
    await em.flush();
    await context.audit.record(em, {
      action: 'identity.check',
      entityType: 'IdentityCheck',
      entityId: check.id,
      details: { mechanismId: input.mechanismId, outcome: check.outcome, matches: matches.length },
    });
    const agencies = await em.find(Agency, { id: { $in: [...new Set(matches.map((match) => match.agency_id))] } });
    await notifyOwners(context, em, check, matches, agencies);
    const agencyById = new Map(agencies.map((agency) => [agency.id, agency]));
    const version = await currentKeyVersion(em, input.mechanismId);
    return {
      checkId: check.id,
      outcome: check.outcome,
      matches: matches.map((match) => ({
        agency: agencyById.get(match.agency_id)!,
        reference: match.reference,
        possible: !match.exact,
      })),
      alertListIndexes: blindIndexesOf(forms, context.config.encryption, input.mechanismId, version, false).exact,
    };
  });
  // After commit: no network call holds a transaction open.
  const { alertListIndexes, ...answer } = local;
  const alertList = await askAlertList(context.config, alertListIndexes, purpose);
  const alertListHits = alertList?.hits ?? [];
  return {
    ...answer,
    outcome: alertListHits.length > 0 ? IdentityCheckOutcome.HIT : answer.outcome,
    alertListReached: alertList ? alertList.reached : null,
    alertListHits,
  };
}

async function matchingRecords(
  context: RequestContext,
  em: EntityManager,
  mechanismId: string,
  forms: ReturnType<typeof normalisedForms>,
): Promise<MatchRow[]> {
  // Row-level security shows an agency only its own records: the match across agencies goes through the database
  // functions that answer it for given blind indexes, never a list (ADR 0048).
  const versions = await em.execute<{ key_version: number }[]>(
    'select key_version from enlace_identity_key_versions(?) as key_version',
    [mechanismId],
  );
  const found = new Map<string, MatchRow>();
  for (const { key_version: version } of versions) {
    const indexes = blindIndexesOf(forms, context.config.encryption, mechanismId, version, true);
    const rows = await em.execute<MatchRow[]>(
      'select id, reference, agency_id, exact from enlace_identity_matches(?, ?, ?::text[], ?::text[])',
      [mechanismId, version, textArray(indexes.exact), textArray(indexes.loose)],
    );
    for (const row of rows) found.set(row.id, { ...row, exact: row.exact || found.get(row.id)?.exact === true });
  }
  return [...found.values()];
}

/** A PostgreSQL array literal (knex would expand a JS array into a list); indexes are base64url, nothing to quote. */
const textArray = (values: string[]) => `{${values.map((value) => `"${value}"`).join(',')}}`;

/** Each owner hears who asked, when and why, by mail to its liaison officers and in its data-owner log. */
async function notifyOwners(
  context: RequestContext,
  em: EntityManager,
  check: IdentityCheck,
  matches: MatchRow[],
  agencies: Agency[],
) {
  const asker = await em.findOneOrFail(Agency, { id: context.actor!.agencyId });
  for (const owner of agencies) {
    const references = matches.filter((match) => match.agency_id === owner.id).map((match) => match.reference);
    await context.audit.record(em, {
      action: 'identity.checkMatchedRecord',
      entityType: 'IdentityCheck',
      entityId: check.id,
      ownerAgencyId: owner.id,
      details: { outcome: check.outcome, askedByAgencyId: asker.id },
    });
    const officers = await em.find(User, {
      agency: owner.id,
      active: true,
      roles: { $contains: [Role.LIAISON_OFFICER] },
    });
    for (const officer of officers)
      await enqueueMail(em, {
        to: officer.email,
        subject: `Enlace: ${asker.acronym} (${asker.country.unwrap().code}) checked an identifier you registered`,
        text: [
          `${asker.name} (${asker.country.unwrap().code}) made an identity check on ${check.createdAt.toISOString()} that matches your record(s) ${references.join(', ')}.`,
          `Answer given: ${check.outcome}. Purpose stated: ${check.purpose}`,
          'They were given your agency, its contact point and your reference, nothing else. Share more only through a referral.',
        ].join('\n\n'),
      });
  }
}

/**
 * A new version of the mechanism's check key: new records use it, records under older versions still match, and
 * a re-indexing run (a job, identity-reindex.ts) moves the older records onto it.
 */
export async function rotateIdentityCheckKey(context: RequestContext, mechanismId: string): Promise<number> {
  actorOf(context);
  if (!context.ability.can('rotate', Object.assign(new IdentityCheckKey(), { mechanismId }))) throw forbidden();
  return inUnitOfWork(context, async (em) => {
    const key = await em.findOne(IdentityCheckKey, { mechanismId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const next = (key?.currentVersion ?? 1) + 1;
    await em.upsert(IdentityCheckKey, { mechanismId, currentVersion: next, rotatedAt: new Date() });
    await context.audit.record(em, {
      action: 'identityCheckKey.rotate',
      entityType: 'Mechanism',
      entityId: mechanismId,
      details: { version: next },
    });
    await beginReindex(em, mechanismId, next);
    return next;
  });
}
