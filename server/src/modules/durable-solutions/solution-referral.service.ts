import type { EntityManager } from '@mikro-orm/postgresql';
import { permittedFilter } from '../../platform/authz/accessible-query';
import { assertCan } from '../../platform/authz/forbidden';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { badInput, conflict, notFound, unauthenticated } from '../../platform/graphql/errors';
import { enqueueMail } from '../../platform/mail/mailer';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Agency, Mechanism, User } from '../identity';
import { Survivor, SurvivorVulnerability } from '../protection';
import { DurablePlan, PlanCriterion } from './durable-plan.entity';
import { assertOpen, getReadablePlan } from './durable-plan.service';
import { sharingCovered, isPersonalField } from './durable-sharing';
import {
  DurableCriterion,
  DurablePlanStatus,
  DurableSolution,
  SolutionDestination,
  SolutionReferralStatus,
} from './durable-solutions.enums';
import { scheduleFollowUps } from './follow-up.service';
import { checkBestInterests, checkReturnRisk } from './solution-referral-guards';
import { SolutionReferral } from './solution-referral.entity';
import type {
  HandOverInput,
  SolutionReferralConfirmationInput,
  SolutionReferralInput,
  SolutionReferralResponseInput,
} from './solution-referral.inputs';
import { UUID } from '../../platform/ids';

const ACTIVE = [
  SolutionReferralStatus.AWAITING_CONFIRMATION,
  SolutionReferralStatus.SENT,
  SolutionReferralStatus.ACCEPTED,
  SolutionReferralStatus.HANDED_OVER,
];
const CHILD = [SurvivorVulnerability.CHILD, SurvivorVulnerability.UNACCOMPANIED_OR_SEPARATED_CHILD];
/** What the receiving organisation assesses after a return or arrival unless the sender chooses otherwise. */
export const REINTEGRATION_CRITERIA = [
  DurableCriterion.STANDARD_OF_LIVING,
  DurableCriterion.LIVELIHOODS,
  DurableCriterion.HOUSING_LAND_PROPERTY,
  DurableCriterion.DOCUMENTATION,
  DurableCriterion.FAMILY_REUNIFICATION,
];
const latestToday = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
const SUPERVISOR = Role.PROTECTION_SUPERVISOR;

/** A child's referral needs the best-interests procedure and a guardian (solution-referral-guards.ts). */
export const isChild = (survivor: Pick<Survivor, 'vulnerabilities'>) =>
  survivor.vulnerabilities.some((value) => CHILD.includes(value));

function signedIn(context: RequestContext) {
  if (!context.actor) throw unauthenticated();
  return context.actor;
}

export async function getReadableReferral(em: EntityManager, context: RequestContext, id: string) {
  const filter = UUID.test(id) ? permittedFilter(em, context.ability, 'read', SolutionReferral, { id }) : null;
  const referral = filter ? await em.findOne(SolutionReferral, filter) : null;
  if (!referral) throw notFound('SolutionReferral');
  return referral;
}

/**
 * The plan's owner refers it. Refused with an error naming the field unless: the recipient is an active agency
 * other than the holder, both are members of the active mechanism named, the destination fits the solution
 * (local integration stays in the country; return and resettlement leave it), a return has its risk assessment
 * ("not safe" stops it unless the person's informed wish is recorded: then a supervisor confirms before it goes),
 * a child's best-interests procedure and guardian are recorded (solution-referral-guards.ts), and consent covers
 * the recipient, every purpose and the categories of every field shared.
 */
