import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findOnePermitted } from '../../platform/authz/accessible-query';
import { accessibleWhere } from '../../platform/authz/accessible-where';
import { assertCan, assertCanCreate } from '../../platform/authz/forbidden';
import { publicLink } from '../../platform/config/config';
import type { RequestContext } from '../../platform/context';
import { badInput, notFound, unauthenticated } from '../../platform/graphql/errors';
import { isUuid } from '../../platform/ids';
import { enqueueMail } from '../../platform/mail/mailer';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { LibraryHandlingCode } from '../coordination';
import { Agency, CrossingPoint, Mechanism, User } from '../identity';
import { textNamesRegisteredPerson } from '../identity-checks';
import { holdsDocumentNumber } from './bulletin-person-data';
import { bulletinMail } from './bulletin-mail';
import { Bulletin, BulletinAcknowledgement, BulletinImage } from './bulletin.entity';
import {
  BULLETIN_LANGUAGES,
  BULLETIN_LIMITS,
  BULLETIN_SEARCH_CONFIGURATION,
  BulletinStatus,
  type BulletinKind,
  type BulletinLanguage,
} from './bulletin.enums';
import type { BulletinInput } from './bulletin.inputs';

const DAY = 24 * 60 * 60 * 1000;

function actorOf(context: RequestContext) {
  if (!context.actor) throw unauthenticated();
  return context.actor;
}

async function memberIdsOf(em: EntityManager, mechanismId: string): Promise<Set<string>> {
  const mechanism = await em.findOneOrFail(Mechanism, { id: mechanismId }, { populate: ['memberAgencies'] });
  return new Set([mechanism.secretariatAgency.id, ...mechanism.memberAgencies.getItems().map((a) => a.id)]);
}

/** Every problem of a draft at once, each under its field; the document-number check runs on every save. */
async function validate(em: EntityManager, mechanismId: string, input: BulletinInput, now: Date): Promise<void> {
  const problems: Record<string, string> = {};
  if (input.texts.length === 0) problems['input.texts'] = 'error.bulletin.languageRequired';
  const languages = new Set<string>();
  input.texts.forEach((text, i) => {
    if (!(BULLETIN_LANGUAGES as readonly string[]).includes(text.language))
      problems[`input.texts.${i}.language`] = 'error.coordination.language';
    else if (languages.has(text.language)) problems[`input.texts.${i}.language`] = 'error.bulletin.languageTwice';
    languages.add(text.language);
    const title = text.title.trim();
    if (!title) problems[`input.texts.${i}.title`] = 'error.coordination.required';
    else if (title.length > BULLETIN_LIMITS.title) problems[`input.texts.${i}.title`] = 'error.coordination.tooLong';
    else if (holdsDocumentNumber(title)) problems[`input.texts.${i}.title`] = 'error.bulletin.documentNumber';
    if (!text.body.trim()) problems[`input.texts.${i}.body`] = 'error.coordination.required';
    else if (text.body.length > BULLETIN_LIMITS.body) problems[`input.texts.${i}.body`] = 'error.coordination.tooLong';
    else if (holdsDocumentNumber(text.body)) problems[`input.texts.${i}.body`] = 'error.bulletin.documentNumber';
  });
  const from = input.validFrom ?? now;
  if (!(input.validUntil instanceof Date) || Number.isNaN(input.validUntil.getTime()))
    problems['input.validUntil'] = 'error.coordination.required';
  else if (input.validUntil.getTime() <= from.getTime()) problems['input.validUntil'] = 'error.bulletin.validity';
  else if (input.validUntil.getTime() - from.getTime() > BULLETIN_LIMITS.validityDays * DAY)
    problems['input.validUntil'] = 'error.bulletin.validityTooLong';
  const memberIds = await memberIdsOf(em, mechanismId);
  if (input.namedAgencyIds.length > BULLETIN_LIMITS.namedAgencies)
    problems['input.namedAgencyIds'] = 'error.coordination.tooMany';
  else if (input.namedAgencyIds.some((id) => !memberIds.has(id)))
    problems['input.namedAgencyIds'] = 'error.coordination.notMember';
  else if (input.handlingCode === LibraryHandlingCode.H3 && input.namedAgencyIds.length === 0)
    problems['input.namedAgencyIds'] = 'error.coordination.required';
  if (input.crossingPointId) {
    const point = isUuid(input.crossingPointId)
      ? await em.findOne(CrossingPoint, { id: input.crossingPointId, mechanism: mechanismId })
      : null;
    if (!point) problems['input.crossingPointId'] = 'error.bulletin.crossingPoint';
  }
  if (Object.keys(problems).length > 0) throw badInput(problems);
}

