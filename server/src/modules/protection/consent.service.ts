import type { EntityManager } from '@mikro-orm/postgresql';
import { permittedFilter } from '../../platform/authz/accessible-query';
import { assertCan } from '../../platform/authz/forbidden';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { badInput, conflict, notFound, unauthenticated } from '../../platform/graphql/errors';
import { enqueueMail } from '../../platform/mail/mailer';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Agency, User } from '../identity';
import { ConsentOverride, ConsentText, SurvivorConsent } from './consent.entity';
import { ConsentGivenBy, ConsentMethod, ConsentStatus, type ProtectionService } from './consent.enums';
import type { ConsentInput, ConsentOverrideInput } from './consent.inputs';
import { staffToTell } from './protection-staff';
import { NotificationKind, NotificationSubject, notifyAgency } from '../notifications';
import { ServiceReferral } from './service-referral.entity';
import { sealForSurvivor } from './survivor-sealing';
import type { Survivor } from './survivor.entity';
import { SurvivorVulnerability } from './survivor.enums';
import { getReadableSurvivor } from './survivor.service';
import { UUID } from '../../platform/ids';

const COUNTRY = /^[A-Z]{2}$/;
const CHILD_VULNERABILITIES = [SurvivorVulnerability.CHILD, SurvivorVulnerability.UNACCOMPANIED_OR_SEPARATED_CHILD];

const today = (at: Date = new Date()) => at.toISOString().slice(0, 10);

