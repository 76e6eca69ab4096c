import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppAbility } from '../../platform/authz/ability';
import { permittedFilter } from '../../platform/authz/accessible-query';
import { assertCan, assertCanCreate } from '../../platform/authz/forbidden';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { newDataKey, openJson, sealJson, unwrapDataKey } from '../../platform/crypto/envelope';
import type { Keyring } from '../../platform/crypto/keyring';
import { badInput, conflict, notFound, unauthenticated } from '../../platform/graphql/errors';
import { enqueueMail } from '../../platform/mail/mailer';
import { nextNumber, yearIn } from '../../platform/numbering/gap-free-counter';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Agency, AgencyKind, User } from '../identity';
import { ConsentGivenBy, ConsentMethod } from './consent.enums';
import { currentConsentTexts } from './consent.service';
import { staffToTell } from './protection-staff';
import { ProtectionReferral, ProtectionReferralStatus } from './protection-referral.entity';
import type { BorderReferralData, ProtectionReferralInput } from './protection-referral.inputs';
import { ScreeningConclusion } from './screening.form';
import { screeningOf, screeningProblems } from './screening.service';
import { sharedMechanism } from './service-referral.service';
import { sealPersonalData } from './survivor-sealing';
import { Survivor } from './survivor.entity';
import { SurvivorVulnerability } from './survivor.enums';
import { formatSurvivorCode } from './survivor.service';
import { isUuid } from '../../platform/ids';

const COUNTRY_CODE = /^[A-Z]{2}$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const PURPOSE = 'protection-referral.data';
export const PROTECTION_REFERRAL_BOXES = ['INCOMING', 'OUTGOING'] as const;

function signedIn(context: RequestContext) {
  if (!context.actor) throw unauthenticated();
  return context.actor;
}

const dataKeyOf = (keyring: Keyring, referral: ProtectionReferral) =>
  unwrapDataKey(keyring, { wrapped: referral.dataKey, keyId: referral.keyId }, referral.id);

/** The sealed data of a referral to protection. Call only after the field guard allowed the read. */
export function openBorderReferralData(keyring: Keyring, referral: ProtectionReferral): BorderReferralData {
  return openJson<BorderReferralData>(dataKeyOf(keyring, referral), referral.id, PURPOSE, referral.sealedData);
}

/** Every problem of the form at once, by input path; messages never echo values (they are personal data). */
function problemsOf(input: ProtectionReferralInput): Record<string, string> {
  const problems: Record<string, string> = screeningProblems(input.screening, 'input.screening');
  const add = (path: string, key: string) => (problems[`input.${path}`] ??= `error.protection.borderReferral.${key}`);
  const tooLong = (value: string | null | undefined, max: number) => (value?.trim().length ?? 0) > max;
  const { person, consent } = input;
  if (input.screening.conclusion !== ScreeningConclusion.POSSIBLE_VICTIM_REFER)
    add('screening.conclusion', 'conclusionNotRefer');
  if (tooLong(person.givenNames, 200)) add('person.givenNames', 'tooLongText');
  if (tooLong(person.familyNames, 200)) add('person.familyNames', 'tooLongText');
  if (!Number.isInteger(person.estimatedAge) || person.estimatedAge < 0 || person.estimatedAge > 120)
    add('person.estimatedAge', 'ageInvalid');
  if (person.nationality && !COUNTRY_CODE.test(person.nationality)) add('person.nationality', 'countryInvalid');
  if (person.languages.length === 0 || person.languages.length > 10) add('person.languages', 'languagesRequired');
  person.languages.forEach((code, i) => LANGUAGE_CODE.test(code) || add(`person.languages.${i}`, 'languageInvalid'));
  if (!person.currentLocation?.trim()) add('person.currentLocation', 'locationRequired');
  else if (tooLong(person.currentLocation, 300)) add('person.currentLocation', 'tooLongText');
  if (tooLong(person.phone, 40)) add('person.phone', 'tooLongText');
  if (consent.method === ConsentMethod.VERBAL_WITH_WITNESS && !consent.witness?.trim())
    add('consent.witness', 'witnessRequired');
  if (tooLong(consent.witness, 200)) add('consent.witness', 'tooLongText');
  if (person.estimatedAge < 18 && consent.givenBy !== ConsentGivenBy.CHILD_AND_GUARDIAN)
    add('consent.givenBy', 'childNeedsGuardian');
  if (consent.givenBy === ConsentGivenBy.CHILD_AND_GUARDIAN && !consent.guardian?.trim())
    add('consent.guardian', 'guardianRequired');
  if (tooLong(consent.guardian, 200)) add('consent.guardian', 'tooLongText');
  if (tooLong(input.note, 2000)) add('note', 'tooLongText');
  return problems;
}

/**
 * A liaison officer (or case worker) who screened a person at a border post refers a possible victim to a
 * protection agency: the screening must conclude "possible victim: refer", the person's consent to this referral
 * is recorded first (text version in the language read, method, witness; for a child assent and guardian), and
 * only the minimum travels, sealed. The protection agency's staff are told by mail (code only).
 */