function write(em: EntityManager, bulletin: Bulletin, input: BulletinInput, now: Date): void {
  bulletin.kind = input.kind;
  bulletin.texts = input.texts.map((text) => ({
    language: text.language,
    title: text.title.trim(),
    body: text.body.trim(),
  }));
  bulletin.crossingPoint = input.crossingPointId
    ? em.getReference(CrossingPoint, input.crossingPointId, { wrapped: true })
    : null;
  bulletin.handlingCode = input.handlingCode;
  bulletin.namedAgencyIds = input.handlingCode === LibraryHandlingCode.H3 ? [...new Set(input.namedAgencyIds)] : [];
  bulletin.validFrom = input.validFrom ?? bulletin.validFrom ?? now;
  bulletin.validUntil = input.validUntil;
}

/** Each language's title (weight A) and body (B) in its own text search configuration. */
async function index(em: EntityManager, bulletin: Bulletin): Promise<void> {
  const parts: string[] = [];
  const values: string[] = [];
  for (const text of bulletin.texts) {
    const configuration = BULLETIN_SEARCH_CONFIGURATION[text.language as BulletinLanguage];
    parts.push(
      `setweight(to_tsvector(?::regconfig, ?), 'A') || setweight(to_tsvector(?::regconfig, ?), 'B')`,
      `to_tsvector('simple', ?)`,
    );
    values.push(configuration, text.title, configuration, text.body, text.title);
  }
  await em.execute(`update bulletin set search_vector = ${parts.join(' || ')} where id = ?`, [...values, bulletin.id]);
}

async function audit(context: RequestContext, em: EntityManager, bulletin: Bulletin, action: string, details = {}) {
  const mechanism = await em.findOneOrFail(Mechanism, { id: bulletin.mechanism.id });
  await context.audit.record(em, {
    action,
    entityType: 'Bulletin',
    entityId: bulletin.id,
    ownerAgencyId: mechanism.secretariatAgency.id,
    details: { mechanismId: mechanism.id, handlingCode: bulletin.handlingCode, kind: bulletin.kind, ...details },
  });
}

/** A member agency's liaison officer, or the secretariat, drafts a bulletin of a mechanism. */
export async function createBulletin(context: RequestContext, mechanismId: string, input: BulletinInput) {
  const actor = actorOf(context);
  const now = new Date();
  return inUnitOfWork(context, async (em) => {
    const mechanism = isUuid(mechanismId)
      ? await findOnePermitted(em, context.ability, 'read', Mechanism, { id: mechanismId })
      : null;
    if (!mechanism) throw notFound('Mechanism');
    const bulletin = new Bulletin();
    bulletin.mechanism = em.getReference(Mechanism, mechanism.id, { wrapped: true });
    bulletin.draftingAgency = em.getReference(Agency, actor.agencyId, { wrapped: true });
    bulletin.draftedBy = em.getReference(User, actor.id, { wrapped: true });
    assertCanCreate(context.ability, bulletin);
    await validate(em, mechanism.id, input, now);
    write(em, bulletin, input, now);
    em.persist(bulletin);
    await em.flush();
    await index(em, bulletin);
    await audit(context, em, bulletin, 'bulletin.create');
    return bulletin;
  });
}

