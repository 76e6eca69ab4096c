import type { FilterQuery } from '@mikro-orm/core';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppAbility } from '../../platform/authz/ability';
import { permittedFilter } from '../../platform/authz/accessible-query';
import { assertCan } from '../../platform/authz/forbidden';
import type { RequestContext } from '../../platform/context';
import { paginate, type Connection } from '../../platform/graphql/connection';
import { badInput, conflict, notFound, unauthenticated } from '../../platform/graphql/errors';
import { enqueueMail } from '../../platform/mail/mailer';
import { by, Keyset } from '../../platform/orm/keyset';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Agency, Mechanism, MechanismKind, User } from '../identity';
import { deadlinesFor } from '../referrals';
import { consentCoverage } from './consent.service';
import { findReadableDirectoryService } from './directory-service.service';
import { staffToTell } from './protection-staff';
import { sealForSurvivor } from './survivor-sealing';
import { sharingInForceSql } from './service-referral-sharing';
import { ServiceReferral } from './service-referral.entity';
import { ServiceReferralStatus, ServiceReferralStep } from './service-referral.enums';
import { ServiceReferralBox, type ServiceReferralInput, type ServiceReferralsArgs } from './service-referral.inputs';
import { categoriesOf } from './shared-fields';
import { getReadableSurvivor } from './survivor.service';
import { announceServiceReferralActivity } from './service-referral-live';
import { UUID } from '../../platform/ids';

export const NOTE_PURPOSE = 'service-referral.note';

/** The life of a referral to a service, in one table: who takes each step, from which statuses, to which. */
export const SERVICE_REFERRAL_STEPS: Record<
  ServiceReferralStep,
  { action: 'accept' | 'decline' | 'deliver' | 'close'; from: ServiceReferralStatus[]; to: ServiceReferralStatus }
> = {
  ACCEPT: { action: 'accept', from: [ServiceReferralStatus.SENT], to: ServiceReferralStatus.ACCEPTED },
  DECLINE: { action: 'decline', from: [ServiceReferralStatus.SENT], to: ServiceReferralStatus.DECLINED },
  DELIVER: { action: 'deliver', from: [ServiceReferralStatus.ACCEPTED], to: ServiceReferralStatus.DELIVERED },
  CLOSE: {
    action: 'close',
    from: [ServiceReferralStatus.SENT, ServiceReferralStatus.ACCEPTED, ServiceReferralStatus.DELIVERED],
    to: ServiceReferralStatus.CLOSED,
  },
};

/** The steps the caller may take on a referral now (the table and the policy; clients keep no copy). */
export function availableSteps(ability: AppAbility, referral: ServiceReferral): ServiceReferralStep[] {
  return (Object.keys(SERVICE_REFERRAL_STEPS) as ServiceReferralStep[]).filter((step) => {
    const rule = SERVICE_REFERRAL_STEPS[step];
    return rule.from.includes(referral.status) && ability.can(rule.action, referral);
  });
}

/** Overdue: the deadline running in the current status has passed (dueAt is set only while one runs). */
export const isOverdue = (referral: ServiceReferral, now = new Date()) =>
  !!referral.dueAt && referral.dueAt.getTime() < now.getTime();

function signedIn(context: RequestContext) {
  if (!context.actor) throw unauthenticated();
  return context.actor;
}

/** The mechanism the referral goes through: the one named, or a shared national one, or another shared one. */
export async function sharedMechanism(
  em: EntityManager,
  holderId: string,
  recipientId: string,
  mechanismId?: string | null,
) {
  if (mechanismId && !UUID.test(mechanismId)) return null;
  const candidates = await em.find(
    Mechanism,
    {
      active: true,
      ...(mechanismId ? { id: mechanismId } : {}),
      $and: [{ memberAgencies: holderId }, { memberAgencies: recipientId }],
    },
    { orderBy: { createdAt: 'asc' } },
  );
  return candidates.find((mechanism) => mechanism.kind === MechanismKind.NATIONAL) ?? candidates[0] ?? null;
}

/**
 * The assigned case worker (or supervisor) refers a survivor to a service of another agency, through a mechanism
 * both are members of. Refused unless a consent in force covers that agency (or its kind in its country), the
 * service as purpose and the category of every field sent — or a risk-to-life override covers the agency and
 * service (then flagged). The provider is told by mail (code only); deadlines come from the mechanism.
 */