export async function referToProtection(context: RequestContext, input: ProtectionReferralInput) {
  const actor = signedIn(context);
  const problems = problemsOf(input);
  if (Object.keys(problems).length > 0) throw badInput(problems);
  return inUnitOfWork(context, async (em) => {
    const sender = await em.findOneOrFail(Agency, { id: actor.agencyId }, { populate: ['country'] });
    const recipient = isUuid(input.recipientAgencyId)
      ? await em.findOne(Agency, { id: input.recipientAgencyId, active: true })
      : null;
    const fail = (path: string, key: string) =>
      badInput({ [`input.${path}`]: `error.protection.borderReferral.${key}` });
    if (!recipient || recipient.id === sender.id) throw fail('recipientAgencyId', 'recipientUnknown');
    if (recipient.kind !== AgencyKind.PROTECTION_SERVICES) throw fail('recipientAgencyId', 'recipientNotProtection');
    const mechanism = await sharedMechanism(em, sender.id, recipient.id);
    if (!mechanism) throw fail('recipientAgencyId', 'noSharedMechanism');
    const text = (await currentConsentTexts(em)).find((item) => item.language === input.consent.language);
    if (!text) throw fail('consent.language', 'noConsentText');

    const referral = em.create(ProtectionReferral, {
      code: 'pending',
      senderAgency: sender,
      sentBy: em.getReference(User, actor.id),
      recipientAgency: recipient,
      mechanism,
      sealedData: Buffer.alloc(0),
      dataKey: Buffer.alloc(0),
      keyId: '',
    });
    assertCanCreate(context.ability, referral);
    const country = sender.country.unwrap();
    const year = yearIn(country.timeZone, referral.sentAt);
    const sequence = await nextNumber(em, `protection-referral:${sender.id}`, year);
    referral.code = `PR-${country.code}-${year}-${String(sequence).padStart(5, '0')}`;
    const trim = (value: string | null | undefined) => value?.trim() || null;
    const { person, consent } = input;
    const data: BorderReferralData = {
      person: {
        givenNames: trim(person.givenNames),
        familyNames: trim(person.familyNames),
        estimatedAge: person.estimatedAge,
        sex: person.sex ?? null,
        nationality: person.nationality ?? null,
        languages: [...new Set(person.languages)],
        currentLocation: person.currentLocation.trim(),
        phone: trim(person.phone),
      },
      screening: screeningOf(actor.id, input.screening, person.estimatedAge < 18),
      consent: {
        method: consent.method,
        givenBy: consent.givenBy,
        language: text.language,
        textVersion: text.version,
        witness: trim(consent.witness),
        guardian: trim(consent.guardian),
        givenAt: referral.sentAt.toISOString(),
      },
      note: trim(input.note),
    };
    const dataKey = newDataKey(context.config.encryption, referral.id);
    referral.dataKey = dataKey.wrapped;
    referral.keyId = dataKey.keyId;
    referral.sealedData = sealJson(dataKey, referral.id, PURPOSE, data);
    await em.flush();
    for (const user of await staffToTell(em, recipient.id))
      await enqueueMail(em, {
        to: user.email,
        subject: `Enlace: remisión a protección / referral to protection (${referral.code})`,
        text:
          `Su institución recibió una remisión a protección (${referral.code}) desde un puesto fronterizo.\n\n` +
          `Your agency received a referral to protection (${referral.code}) from a border post.\n\n` +
          `${context.config.publicUrl.href}`,
      });
    await record(context, em, referral, 'protection-referral.send', {
      recipientAgencyId: recipient.id,
      mechanismId: mechanism.id,
      level: data.screening.level,
      consentTextVersion: text.version,
      consentLanguage: text.language,
    });
    return referral;
  });
}