/** One bulletin through the read rules in SQL, or null: foreign, missing and malformed ids look the same. */
export async function findReadableBulletin(
  em: EntityManager,
  context: RequestContext,
  id: string,
  lock = false,
): Promise<Bulletin | null> {
  const where = accessibleWhere(context.ability, 'read', Bulletin, em.getMetadata());
  if (!where || !isUuid(id)) return null;
  return em.findOne(
    Bulletin,
    { $and: [{ id }, where] },
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
  );
}

async function lockedReadable(em: EntityManager, context: RequestContext, id: string) {
  const bulletin = await findReadableBulletin(em, context, id, true);
  if (!bulletin) throw notFound('Bulletin');
  return bulletin;
}

export async function updateBulletin(context: RequestContext, id: string, input: BulletinInput) {
  actorOf(context);
  const now = new Date();
  return inUnitOfWork(context, async (em) => {
    const bulletin = await lockedReadable(em, context, id);
    assertCan(context.ability, 'update', bulletin, 'Bulletin');
    await validate(em, bulletin.mechanism.id, input, now);
    write(em, bulletin, input, now);
    await em.flush();
    await index(em, bulletin);
    await audit(context, em, bulletin, 'bulletin.update');
    return bulletin;
  });
}

/**
 * The "no person's data" check of publishing, field by field: document-number shapes, then names the mechanism's
 * agencies registered for identity checks (a name next to a date of birth, or a name alone).
 */
async function personDataProblems(
  context: RequestContext,
  em: EntityManager,
  bulletin: Bulletin,
): Promise<Record<string, string>> {
  const problems: Record<string, string> = {};
  for (const [i, text] of bulletin.texts.entries()) {
    for (const field of ['title', 'body'] as const) {
      if (holdsDocumentNumber(text[field])) problems[`texts.${i}.${field}`] = 'error.bulletin.documentNumber';
      else if (await textNamesRegisteredPerson(em, context.config.encryption, bulletin.mechanism.id, text[field]))
        problems[`texts.${i}.${field}`] = 'error.bulletin.personName';
    }
  }
  return problems;
}

/** The member agencies a bulletin is for: all of them, or the named ones (H3). */
async function recipientAgencyIds(em: EntityManager, bulletin: Bulletin): Promise<string[]> {
  const members = await memberIdsOf(em, bulletin.mechanism.id);
  return bulletin.handlingCode === LibraryHandlingCode.H3
    ? bulletin.namedAgencyIds.filter((id) => members.has(id))
    : [...members];
}

/**
 * The secretariat publishes a draft: checked for persons' data, then visible to the members, and each member
 * agency's duty desks (the mechanism's roster lines with an e-mail) are mailed its title and a link, never its
 * body. The mails are written in this transaction and sent by the mail jobs after it commits.
 */
export async function publishBulletin(context: RequestContext, id: string) {
  const actor = actorOf(context);
  // A refusal is audited (who tried to publish what kind of data, never the text), so the check commits first.
  const problems = await inUnitOfWork(context, async (em) => {
    const bulletin = await lockedReadable(em, context, id);
    assertCan(context.ability, 'publish', bulletin, 'Bulletin');
    const found = await personDataProblems(context, em, bulletin);
    if (Object.keys(found).length > 0)
      await audit(context, em, bulletin, 'bulletin.publishRefused', { fields: Object.keys(found) });
    return found;
  });
  if (Object.keys(problems).length > 0) throw badInput(problems, "A bulletin may not carry a person's data");
  return inUnitOfWork(context, async (em) => {
    const bulletin = await lockedReadable(em, context, id);
    assertCan(context.ability, 'publish', bulletin, 'Bulletin');
    bulletin.status = BulletinStatus.PUBLISHED;
    bulletin.publishedAt = new Date();
    bulletin.publishedBy = em.getReference(User, actor.id, { wrapped: true });
    await em.flush();
    await audit(context, em, bulletin, 'bulletin.publish');
    await mailDutyDesks(context, em, bulletin);
    return bulletin;
  });
}