export async function sendSolutionReferral(context: RequestContext, input: SolutionReferralInput) {
  const actor = signedIn(context);
  return inUnitOfWork(context, async (em) => {
    const plan = await getReadablePlan(em, context.ability, input.planId, { lockForUpdate: true });
    assertCan(context.ability, 'update', plan, 'DurablePlan');
    assertOpen(plan);
    if (await em.count(SolutionReferral, { plan: plan.id, status: { $in: ACTIVE } }))
      throw conflict('error.durableSolutions.referralActive', 'The plan already has an active referral');
    const survivor = await em.findOneOrFail(Survivor, { id: plan.survivor.id });
    const holding = await em.findOneOrFail(Agency, { id: plan.holdingAgency.id });
    const problems: Record<string, string> = {};
    const add = (path: string, key: string) => (problems[`input.${path}`] ??= `error.durableSolutions.${key}`);

    const recipient = UUID.test(input.recipientAgencyId)
      ? await em.findOne(Agency, { id: input.recipientAgencyId, active: true })
      : null;
    if (!recipient) add('recipientAgencyId', 'recipientUnknown');
    else if (recipient.id === holding.id) add('recipientAgencyId', 'recipientIsHolder');
    const mechanism = UUID.test(input.mechanismId)
      ? await em.findOne(Mechanism, { id: input.mechanismId, active: true })
      : null;
    if (!mechanism) add('mechanismId', 'mechanismUnknown');
    else if (recipient) {
      const members = await em
        .getConnection()
        .execute<{ agency_id: string }[]>(
          'select agency_id from mechanism_member_agency where mechanism_id = ? and agency_id in (?, ?)',
          [mechanism.id, holding.id, recipient.id],
          'all',
          em.getTransactionContext(),
        );
      if (members.length < 2) add('mechanismId', 'notBothMembers');
    }
    if (input.purposes.length === 0) add('purposes', 'purposesRequired');
    const fields = [...new Set(input.sharedFields)];
    if (fields.length === 0) add('sharedFields', 'fieldsRequired');
    if (fields.some((field) => !isPersonalField(field))) add('sharedFields', 'fieldUnknown');
    const entrusted = [...new Set(input.entrustedCriteria ?? REINTEGRATION_CRITERIA)];

    let destination = SolutionDestination.SAME_COUNTRY;
    if (recipient && recipient.country.unwrap().code !== holding.country.unwrap().code)
      destination =
        plan.solution === DurableSolution.RESETTLEMENT
          ? SolutionDestination.THIRD_COUNTRY
          : SolutionDestination.COUNTRY_OF_ORIGIN;
    if (
      recipient &&
      (plan.solution === DurableSolution.LOCAL_INTEGRATION) !== (destination === SolutionDestination.SAME_COUNTRY)
    )
      add('recipientAgencyId', 'destinationMismatch');

    const riskDetails = input.riskDetails?.trim() || null;
    if (riskDetails && riskDetails.length > 1000) add('riskDetails', 'tooLongText');
    const awaitsSupervisor = checkReturnRisk(plan.solution, input, riskDetails, add);
    const bestInterests = isChild(survivor) ? checkBestInterests(plan.solution, input.bestInterests, add) : null;
    if (Object.keys(problems).length > 0) throw badInput(problems);

    const target = { id: recipient!.id, kind: recipient!.kind, countryCode: recipient!.country.unwrap().code };
    if (!(await sharingCovered(em, survivor.id, target, input.purposes, fields)))
      throw badInput({ 'input.recipientAgencyId': 'error.durableSolutions.consentNotCovering' });

    const referral = em.create(SolutionReferral, {
      plan,
      survivor,
      holdingAgency: holding,
      recipientAgency: recipient!,
      mechanism: mechanism!,
      destination,
      purposes: [...new Set(input.purposes)],
      sharedFields: fields,
      returnRisk: plan.solution === DurableSolution.VOLUNTARY_RETURN ? input.returnRisk! : null,
      riskDetails,
      entrustedCriteria: entrusted,
      sentBy: em.getReference(User, actor.id),
      status: awaitsSupervisor ? SolutionReferralStatus.AWAITING_CONFIRMATION : SolutionReferralStatus.SENT,
      informedWish: awaitsSupervisor,
      ...bestInterests,
    });
    await em.flush();
    if (awaitsSupervisor) await tell(em, context, holding.id, survivor.code, 'awaiting confirmation', SUPERVISOR);
    else await tell(em, context, recipient!.id, survivor.code, 'sent');
    await audit(context, em, referral, 'durable-referral.send', {
      recipientAgencyId: recipient!.id,
      destination,
      purposes: referral.purposes,
      sharedFields: fields,
      returnRisk: referral.returnRisk,
      awaitsSupervisor,
      bestInterests: !!bestInterests,
    });
    return referral;
  });
}

/**
 * The holding agency's protection supervisor confirms a return referral the sender could send only with the
 * person's informed wish (place of return assessed not safe): consent is asked again, then it goes to the
 * recipient as if sent now. Or the supervisor stops it with a reason (the referral is closed).
 */