/** A referral the caller may read, or null (a foreign or unknown id answers exactly like a missing one). */
export async function findReadableProtectionReferral(
  em: EntityManager,
  ability: AppAbility,
  id: string,
  options: { lockForUpdate?: boolean } = {},
): Promise<ProtectionReferral | null> {
  if (!isUuid(id)) return null;
  const filter = permittedFilter(em, ability, 'read', ProtectionReferral, { id });
  if (!filter) return null;
  return em.findOne(ProtectionReferral, filter, options.lockForUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

/** The newest 100 referrals sent to (INCOMING) or by (OUTGOING) the caller's agency that the caller may read. */
export async function listProtectionReferrals(
  context: RequestContext,
  box: (typeof PROTECTION_REFERRAL_BOXES)[number],
) {
  const actor = signedIn(context);
  const own = box === 'INCOMING' ? { recipientAgency: actor.agencyId } : { senderAgency: actor.agencyId };
  const filter = permittedFilter(context.em, context.ability, 'read', ProtectionReferral, own);
  if (!filter) return [];
  return context.em.find(ProtectionReferral, filter, { orderBy: { sentAt: 'desc', id: 'desc' }, limit: 100 });
}

async function answerable(context: RequestContext, em: EntityManager, id: string, action: 'accept' | 'decline') {
  const referral = await findReadableProtectionReferral(em, context.ability, id, { lockForUpdate: true });
  if (!referral) throw notFound('ProtectionReferral');
  assertCan(context.ability, action, referral, 'ProtectionReferral');
  if (referral.status !== ProtectionReferralStatus.SENT)
    throw conflict('error.protection.borderReferral.alreadyAnswered', `Not allowed while ${referral.status}`);
  return referral;
}

/**
 * The protection agency accepts: a survivor record opens in its caseload (the accepting case worker assigned),
 * with what the referral carried and the screening; the referral keeps the survivor's code. The sending agency
 * is told by mail (codes only).
 */
export async function acceptProtectionReferral(context: RequestContext, id: string) {
  const actor = signedIn(context);
  return inUnitOfWork(context, async (em) => {
    const referral = await answerable(context, em, id, 'accept');
    const keyring = context.config.encryption;
    const data = openBorderReferralData(keyring, referral);
    const agency = await em.findOneOrFail(Agency, { id: actor.agencyId }, { populate: ['country'] });
    const child = data.person.estimatedAge < 18;
    // A case worker who accepts is assigned the case; a supervisor who accepts supervises it until assigning one.
    const caseWorker = actor.roles.includes(Role.CASE_WORKER);
    const survivor = em.create(Survivor, {
      code: 'pending',
      holdingAgency: agency,
      caseWorker: caseWorker ? em.getReference(User, actor.id) : null,
      supervisor: caseWorker ? null : em.getReference(User, actor.id),
      registeredBy: em.getReference(User, actor.id),
      vulnerabilities: child ? [SurvivorVulnerability.CHILD] : [],
      personalData: Buffer.alloc(0),
      dataKey: undefined as unknown as Buffer,
      keyId: '',
    });
    const country = agency.country.unwrap();
    const year = yearIn(country.timeZone, new Date());
    survivor.code = formatSurvivorCode(country.code, year, await nextNumber(em, `survivor:${agency.id}`, year));
    const { person } = data;
    sealPersonalData(keyring, survivor, {
      givenNames: person.givenNames ?? null,
      familyNames: person.familyNames ?? null,
      aliases: [],
      dateOfBirth: null,
      estimatedAge: person.estimatedAge,
      sex: person.sex ?? null,
      genderIdentity: null,
      nationality: person.nationality ?? null,
      languages: person.languages,
      identityDocuments: [],
      phones: person.phone ? [person.phone] : [],
      email: null,
      currentLocation: person.currentLocation,
      exploitations: [],
      screenings: [data.screening],
    });
    referral.status = ProtectionReferralStatus.ACCEPTED;
    referral.answeredAt = new Date();
    referral.answeredBy = em.getReference(User, actor.id, { wrapped: true });
    referral.survivor = em.getReference(Survivor, survivor.id, { wrapped: true });
    referral.survivorCode = survivor.code;
    await em.flush();
    await context.audit.record(em, {
      action: 'survivor.register',
      entityType: 'Survivor',
      entityId: survivor.id,
      ownerAgencyId: agency.id,
      details: { code: survivor.code, fromProtectionReferral: referral.code },
    });
    await tellSender(context, em, referral, 'aceptó / accepted');
    await record(context, em, referral, 'protection-referral.accept', { survivorCode: survivor.code });
    return referral;
  });
}

/** The protection agency declines, with a reason the sending agency reads. */
export async function declineProtectionReferral(context: RequestContext, id: string, reason: string) {
  const actor = signedIn(context);
  const said = reason.trim();
  if (!said) throw badInput({ reason: 'error.protection.borderReferral.reasonRequired' });
  if (said.length > 1000) throw badInput({ reason: 'error.protection.borderReferral.tooLongText' });
  return inUnitOfWork(context, async (em) => {
    const referral = await answerable(context, em, id, 'decline');
    referral.status = ProtectionReferralStatus.DECLINED;
    referral.declineReason = said;
    referral.answeredAt = new Date();
    referral.answeredBy = em.getReference(User, actor.id, { wrapped: true });
    await em.flush();
    await tellSender(context, em, referral, 'rechazó / declined');
    await record(context, em, referral, 'protection-referral.decline');
    return referral;
  });
}

async function tellSender(context: RequestContext, em: EntityManager, referral: ProtectionReferral, what: string) {
  const sender = await em.findOneOrFail(User, { id: referral.sentBy.id });
  if (!sender.active) return;
  await enqueueMail(em, {
    to: sender.email,
    subject: `Enlace: ${referral.code} (${what})`,
    text: `La institución de protección ${what} la remisión ${referral.code}.\n\n${context.config.publicUrl.href}`,
  });
}

/** Audit in the change's transaction: codes, statuses and ids, never the person's data. */
function record(
  context: RequestContext,
  em: EntityManager,
  referral: ProtectionReferral,
  action: string,
  details: Record<string, unknown> = {},
) {
  return context.audit.record(em, {
    action,
    entityType: 'ProtectionReferral',
    entityId: referral.id,
    ownerAgencyId: referral.senderAgency.id,
    details: { code: referral.code, status: referral.status, ...details },
  });
}