async function mailDutyDesks(context: RequestContext, em: EntityManager, bulletin: Bulletin) {
  const agencies = await recipientAgencyIds(em, bulletin);
  if (agencies.length === 0) return;
  const desks = await em.execute<{ email: string; languages: string[] }[]>(
    `select distinct on (lower(email)) email, languages from duty_contact
      where mechanism_id = ? and agency_id = any(?::uuid[]) and email is not null order by lower(email)`,
    [bulletin.mechanism.id, `{${agencies.join(',')}}`],
  );
  const mechanism = await em.findOneOrFail(Mechanism, { id: bulletin.mechanism.id });
  const names = mechanism.names as unknown as Record<string, string | undefined>;
  const mechanismName = names.es ?? Object.values(names).find(Boolean) ?? '';
  const link = publicLink(context.config.publicUrl, `/bulletins/${bulletin.id}`);
  for (const desk of desks) {
    const text = bulletin.texts.find((t) => desk.languages.includes(t.language)) ?? bulletin.texts[0]!;
    await enqueueMail(em, {
      to: desk.email,
      ...bulletinMail(text.language, text.title, names[text.language] ?? mechanismName, link),
    });
  }
}

/** A member agency's user records that the agency read it; the first one counts, later ones change nothing. */
export async function acknowledgeBulletin(context: RequestContext, id: string) {
  const actor = actorOf(context);
  return inUnitOfWork(context, async (em) => {
    const bulletin = await findReadableBulletin(em, context, id);
    if (!bulletin) throw notFound('Bulletin');
    assertCan(context.ability, 'acknowledge', bulletin, 'Bulletin');
    const inserted = await em.execute<{ id: string }[]>(
      `insert into bulletin_acknowledgement (id, bulletin_id, agency_id, acknowledged_by_id, acknowledged_at)
       values (?, ?, ?, ?, now()) on conflict (bulletin_id, agency_id) do nothing returning id`,
      [new BulletinAcknowledgement().id, bulletin.id, actor.agencyId, actor.id],
    );
    if (inserted.length > 0) await audit(context, em, bulletin, 'bulletin.acknowledge', { agencyId: actor.agencyId });
    return bulletin;
  });
}

/** When the caller's agency acknowledged it, or null. */
export async function acknowledgedByMyAgencyAt(context: RequestContext, bulletin: Bulletin): Promise<Date | null> {
  if (!context.actor) return null;
  const found = await context.em.findOne(BulletinAcknowledgement, {
    bulletin: bulletin.id,
    agency: context.actor.agencyId,
  });
  return found?.acknowledgedAt ?? null;
}

export interface AgencyAcknowledgement {
  agency: Agency;
  acknowledgedAt: Date | null;
}

/** For the publisher: every agency the bulletin is for, with when it acknowledged (null: not yet). */
export async function acknowledgementsOf(
  context: RequestContext,
  bulletin: Bulletin,
): Promise<AgencyAcknowledgement[]> {
  if (!context.ability.can('readAcknowledgements', bulletin)) return [];
  const em = context.em;
  const agencyIds = await recipientAgencyIds(em, bulletin);
  const agencies = await em.find(Agency, { id: { $in: agencyIds } }, { orderBy: { acronym: 'asc' } });
  const acknowledgements = await em.find(BulletinAcknowledgement, { bulletin: bulletin.id });
  const at = new Map(acknowledgements.map((a) => [a.agency.id, a.acknowledgedAt]));
  return agencies.map((agency) => ({ agency, acknowledgedAt: at.get(agency.id) ?? null }));
}

export interface BulletinFilters {
  mechanismId?: string | null;
  search?: string | null;
  kind?: BulletinKind | null;
  crossingPointId?: string | null;
  validNow: boolean;
  status?: BulletinStatus | null;
  first: number;
}

const MATCHES = `search_vector @@ (websearch_to_tsquery('spanish', ?) || websearch_to_tsquery('portuguese', ?)
  || websearch_to_tsquery('english', ?) || websearch_to_tsquery('french', ?))`;