export async function referToService(context: RequestContext, input: ServiceReferralInput): Promise<ServiceReferral> {
  const actor = signedIn(context);
  return inUnitOfWork(context, async (em) => {
    const survivor = await getReadableSurvivor(em, context.ability, input.survivorId, { lockForUpdate: true });
    assertCan(context.ability, 'refer', survivor, 'Survivor');
    const problems: Record<string, string> = {};
    const add = (path: string, key: string) => (problems[`input.${path}`] ??= `error.protection.referral.${key}`);
    const fields = [...new Set(input.sharedFields)];
    if (fields.length === 0) add('sharedFields', 'fieldsRequired');
    const note = input.note?.trim() ?? '';
    if (note.length > 2000) add('note', 'tooLongText');
    const recipient = UUID.test(input.recipientAgencyId)
      ? await em.findOne(Agency, { id: input.recipientAgencyId, active: true }, { populate: ['country'] })
      : null;
    if (!recipient) add('recipientAgencyId', 'recipientUnknown');
    else if (recipient.id === survivor.holdingAgency.id) add('recipientAgencyId', 'recipientIsHolder');
    const mechanism = recipient
      ? await sharedMechanism(em, survivor.holdingAgency.id, recipient.id, input.mechanismId)
      : null;
    if (recipient && !mechanism) add(input.mechanismId ? 'mechanismId' : 'recipientAgencyId', 'noSharedMechanism');
    const listed = input.directoryServiceId
      ? await findReadableDirectoryService(em, context, input.directoryServiceId)
      : null;
    if (input.directoryServiceId && !listed) add('directoryServiceId', 'directoryServiceUnknown');
    else if (listed && (listed.agency.id !== recipient?.id || !listed.types.includes(input.service)))
      add('directoryServiceId', 'directoryServiceMismatch');
    if (Object.keys(problems).length > 0) throw badInput(problems);

    const coverage = await consentCoverage(
      em,
      survivor.id,
      { id: recipient!.id, kind: recipient!.kind, countryCode: recipient!.country.unwrap().code },
      input.service,
    );
    if (!coverage.consent && !coverage.override)
      throw badInput({ 'input.service': 'error.protection.referral.notCovered' });
    if (coverage.consent) {
      const missing = categoriesOf(fields).filter((category) => !coverage.consent!.categories.includes(category));
      if (missing.length > 0) throw badInput({ 'input.sharedFields': 'error.protection.referral.fieldsNotCovered' });
    }

    const sentAt = new Date();
    const deadlines = await deadlinesFor(em, mechanism!.id, input.urgency, sentAt);
    const referral = em.create(ServiceReferral, {
      survivor,
      survivorCode: survivor.code,
      holdingAgency: survivor.holdingAgency,
      recipientAgency: recipient!,
      recipientAgencyKind: recipient!.kind,
      mechanism: mechanism!,
      service: input.service,
      directoryService: listed,
      urgency: input.urgency,
      sharedFields: fields,
      consent: coverage.consent,
      override: coverage.consent ? null : coverage.override,
      sealedNote: Buffer.alloc(0),
      sentBy: em.getReference(User, actor.id),
      sentAt,
      respondBy: deadlines.acknowledgeBy,
      deliverBy: deadlines.answerBy,
      dueAt: deadlines.acknowledgeBy,
    });
    referral.sealedNote = sealForSurvivor(context.config.encryption, survivor, referral.id, NOTE_PURPOSE, note || null);
    await em.flush();
    await readSharing(em, referral);
    for (const user of await staffToTell(em, recipient!.id))
      await enqueueMail(em, {
        to: user.email,
        subject: `Enlace: referral to a service / remisión a un servicio (${survivor.code})`,
        text:
          `Su institución recibió una remisión de ${survivor.code} para ${input.service}.\n\n` +
          `Your agency received a referral of ${survivor.code} for ${input.service}.\n\n` +
          `${context.config.publicUrl.href}`,
      });
    await context.audit.record(em, {
      action: 'survivor.refer-to-service',
      entityType: 'Survivor',
      entityId: survivor.id,
      ownerAgencyId: survivor.holdingAgency.id,
      details: {
        code: survivor.code,
        referralId: referral.id,
        recipientAgencyId: recipient!.id,
        mechanismId: mechanism!.id,
        service: input.service,
        sharedFields: fields,
        consentId: coverage.consent?.id ?? null,
        overrideId: referral.override?.id ?? null,
        ...(referral.override ? { flagged: 'risk-to-life' } : {}),
      },
    });
    return referral;
  });
}

