import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan, assertCanCreate } from '../../platform/authz/forbidden';
import type { RequestContext } from '../../platform/context';
import { badInput, conflict } from '../../platform/graphql/errors';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Country } from '../identity';
import { authorshipOf } from './referral-author';
import { validateDraft } from './referral-draft.validation';
import { deadlinesFor } from './referral-deadline.service';
import { publishReferralEvent } from './referral-events';
import { onceForKey } from './referral-idempotency';
import { checkParties, countryOf, type ReferralParties } from './referral-parties';
import { ReferralPerson } from './referral-person.entity';
import { nextReference, yearIn } from './referral-reference';
import { ReferralTransition } from './referral-transition.entity';
import { getReadableReferral } from './referral.access';
import { Referral } from './referral.entity';
import type { ReferralOutcome } from './referral.enums';
import type { ReferralDraftInput, ReferralPersonInput } from './referral.inputs';
import { ReferralAction, RUNNING_DEADLINE, transitionRuleOf } from './referral.lifecycle';

/** A step a liaison officer takes on a referral, with what the step needs. */
export interface ReferralStep {
  referralId: string;
  action: ReferralAction;
  comment?: string | null;
  reason?: string | null;
  outcome?: ReferralOutcome | null;
  idempotencyKey?: string | null;
}

/** The sender's liaison officer starts a referral as a draft of their own agency; nothing is sent yet. */
export async function createReferralDraft(
  context: RequestContext,
  input: ReferralDraftInput,
  idempotencyKey?: string | null,
): Promise<Referral> {
  const { actor, userId, apiTokenId } = authorshipOf(context);
  validateDraft(input);
  return onceForKey(context, actor.id, idempotencyKey, 'create', async (em) => {
    const parties = await checkParties(em, { ...input, sendingAgencyId: actor.agencyId });
    const referral = new Referral();
    writeDraft(em, referral, input, parties);
    referral.createdBy = userId ? (em.getReference('User', userId, { wrapped: true }) as Referral['createdBy']) : null;
    referral.createdByApiToken = apiTokenId
      ? (em.getReference('ApiToken', apiTokenId, { wrapped: true }) as Referral['createdByApiToken'])
      : null;
    assertCanCreate(context.ability, referral);
    em.persist(referral);
    writePersons(em, referral, input.persons ?? []);
    await em.flush();
    await recordChange(context, em, referral, 'referral.create');
    return referral;
  });
}

/** The sender edits a draft; persons are replaced by the list given. Sent referrals are not edited. */
export async function updateReferralDraft(
  context: RequestContext,
  referralId: string,
  input: ReferralDraftInput,
): Promise<Referral> {
  const { actor } = authorshipOf(context);
  return inUnitOfWork(context, async (em) => {
    const referral = await getReadableReferral(em, context.ability, referralId, { lockForUpdate: true });
    assertCan(context.ability, 'update', referral, 'Referral');
    if (referral.status !== 'DRAFT') throw conflict('error.referral.notDraft', 'Only a draft can be edited');
    validateDraft(input);
    const parties = await checkParties(em, { ...input, sendingAgencyId: actor.agencyId });
    writeDraft(em, referral, input, parties);
    await em.nativeDelete(ReferralPerson, { referral: referral.id });
    writePersons(em, referral, input.persons ?? []);
    await em.flush();
    await recordChange(context, em, referral, 'referral.update');
    return referral;
  });
}

/**
 * Moves a referral one step along its lifecycle (referral.lifecycle.ts): the right side's liaison officer,
 * from a status the step starts from, with a reason or outcome where the step needs one. The row is locked
 * for the transaction, the step is kept in the history, audited, and announced to event listeners.
 */
export async function transitionReferral(context: RequestContext, step: ReferralStep): Promise<Referral> {
  const { actor, userId, apiTokenId } = authorshipOf(context);
  const rule = transitionRuleOf(step.action);
  if (rule.requires === 'reason' && !step.reason?.trim()) throw badInput({ reason: 'error.referral.reasonRequired' });
  if (rule.requires === 'outcome' && !step.outcome) throw badInput({ outcome: 'error.referral.outcomeRequired' });
  const operation = `${step.action}:${step.referralId}`;
  return onceForKey(context, actor.id, step.idempotencyKey, operation, async (em) => {
    const referral = await getReadableReferral(em, context.ability, step.referralId, { lockForUpdate: true });
    assertCan(context.ability, step.action, referral, 'Referral');
    const from = referral.status;
    if (!rule.from.includes(from)) {
      throw conflict('error.referral.illegalTransition', `A ${from} referral cannot take the step "${step.action}"`);
    }
    const now = new Date();
    if (step.action === ReferralAction.SEND) await prepareSending(em, referral, now);
    referral.status = rule.to;
    const running = RUNNING_DEADLINE[rule.to];
    referral.dueAt = running ? referral[running] : null;
    if (rule.requires === 'reason') referral.statusReason = step.reason!.trim();
    if (rule.requires === 'outcome') referral.outcome = step.outcome;
    // The first time only: the figures measure how long the first acknowledgement (and the answer) took.
    if (rule.stamps) referral[rule.stamps] ??= now;
    em.create(ReferralTransition, {
      referral,
      action: step.action,
      fromStatus: from,
      toStatus: rule.to,
      byUser: userId,
      byApiToken: apiTokenId,
      byAgency: actor.agencyId,
      at: now,
      comment: step.comment?.trim() || null,
      reason: rule.requires === 'reason' ? step.reason!.trim() : null,
      outcome: step.outcome ?? null,
    });
    await em.flush();
    await recordChange(context, em, referral, `referral.${step.action}`, { from, to: rule.to });
    return referral;
  });
}

