import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan } from '../../../platform/authz/forbidden';
import type { RequestContext } from '../../../platform/context';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../../platform/graphql/errors';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { Role } from '../../../platform/authz/roles';
import { Agency } from '../../identity';
import { NotificationKind, NotificationSubject, notifyAgency } from '../../notifications';
import { announceReferralActivity } from '../live/referral-live-event';
import { findReadableReferral, getReadableReferral } from '../referral.access';
import type { Referral } from '../referral.entity';
import { ReferralPerson } from '../referral-person.entity';
import { HandlingCode } from '../referral.enums';
import { FORWARDABLE_STATUSES } from './forwarding.policy';
import { ReferralForward, ReferralForwardStatus } from './referral-forward.entity';

export interface ForwardRequest {
  referralId: string;
  recipientAgencyId: string;
  comment?: string | null;
}

function userOf(context: RequestContext) {
  if (!context.actor) throw unauthenticated();
  if (context.actor.kind !== 'user') throw forbidden();
  return context.actor;
}

/**
 * The receiving agency passes a referral on, as its handling code allows:
 * H1 never; H2 at once, to another active agency of the receiving country; H3 to any other active agency,
 * but only as a request the sending agency approves or refuses.
 */
export async function forwardReferral(context: RequestContext, request: ForwardRequest): Promise<ReferralForward> {
  const actor = userOf(context);
  return inUnitOfWork(context, async (em) => {
    const referral = await getReadableReferral(em, context.ability, request.referralId, { lockForUpdate: true });
    assertCan(context.ability, 'forward', referral, 'Referral');
    if (!FORWARDABLE_STATUSES.includes(referral.status)) {
      throw conflict('error.referral.forward.notNow', `A ${referral.status} referral cannot be forwarded`);
    }
    if (referral.handlingCode === HandlingCode.H1) {
      throw forbidden('error.referral.forward.notAllowedByHandlingCode', 'H1: for the receiving agency only');
    }
    const recipient = await recipientFor(em, referral, request.recipientAgencyId);
    const open = await em.count(ReferralForward, {
      referral: referral.id,
      recipientAgency: recipient.id,
      status: { $ne: ReferralForwardStatus.REFUSED },
    });
    if (open > 0) throw conflict('error.referral.forward.duplicate', 'Already forwarded to that agency');
    const needsApproval = referral.handlingCode === HandlingCode.H3;
    const forward = em.create(ReferralForward, {
      referral,
      recipientAgency: recipient,
      status: needsApproval ? ReferralForwardStatus.REQUESTED : ReferralForwardStatus.ACTIVE,
      comment: request.comment?.trim() || null,
      requestedBy: actor.id,
      requestedAt: new Date(),
    });
    if (!needsApproval) await shareWithRecipient(em, referral, recipient.id);
    await em.flush();
    await record(context, em, referral, forward, needsApproval ? 'referral.forward.request' : 'referral.forward');
    // An H3 request waits for the sending agency's liaison officers: it is theirs to decide.
    if (needsApproval) {
      await notifyAgency(
        em,
        {
          kind: NotificationKind.FORWARD_REQUESTED,
          subjectType: NotificationSubject.REFERRAL,
          subjectId: referral.id,
          reference: referral.reference ?? null,
        },
        { agencyId: referral.sendingAgency.id, roles: [Role.LIAISON_OFFICER] },
      );
    }
    return forward;
  });
}

/** The recipient: an existing active agency other than the two parties; for H2, in the receiving country. */
async function recipientFor(em: EntityManager, referral: Referral, recipientAgencyId: string): Promise<Agency> {
  const invalid = () => badInput({ recipientAgencyId: 'error.referral.forward.recipientInvalid' });
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(recipientAgencyId);
  const recipient = isUuid ? await em.findOne(Agency, { id: recipientAgencyId, active: true }) : null;
  if (!recipient) throw invalid();
  if (recipient.id === referral.sendingAgency.id || recipient.id === referral.receivingAgency.id) throw invalid();
  if (
    referral.handlingCode === HandlingCode.H2 &&
    recipient.country.unwrap().code !== referral.receivingCountry.unwrap().code
  ) {
    throw badInput({ recipientAgencyId: 'error.referral.forward.outsideReceivingCountry' });
  }
  return recipient;
}

/** The sending agency's answer to an H3 request; a refusal needs a reason. */
export async function decideReferralForward(
  context: RequestContext,
  decision: { forwardId: string; approve: boolean; reason?: string | null },
): Promise<ReferralForward> {
  const actor = userOf(context);
  if (!decision.approve && !decision.reason?.trim())
    throw badInput({ reason: 'error.referral.forward.reasonRequired' });
  return inUnitOfWork(context, async (em) => {
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(decision.forwardId);
    const forward = isUuid ? await em.findOne(ReferralForward, { id: decision.forwardId }) : null;
    const referral = forward
      ? await findReadableReferral(em, context.ability, forward.referral.id, { lockForUpdate: true })
      : null;
    // Only the sending agency decides: to anyone else a forward answers exactly as an id that does not exist,
    // so nobody learns which forwards exist elsewhere.
    if (!forward || !referral || !context.ability.can('decideForward', referral)) throw notFound('ReferralForward');
    if (forward.status !== ReferralForwardStatus.REQUESTED) {
      throw conflict('error.referral.forward.alreadyDecided', 'This forward was already decided');
    }
    forward.status = decision.approve ? ReferralForwardStatus.ACTIVE : ReferralForwardStatus.REFUSED;
    forward.decidedBy = em.getReference('User', actor.id, { wrapped: true }) as ReferralForward['decidedBy'];
    forward.decidedAt = new Date();
    forward.refusalReason = decision.approve ? null : decision.reason!.trim();
    if (decision.approve) await shareWithRecipient(em, referral, forward.recipientAgency.id);
    await em.flush();
    await record(
      context,
      em,
      referral,
      forward,
      decision.approve ? 'referral.forward.approve' : 'referral.forward.refuse',
    );
    return forward;
  });
}

/**
 * An ACTIVE forward opens the referral to the recipient: its agency joins `forwardedToAgencyIds` on the
 * referral and its persons, in the forward's transaction, which is what the read rules match in SQL.
 */
async function shareWithRecipient(em: EntityManager, referral: Referral, recipientAgencyId: string) {
  if (referral.forwardedToAgencyIds.includes(recipientAgencyId)) return;
  referral.forwardedToAgencyIds = [...referral.forwardedToAgencyIds, recipientAgencyId];
  await em.nativeUpdate(
    ReferralPerson,
    { referral: referral.id },
    { forwardedToAgencyIds: referral.forwardedToAgencyIds },
  );
}

async function record(
  context: RequestContext,
  em: EntityManager,
  referral: Referral,
  forward: ReferralForward,
  action: string,
) {
  await context.audit.record(em, {
    action,
    entityType: 'Referral',
    entityId: referral.id,
    ownerAgencyId: referral.sendingAgency.id,
    details: { forwardId: forward.id, recipientAgencyId: forward.recipientAgency.id, status: forward.status },
  });
  await announceReferralActivity(em, {
    type: action,
    referralId: referral.id,
    sendingAgencyId: referral.sendingAgency.id,
    receivingAgencyId: referral.receivingAgency.id,
  });
}