/** After a write, the formula as PostgreSQL now decides it (a written entity keeps the value it was loaded with). */
async function readSharing(em: EntityManager, referral: ServiceReferral): Promise<void> {
  const [row] = await em
    .getConnection()
    .execute<{ v: boolean }[]>(
      `select ${sharingInForceSql('sr')} as v from service_referral sr where sr.id = ?`,
      [referral.id],
      'all',
      em.getTransactionContext(),
    );
  referral.sharingInForce = row?.v === true;
}

/** A referral the caller may read, or null (a foreign or unknown id answers exactly like a missing one). */
export async function findReadableServiceReferral(
  em: EntityManager,
  ability: AppAbility,
  id: string,
  options: { lockForUpdate?: boolean } = {},
): Promise<ServiceReferral | null> {
  if (!UUID.test(id)) return null;
  const filter = permittedFilter(em, ability, 'read', ServiceReferral, { id });
  if (!filter) return null;
  return em.findOne(ServiceReferral, filter, options.lockForUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
}

/**
 * A step: the provider accepts, declines (with a reason) or reports the service delivered; the referring agency
 * closes. Legal only from the statuses the table names; the deadline running moves with the status.
 */
export async function stepServiceReferral(
  context: RequestContext,
  referralId: string,
  step: ServiceReferralStep,
  text: string | null | undefined,
): Promise<ServiceReferral> {
  signedIn(context);
  const rule = SERVICE_REFERRAL_STEPS[step];
  const said = text?.trim() ?? '';
  if (said.length > 1000) throw badInput({ text: 'error.protection.referral.tooLongText' });
  if (step === ServiceReferralStep.DECLINE && !said)
    throw badInput({ text: 'error.protection.referral.reasonRequired' });
  return inUnitOfWork(context, async (em) => {
    const referral = await findReadableServiceReferral(em, context.ability, referralId, { lockForUpdate: true });
    if (!referral) throw notFound('ServiceReferral');
    assertCan(context.ability, rule.action, referral, 'ServiceReferral');
    if (!rule.from.includes(referral.status))
      throw conflict('error.protection.referral.stepNotAllowed', `Not allowed while ${referral.status}`);
    const from = referral.status;
    referral.status = rule.to;
    if (step === ServiceReferralStep.DECLINE) referral.declineReason = said;
    else if (said) referral.outcome = said;
    referral.dueAt = rule.to === ServiceReferralStatus.ACCEPTED ? referral.deliverBy : null;
    await em.flush();
    await readSharing(em, referral);
    await context.audit.record(em, {
      action: `service-referral.${rule.action}`,
      entityType: 'ServiceReferral',
      entityId: referral.id,
      ownerAgencyId: referral.holdingAgency.id,
      details: { code: referral.survivorCode, from, to: rule.to },
    });
    await announceServiceReferralActivity(em, referral, 'protection.service-referral.step');
    return referral;
  });
}

const BOX_ORDER = new Keyset<ServiceReferral>([by.instant('desc', 'sentAt')], by.id('desc'));

/** The referrals sent to (INCOMING) or by (OUTGOING) the caller's agency, newest first, a page at a time. */
export function listServiceReferrals(
  context: RequestContext,
  args: ServiceReferralsArgs,
): Promise<Connection<ServiceReferral>> {
  const actor = signedIn(context);
  return paginate(args, BOX_ORDER, async ({ after, limit }) => {
    const where: FilterQuery<ServiceReferral>[] = [
      args.box === ServiceReferralBox.INCOMING
        ? { recipientAgency: actor.agencyId }
        : { holdingAgency: actor.agencyId },
    ];
    if (args.status) where.push({ status: args.status });
    if (after) where.push(BOX_ORDER.after(after));
    const filter = permittedFilter(context.em, context.ability, 'read', ServiceReferral, { $and: where });
    if (!filter) return [];
    return context.em.find(ServiceReferral, filter, { orderBy: BOX_ORDER.orderBy, limit });
  });
}

/** A survivor's referrals to services, newest first (for the survivor's page). */
export async function serviceReferralsOf(context: RequestContext, survivorId: string): Promise<ServiceReferral[]> {
  const filter = permittedFilter(context.em, context.ability, 'read', ServiceReferral, {
    survivor: survivorId,
    holdingAgency: context.actor?.agencyId,
  });
  return filter ? context.em.find(ServiceReferral, filter, { orderBy: { sentAt: 'desc' }, limit: 100 }) : [];
}