/** Sending checks the parties again (memberships change), numbers the referral and starts its clocks. */
async function prepareSending(em: EntityManager, referral: Referral, now: Date) {
  const parties = await checkParties(em, {
    sendingAgencyId: referral.sendingAgency.id,
    receivingAgencyId: referral.receivingAgency.id,
    mechanismId: referral.mechanism.id,
    crossingPointId: referral.crossingPoint?.id,
  });
  const sendingCountry = await em.findOneOrFail(Country, { code: countryOf(parties.sendingAgency) });
  referral.reference = await nextReference(em, {
    sendingCountryCode: sendingCountry.code,
    receivingCountryCode: countryOf(parties.receivingAgency),
    year: yearIn(sendingCountry.timeZone, now),
  });
  referral.sentAt = now;
  Object.assign(referral, await deadlinesFor(em, referral.mechanism.id, referral.urgency, now));
}

function writeDraft(em: EntityManager, referral: Referral, input: ReferralDraftInput, parties: ReferralParties) {
  em.assign(referral, {
    sendingAgency: parties.sendingAgency,
    receivingAgency: parties.receivingAgency,
    sendingCountry: countryOf(parties.sendingAgency),
    receivingCountry: countryOf(parties.receivingAgency),
    mechanism: parties.mechanism,
    crossingPoint: parties.crossingPoint,
    category: input.category,
    urgency: input.urgency,
    title: input.title.trim(),
    narrative: input.narrative.trim(),
    incidentDate: input.incidentDate ?? null,
    placeDescription: input.placeDescription?.trim() || null,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    handlingCode: input.handlingCode,
    sourceReliability: input.sourceReliability,
    informationAccuracy: input.informationAccuracy,
  });
}

function writePersons(em: EntityManager, referral: Referral, persons: ReferralPersonInput[]) {
  // The whole list is written each time (an edit deletes the old one first): its length is the count.
  referral.personCount = persons.length;
  for (const person of persons) {
    em.create(ReferralPerson, {
      referral,
      sendingAgency: referral.sendingAgency,
      receivingAgency: referral.receivingAgency,
      forwardedToAgencyIds: [...referral.forwardedToAgencyIds],
      role: person.role,
      givenNames: person.givenNames?.trim() || null,
      familyNames: person.familyNames?.trim() || null,
      aliases: person.aliases ?? [],
      sex: person.sex ?? null,
      dateOfBirth: person.dateOfBirth ?? null,
      estimatedAge: person.estimatedAge ?? null,
      nationality: person.nationality ?? null,
      identityDocuments: (person.identityDocuments ?? []).map((document) => ({ ...document })),
      phones: person.phones ?? [],
      vehicles: (person.vehicles ?? []).map((vehicle) => ({ ...vehicle })),
    });
  }
}

/** Audit and event listeners, in the change's transaction. Details carry statuses, never personal data. */
async function recordChange(
  context: RequestContext,
  em: EntityManager,
  referral: Referral,
  action: string,
  change: { from?: Referral['status']; to?: Referral['status'] } = {},
) {
  const sendingAgencyId = referral.sendingAgency.id;
  await context.audit.record(em, {
    action,
    entityType: 'Referral',
    entityId: referral.id,
    ownerAgencyId: sendingAgencyId,
    details: { ...change, reference: referral.reference ?? null },
  });
  await publishReferralEvent(
    context,
    em,
    {
      type: action,
      referralId: referral.id,
      sendingAgencyId,
      receivingAgencyId: referral.receivingAgency.id,
      byUserId: context.actor!.kind === 'user' ? context.actor!.id : null,
      byApiTokenId: context.actor!.kind === 'api-token' ? context.actor!.id : null,
      ...change,
    },
    referral,
  );
}