export async function confirmSolutionReferral(context: RequestContext, input: SolutionReferralConfirmationInput) {
  const actor = signedIn(context);
  return inUnitOfWork(context, async (em) => {
    const referral = await getReadableReferral(em, context, input.referralId);
    assertCan(context.ability, 'confirm', referral, 'SolutionReferral');
    if (referral.status !== SolutionReferralStatus.AWAITING_CONFIRMATION)
      throw conflict('error.durableSolutions.notAwaitingConfirmation', 'Not waiting for a confirmation');
    const reason = input.reason?.trim() ?? '';
    if (!input.confirm && (reason.length < 10 || reason.length > 1000))
      throw badInput({ 'input.reason': 'error.durableSolutions.reasonRequired' });
    const survivor = await em.findOneOrFail(Survivor, { id: referral.survivor.id }, { fields: ['code'] });
    if (input.confirm) {
      assertOpen(await em.findOneOrFail(DurablePlan, { id: referral.plan.id }));
      const recipient = await em.findOneOrFail(Agency, { id: referral.recipientAgency.id });
      const target = { id: recipient.id, kind: recipient.kind, countryCode: recipient.country.unwrap().code };
      if (!(await sharingCovered(em, referral.survivor.id, target, referral.purposes, referral.sharedFields)))
        throw badInput({ 'input.referralId': 'error.durableSolutions.consentNotCovering' });
      referral.status = SolutionReferralStatus.SENT;
      referral.sentAt = new Date();
    } else {
      referral.status = SolutionReferralStatus.CLOSED;
      referral.closedAt = new Date();
      referral.declineReason = reason;
    }
    referral.confirmedBy = em.getReference(User, actor.id, { wrapped: true });
    referral.confirmedAt = new Date();
    await em.flush();
    if (input.confirm) await tell(em, context, referral.recipientAgency.id, survivor.code, 'sent');
    await tell(em, context, referral.holdingAgency.id, survivor.code, input.confirm ? 'confirmed' : 'stopped');
    await audit(context, em, referral, input.confirm ? 'durable-referral.confirm' : 'durable-referral.stop', {});
    return referral;
  });
}

/**
 * The recipient's case worker accepts (its agency becomes the plan's co-owner for reintegration, assessing the
 * criteria entrusted to it) or declines with a reason.
 */
export async function respondToSolutionReferral(context: RequestContext, input: SolutionReferralResponseInput) {
  const actor = signedIn(context);
  return inUnitOfWork(context, async (em) => {
    const referral = await getReadableReferral(em, context, input.referralId);
    assertCan(context.ability, 'respond', referral, 'SolutionReferral');
    if (referral.status !== SolutionReferralStatus.SENT)
      throw conflict('error.durableSolutions.notAwaitingResponse', 'Already answered');
    const reason = input.reason?.trim() ?? '';
    if (!input.accept && (reason.length < 10 || reason.length > 1000))
      throw badInput({ 'input.reason': 'error.durableSolutions.declineReasonRequired' });
    referral.respondedAt = new Date();
    referral.respondedBy = em.getReference(User, actor.id, { wrapped: true });
    if (!input.accept) {
      referral.status = SolutionReferralStatus.DECLINED;
      referral.declineReason = reason;
    } else {
      const plan = await em.findOneOrFail(DurablePlan, { id: referral.plan.id });
      assertOpen(plan);
      referral.status = SolutionReferralStatus.ACCEPTED;
      plan.partnerAgency = referral.recipientAgency;
      plan.partnerCaseWorker = em.getReference(User, actor.id, { wrapped: true });
      const entrusted = referral.entrustedCriteria;
      for (const entry of await em.find(PlanCriterion, { plan: plan.id, criterion: { $in: entrusted } }))
        entry.entryAgency = referral.recipientAgency;
    }
    await em.flush();
    const code = await survivorCodeForRecipient(context, referral.survivor.id);
    await tell(em, context, referral.holdingAgency.id, code, input.accept ? 'accepted' : 'declined');
    await audit(context, em, referral, input.accept ? 'durable-referral.accept' : 'durable-referral.decline', {});
    return referral;
  });
}

/**
 * The plan's owner records the hand-over once the person has returned or arrived: the lead may pass to the
 * recipient, and the follow-up visits are scheduled (3, 6 and 12 months after arrival).
 */
export async function recordHandOver(context: RequestContext, input: HandOverInput) {
  signedIn(context);
  return inUnitOfWork(context, async (em) => {
    const referral = await getReadableReferral(em, context, input.referralId);
    assertCan(context.ability, 'handOver', referral, 'SolutionReferral');
    const plan = await em.findOneOrFail(DurablePlan, { id: referral.plan.id });
    assertCan(context.ability, 'update', plan, 'DurablePlan');
    assertOpen(plan);
    if (referral.status !== SolutionReferralStatus.ACCEPTED)
      throw conflict('error.durableSolutions.notAccepted', 'The referral is not accepted');
    if (input.arrivedOn > latestToday() || input.arrivedOn < '2000-01-01')
      throw badInput({ 'input.arrivedOn': 'error.durableSolutions.inTheFuture' });
    referral.status = SolutionReferralStatus.HANDED_OVER;
    referral.handedOverOn = input.arrivedOn;
    plan.handedOverAt = new Date();
    if (input.leadToRecipient) plan.leadAgency = referral.recipientAgency;
    await scheduleFollowUps(em, plan, referral, input.arrivedOn);
    await em.flush();
    await audit(context, em, referral, 'durable-referral.hand-over', { leadToRecipient: input.leadToRecipient });
    return referral;
  });
}