/** Where a consent stands on a day: one rule, used by the API and by every sharing check. */
export function consentStatus(consent: SurvivorConsent, on: string = today()): ConsentStatus {
  if (consent.withdrawnAt) return ConsentStatus.WITHDRAWN;
  if (on < consent.validFrom) return ConsentStatus.NOT_YET_VALID;
  if (on > consent.validUntil) return ConsentStatus.EXPIRED;
  return ConsentStatus.ACTIVE;
}

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${String(y! + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The assigned case worker (or supervisor) records a survivor's consent. Checked: at least one category and one
 * purpose, exactly one recipient (an agency, or a kind of agency in a country), a period of at most two years,
 * how it was given (a signed form's reference, or a witness for verbal consent) and by whom: for a child, the
 * child's assent and the guardian's consent, both. The witness's and guardian's names are sealed.
 */
export async function recordConsent(context: RequestContext, input: ConsentInput): Promise<SurvivorConsent> {
  const actor =
    context.actor ??
    (() => {
      throw unauthenticated();
    })();
  return inUnitOfWork(context, async (em) => {
    const survivor = await getReadableSurvivor(em, context.ability, input.survivorId, { lockForUpdate: true });
    assertCan(context.ability, 'consent', survivor, 'Survivor');
    const problems: Record<string, string> = {};
    const add = (path: string, key: string) => (problems[`input.${path}`] ??= `error.protection.consent.${key}`);
    if (input.categories.length === 0) add('categories', 'categoriesRequired');
    if (input.purposes.length === 0) add('purposes', 'purposesRequired');
    const byAgency = !!input.recipientAgencyId;
    const byKind = !!input.recipientAgencyKind || !!input.recipientCountryCode;
    if (byAgency === byKind) add('recipientAgencyId', 'oneRecipient');
    let recipient: Agency | null = null;
    if (byAgency && !byKind) {
      recipient = UUID.test(input.recipientAgencyId!)
        ? await em.findOne(Agency, { id: input.recipientAgencyId!, active: true })
        : null;
      if (!recipient) add('recipientAgencyId', 'recipientUnknown');
      else if (recipient.id === survivor.holdingAgency.id) add('recipientAgencyId', 'recipientIsHolder');
    }
    if (byKind && !byAgency) {
      if (!input.recipientAgencyKind) add('recipientAgencyKind', 'recipientKindRequired');
      if (!input.recipientCountryCode || !COUNTRY.test(input.recipientCountryCode))
        add('recipientCountryCode', 'countryInvalid');
    }
    if (input.validUntil < input.validFrom) add('validUntil', 'endBeforeStart');
    else if (input.validUntil > addYears(input.validFrom, 2)) add('validUntil', 'tooLong');
    if (input.validUntil < today()) add('validUntil', 'inThePast');
    const formReference = input.signedFormReference?.trim() ?? '';
    const witness = input.witnessName?.trim() ?? '';
    const guardian = input.guardianName?.trim() ?? '';
    if (input.method === ConsentMethod.SIGNED_FORM && !formReference) add('signedFormReference', 'formRequired');
    if (formReference.length > 100) add('signedFormReference', 'tooLongText');
    if (input.method === ConsentMethod.VERBAL_WITH_WITNESS && !witness) add('witnessName', 'witnessRequired');
    if (witness.length > 200) add('witnessName', 'tooLongText');
    const isChild = survivor.vulnerabilities.some((value) => CHILD_VULNERABILITIES.includes(value));
    if (isChild && input.givenBy !== ConsentGivenBy.CHILD_AND_GUARDIAN) add('givenBy', 'childNeedsGuardian');
    if (input.givenBy === ConsentGivenBy.CHILD_AND_GUARDIAN) {
      if (!input.childAssent) add('childAssent', 'childAssentRequired');
      if (!guardian) add('guardianName', 'guardianRequired');
    }
    if (guardian.length > 200) add('guardianName', 'tooLongText');
    const text = UUID.test(input.consentTextId) ? await em.findOne(ConsentText, { id: input.consentTextId }) : null;
    if (!text) add('consentTextId', 'textUnknown');
    if (Object.keys(problems).length > 0) throw badInput(problems);

    const consent = em.create(SurvivorConsent, {
      survivor,
      holdingAgency: survivor.holdingAgency,
      categories: [...new Set(input.categories)],
      recipientAgency: recipient,
      recipientAgencyKind: recipient ? null : input.recipientAgencyKind!,
      recipientCountryCode: recipient ? null : input.recipientCountryCode!,
      purposes: [...new Set(input.purposes)],
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      method: input.method,
      givenBy: input.givenBy,
      childAssent: input.givenBy === ConsentGivenBy.CHILD_AND_GUARDIAN && !!input.childAssent,
      signedFormReference: formReference || null,
      text: text!,
      sealedNames: Buffer.alloc(0),
      recordedBy: em.getReference(User, actor.id),
    });
    consent.sealedNames = sealForSurvivor(context.config.encryption, survivor, consent.id, 'consent.names', {
      witnessName: witness || null,
      guardianName: guardian || null,
    });
    await em.flush();
    await context.audit.record(em, {
      action: 'survivor.consent.record',
      entityType: 'Survivor',
      entityId: survivor.id,
      ownerAgencyId: survivor.holdingAgency.id,
      details: {
        code: survivor.code,
        consentId: consent.id,
        categories: consent.categories,
        purposes: consent.purposes,
        recipientAgencyId: recipient?.id ?? null,
        recipientAgencyKind: consent.recipientAgencyKind,
        recipientCountryCode: consent.recipientCountryCode,
        textVersion: `${text!.language}-${text!.version}`,
      },
    });
    return consent;
  });
}

/**
 * Withdrawal: from this moment no recipient may read anything the consent allowed (every sharing check reads
 * consentStatus on each request). The recipient agency's case workers and supervisors are told by mail, enqueued
 * in this transaction and sent after commit by the job queue; the mail names the code only.
 */
export async function withdrawConsent(context: RequestContext, consentId: string): Promise<SurvivorConsent> {
  const actor =
    context.actor ??
    (() => {
      throw unauthenticated();
    })();
  return inUnitOfWork(context, async (em) => {
    const consent = await findReadableConsent(em, context, consentId);
    const survivor = await getReadableSurvivor(em, context.ability, consent.survivor.id, { lockForUpdate: true });
    assertCan(context.ability, 'consent', survivor, 'Survivor');
    if (consent.withdrawnAt) throw conflict('error.protection.consent.alreadyWithdrawn', 'Already withdrawn');
    consent.withdrawnAt = new Date();
    consent.withdrawnBy = em.getReference(User, actor.id, { wrapped: true });
    await em.flush();
    const told = await tellRecipients(em, context, consent, survivor);
    await context.audit.record(em, {
      action: 'survivor.consent.withdraw',
      entityType: 'Survivor',
      entityId: survivor.id,
      ownerAgencyId: survivor.holdingAgency.id,
      details: { code: survivor.code, consentId: consent.id, recipientsTold: told },
    });
    return consent;
  });
}

/**
 * Referrals sent under the consent get the withdrawal's time (the provider's in-app notice; their access already
 * ended, since sharingInForce reads the consent). The agencies told are the one the consent names and every
 * agency that received a referral under it; each one's case workers and supervisors get a mail naming the code.
 */
async function tellRecipients(
  em: EntityManager,
  context: RequestContext,
  consent: SurvivorConsent,
  survivor: Survivor,
): Promise<number> {
  const referred = await em.find(ServiceReferral, { consent: consent.id, consentWithdrawnAt: null });
  for (const referral of referred) referral.consentWithdrawnAt = consent.withdrawnAt;
  await em.flush();
  const agencies = new Set(referred.map((referral) => referral.recipientAgency.id));
  if (consent.recipientAgency) agencies.add(consent.recipientAgency.id);
  let told = 0;
  for (const agencyId of agencies) {
    // The survivor is out of the agency's reach now: the notification names the code, and links nowhere else.
    await notifyAgency(
      em,
      {
        kind: NotificationKind.CONSENT_WITHDRAWN,
        subjectType: NotificationSubject.SURVIVOR,
        subjectId: survivor.id,
        reference: survivor.code,
      },
      { agencyId, roles: [Role.CASE_WORKER, Role.PROTECTION_SUPERVISOR] },
    );
    for (const user of await staffToTell(em, agencyId)) {
      told += 1;
      await enqueueMail(em, {
        to: user.email,
        subject: `Enlace: consent withdrawn / consentimiento retirado (${survivor.code})`,
        text:
          `El consentimiento para compartir datos del sobreviviente ${survivor.code} fue retirado: ` +
          `su institución ya no puede verlos.\n\nThe consent to share data of survivor ${survivor.code} was ` +
          `withdrawn: your agency may no longer see them.\n\n${context.config.publicUrl.href}`,
      });
    }
  }
  return told;
}

async function findReadableConsent(em: EntityManager, context: RequestContext, id: string) {
  if (!UUID.test(id)) throw notFound('Consent');
  const filter = permittedFilter(em, context.ability, 'read', SurvivorConsent, { id });
  const consent = filter ? await em.findOne(SurvivorConsent, filter) : null;
  if (!consent) throw notFound('Consent');
  return consent;
}

/** A survivor's consents, newest first (the caller must be able to read the survivor). */
export async function consentsOf(em: EntityManager, context: RequestContext, survivor: Survivor) {
  const filter = permittedFilter(em, context.ability, 'read', SurvivorConsent, { survivor: survivor.id });
  return filter ? em.find(SurvivorConsent, filter, { orderBy: { recordedAt: 'desc' } }) : [];
}

/** The latest consent text of each language. */
export async function currentConsentTexts(em: EntityManager): Promise<ConsentText[]> {
  return em
    .getConnection()
    .execute<{ id: string }[]>('select distinct on (language) id from consent_text order by language, version desc')
    .then((rows) => em.find(ConsentText, { id: { $in: rows.map((row) => row.id) } }, { orderBy: { language: 'asc' } }));
}

export interface ConsentCoverage {
  consent: SurvivorConsent | null;
  override: ConsentOverride | null;
}

/**
 * Whether sharing a survivor's data with an agency for a purpose is covered, now: a consent in force that names
 * the agency (or its kind in its country) and the purpose, or else a supervisor's override for a risk to life.
 * Every sharing decision of the module goes through here, on every request.
 */
export async function consentCoverage(
  em: EntityManager,
  survivorId: string,
  recipient: { id: string; kind: string; countryCode: string },
  purpose: ProtectionService,
  at: Date = new Date(),
): Promise<ConsentCoverage> {
  const on = today(at);
  const consent = await em.findOne(
    SurvivorConsent,
    {
      survivor: survivorId,
      withdrawnAt: null,
      validFrom: { $lte: on },
      validUntil: { $gte: on },
      purposes: { $contains: [purpose] },
      $or: [
        { recipientAgency: recipient.id },
        { recipientAgencyKind: recipient.kind as never, recipientCountryCode: recipient.countryCode },
      ],
    },
    { orderBy: { recordedAt: 'desc' } },
  );
  if (consent) return { consent, override: null };
  const override = await em.findOne(
    ConsentOverride,
    { survivor: survivorId, recipientAgency: recipient.id, purposes: { $contains: [purpose] }, expiresAt: { $gt: at } },
    { orderBy: { givenAt: 'desc' } },
  );
  return { consent: null, override };
}

/**
 * A protection supervisor shares without consent because a life is at risk: one agency, some purposes, for one to
 * seven days, with a written reason (sealed). Audited and listed for the agency's auditors.
 */
export async function giveConsentOverride(context: RequestContext, input: ConsentOverrideInput) {
  const actor =
    context.actor ??
    (() => {
      throw unauthenticated();
    })();
  return inUnitOfWork(context, async (em) => {
    const survivor = await getReadableSurvivor(em, context.ability, input.survivorId, { lockForUpdate: true });
    assertCan(context.ability, 'override', survivor, 'Survivor');
    const problems: Record<string, string> = {};
    const reason = input.reason.trim();
    if (reason.length < 20) problems['input.reason'] = 'error.protection.consent.reasonRequired';
    if (reason.length > 2000) problems['input.reason'] = 'error.protection.consent.tooLongText';
    if (input.purposes.length === 0) problems['input.purposes'] = 'error.protection.consent.purposesRequired';
    if (!Number.isInteger(input.days) || input.days < 1 || input.days > 7)
      problems['input.days'] = 'error.protection.consent.overrideDays';
    const recipient = UUID.test(input.recipientAgencyId)
      ? await em.findOne(Agency, { id: input.recipientAgencyId, active: true })
      : null;
    if (!recipient) problems['input.recipientAgencyId'] = 'error.protection.consent.recipientUnknown';
    if (Object.keys(problems).length > 0) throw badInput(problems);
    const override = em.create(ConsentOverride, {
      survivor,
      holdingAgency: survivor.holdingAgency,
      recipientAgency: recipient!,
      purposes: [...new Set(input.purposes)],
      sealedReason: Buffer.alloc(0),
      givenBy: em.getReference(User, actor.id),
      expiresAt: new Date(Date.now() + input.days * 24 * 3600 * 1000),
    });
    override.sealedReason = sealForSurvivor(
      context.config.encryption,
      survivor,
      override.id,
      'override.reason',
      reason,
    );
    await em.flush();
    await context.audit.record(em, {
      action: 'survivor.consent.override',
      entityType: 'Survivor',
      entityId: survivor.id,
      ownerAgencyId: survivor.holdingAgency.id,
      details: {
        code: survivor.code,
        overrideId: override.id,
        recipientAgencyId: recipient!.id,
        purposes: override.purposes,
        flagged: 'risk-to-life',
      },
    });
    return override;
  });
}

/** The agency's overrides, newest first, for its auditors and protection supervisors. */
export async function listConsentOverrides(context: RequestContext, first: number) {
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput({ first: 'error.pageSizeInvalid' });
  const filter = permittedFilter(context.em, context.ability, 'read', ConsentOverride, {
    holdingAgency: context.actor?.agencyId,
  });
  return filter ? context.em.find(ConsentOverride, filter, { orderBy: { givenAt: 'desc' }, limit: first }) : [];
}