/**
 * The bulletins the caller may read, newest first, or by relevance when searching (every language's text in its
 * own configuration, the query stemmed in each). Valid now by default; expired ones stay searchable.
 */
export async function listBulletins(context: RequestContext, filters: BulletinFilters): Promise<Bulletin[]> {
  const em = context.em;
  if (filters.first < 1 || filters.first > 100) throw badInput({ first: 'error.page.size' });
  const search = filters.search?.trim() ?? '';
  if (search.length > BULLETIN_LIMITS.search) throw badInput({ search: 'error.coordination.tooLong' });
  const where = accessibleWhere(context.ability, 'read', Bulletin, em.getMetadata());
  if (!where) return [];
  if (filters.mechanismId && !isUuid(filters.mechanismId)) return [];
  if (filters.crossingPointId && !isUuid(filters.crossingPointId)) return [];
  const conditions: FilterQuery<Bulletin>[] = [where];
  if (filters.mechanismId) conditions.push({ mechanism: filters.mechanismId });
  if (filters.kind) conditions.push({ kind: filters.kind });
  if (filters.crossingPointId) conditions.push({ crossingPoint: filters.crossingPointId });
  if (filters.status) conditions.push({ status: filters.status });
  if (filters.validNow) {
    const now = new Date();
    conditions.push({ validFrom: { $lte: now }, validUntil: { $gt: now } });
  }
  if (!search) {
    return em.find(
      Bulletin,
      { $and: conditions },
      { orderBy: { publishedAt: 'desc nulls first', createdAt: 'desc', id: 'asc' }, limit: filters.first },
    );
  }
  const ranked: { id: string }[] = await em.execute(
    `select id from bulletin where ${MATCHES}
      order by ts_rank(search_vector, websearch_to_tsquery('simple', ?)) desc, created_at desc, id limit 500`,
    [search, search, search, search, search],
  );
  if (ranked.length === 0) return [];
  const order = new Map(ranked.map((row, position) => [row.id, position]));
  conditions.push({ id: { $in: [...order.keys()] } });
  const found = await em.find(Bulletin, { $and: conditions });
  return found.sort((a, b) => order.get(a.id)! - order.get(b.id)!).slice(0, filters.first);
}

export async function imagesOf(context: RequestContext, bulletin: Bulletin) {
  return context.em.find(BulletinImage, { bulletin: bulletin.id }, { orderBy: { uploadedAt: 'asc', id: 'asc' } });
}

export interface SpecimenUpload {
  bulletinId: string;
  imageId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

/** Records an uploaded specimen image (its bytes already stored) on a draft the caller may change. */
export async function recordSpecimenImage(context: RequestContext, upload: SpecimenUpload) {
  const actor = actorOf(context);
  return inUnitOfWork(context, async (em) => {
    const bulletin = await lockedReadable(em, context, upload.bulletinId);
    assertCan(context.ability, 'update', bulletin, 'Bulletin');
    const image = em.create(BulletinImage, {
      id: upload.imageId,
      bulletin,
      fileName: upload.fileName,
      mediaType: upload.mediaType,
      sizeBytes: upload.sizeBytes,
      sha256: upload.sha256,
      storageKey: upload.storageKey,
      uploadedBy: em.getReference(User, actor.id, { wrapped: true }),
    });
    await em.flush();
    await audit(context, em, bulletin, 'bulletin.image.upload', { imageId: image.id });
    return image;
  });
}

/** A specimen image for download, if its bulletin is readable; the download is audited. */
export async function specimenForDownload(context: RequestContext, imageId: string) {
  if (!context.actor || !isUuid(imageId)) return null;
  return inUnitOfWork(context, async (em) => {
    const image = await em.findOne(BulletinImage, { id: imageId });
    if (!image) return null;
    const bulletin = await findReadableBulletin(em, context, image.bulletin.id);
    if (!bulletin) return null;
    await audit(context, em, bulletin, 'bulletin.image.download', { imageId: image.id });
    return image;
  });
}
