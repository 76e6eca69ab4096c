import type { RequestContext } from '../../../platform/context';
import type { Referral } from '../referral.entity';
import { findReadableReferral, getReferralOnce, readableInBox } from '../referral.access';
import { ReferralBox } from '../referral-inbox.types';
import { isPartyTo } from './forward-access';
import { ReferralForward, ReferralForwardStatus } from './referral-forward.entity';

/** The forwards of a referral: all of them for its two parties, only its own for a recipient agency. */
export async function forwardsOf(context: RequestContext, referralId: string): Promise<ReferralForward[]> {
  const referral = await getReferralOnce(context, referralId);
  return context.em.find(
    ReferralForward,
    isPartyTo(context, referral)
      ? { referral: referral.id }
      : { referral: referral.id, recipientAgency: context.actor!.agencyId },
    { orderBy: { requestedAt: 'asc', id: 'asc' } },
  );
}

/** Referrals passed on to the caller's agency (ACTIVE forwards), most recent first. */
export async function forwardedToMyAgency(context: RequestContext, first: number): Promise<ReferralForward[]> {
  if (!context.actor) return [];
  return context.em.find(
    ReferralForward,
    { recipientAgency: context.actor.agencyId, status: ReferralForwardStatus.ACTIVE },
    {
      orderBy: { decidedAt: 'desc', requestedAt: 'desc' },
      limit: Math.min(Math.max(first, 1), 100),
      populate: ['referral'],
    },
  );
}

/**
 * H3 forward requests waiting for the caller's agency, as the sender of the referral, to approve or refuse;
 * oldest first. Only referrals the caller may read in its outbox (the condition is in the SQL).
 */
export async function forwardRequestsToDecide(context: RequestContext, first: number): Promise<ReferralForward[]> {
  const agencyId = context.actor?.agencyId;
  const readable = agencyId ? readableInBox(context.em, context.ability, ReferralBox.OUTBOX, agencyId) : null;
  if (!agencyId || !readable) return [];
  return context.em.find(
    ReferralForward,
    { status: ReferralForwardStatus.REQUESTED, referral: { $and: [{ sendingAgency: agencyId }, readable] } },
    { orderBy: { requestedAt: 'asc', id: 'asc' }, limit: Math.min(Math.max(first, 1), 100) },
  );
}

/** The referral of a forward, when the caller may read it (a party, or the recipient of an ACTIVE forward). */
export function referralOfForward(context: RequestContext, forward: ReferralForward): Promise<Referral | null> {
  return findReadableReferral(context.em, context.ability, forward.referral.id);
}