/** Either side's case worker closes a referral (a declined or finished one, or one abandoned). */
export async function closeSolutionReferral(context: RequestContext, referralId: string) {
  signedIn(context);
  return inUnitOfWork(context, async (em) => {
    const referral = await getReadableReferral(em, context, referralId);
    assertCan(context.ability, 'close', referral, 'SolutionReferral');
    if (referral.status === SolutionReferralStatus.CLOSED)
      throw conflict('error.durableSolutions.alreadyClosed', 'Already closed');
    referral.status = SolutionReferralStatus.CLOSED;
    referral.closedAt = new Date();
    await em.flush();
    await audit(context, em, referral, 'durable-referral.close', {});
    return referral;
  });
}

/** Referrals of a plan (newest first), or the ones an agency received. */
export async function referralsWhere(context: RequestContext, where: object) {
  const filter = permittedFilter(context.em, context.ability, 'read', SolutionReferral, where);
  return filter ? context.em.find(SolutionReferral, filter, { orderBy: { sentAt: 'desc' }, limit: 100 }) : [];
}

/** What the caller may do with the referral in its present state (the screens offer exactly these). */
export async function referralActions(context: RequestContext, referral: SolutionReferral): Promise<string[]> {
  const { ability } = context;
  const S = SolutionReferralStatus;
  const actions: string[] = [];
  if (referral.status === S.SENT && ability.can('respond', referral)) actions.push('respond');
  if (referral.status === S.AWAITING_CONFIRMATION && ability.can('confirm', referral)) actions.push('confirm');
  if (referral.status === S.ACCEPTED && ability.can('handOver', referral)) {
    const plan = await context.em.findOne(DurablePlan, { id: referral.plan.id });
    if (plan?.status === DurablePlanStatus.OPEN && ability.can('update', plan)) actions.push('handOver');
  }
  if (referral.status !== S.CLOSED && ability.can('close', referral)) actions.push('close');
  return actions;
}

/** Whether the recipient may read the shared fields now (consent in force for all of them). */
export async function recipientMayRead(context: RequestContext, referral: SolutionReferral): Promise<boolean> {
  if (context.actor?.agencyId !== referral.recipientAgency.id) return false;
  if (
    referral.status === SolutionReferralStatus.DECLINED ||
    referral.status === SolutionReferralStatus.CLOSED ||
    referral.status === SolutionReferralStatus.AWAITING_CONFIRMATION
  )
    return false;
  const recipient = await context.em.findOneOrFail(Agency, { id: referral.recipientAgency.id });
  return sharingCovered(
    context.em,
    referral.survivor.id,
    { id: recipient.id, kind: recipient.kind, countryCode: recipient.country.unwrap().code },
    referral.purposes,
    referral.sharedFields,
  );
}

/** Mails an agency's case workers (or supervisors) from the job queue, after commit; the mail names the code only. */
async function tell(
  em: EntityManager,
  context: RequestContext,
  agencyId: string,
  code: string,
  what: string,
  role: Role = Role.CASE_WORKER,
) {
  const people = await em.find(User, { agency: agencyId, active: true });
  for (const user of people.filter((person) => person.roles.includes(role)))
    await enqueueMail(em, {
      to: user.email,
      subject: `Enlace: durable-solution referral ${what} / referencia de solución duradera (${code})`,
      text:
        `Referencia de solución duradera del caso ${code}: ${what}.\n\n` +
        `Durable-solution referral of case ${code}: ${what}.\n\n${context.config.publicUrl.href}`,
    });
}

async function audit(
  context: RequestContext,
  em: EntityManager,
  referral: SolutionReferral,
  action: string,
  details: Record<string, unknown>,
) {
  await context.audit.record(em, {
    action,
    entityType: 'SolutionReferral',
    entityId: referral.id,
    ownerAgencyId: referral.holdingAgency.id,
    details: { planId: referral.plan.id, status: referral.status, ...details },
  });
}

/**
 * The survivor's pseudonymous code, for the receiving organisation's reply. Row-level security shows the
 * survivor row to its holding agency only, and the recipient's transaction names the recipient; the code is what
 * the recipient already sees on the referral, so it is read on a connection of its own, outside that transaction.
 */
async function survivorCodeForRecipient(context: RequestContext, survivorId: string): Promise<string> {
  const [row] = await context.em
    .getConnection()
    .execute<{ code: string }[]>('select code from survivor where id = ?', [survivorId]);
  if (!row) throw new Error('the referral names a survivor that does not exist');
  return row.code;
}
