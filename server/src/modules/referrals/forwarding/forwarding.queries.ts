import type { RequestContext } from '../../../platform/context';
import type { Referral } from '../referral.entity';
import { findReadableReferral } from '../referral.access';
import { getParticipatingReferral, isPartyTo } from './forward-access';
import { ReferralForward, ReferralForwardStatus } from './referral-forward.entity';

/** The forwards of a referral: all of them for its two parties, only its own for a recipient agency. */
export async function forwardsOf(context: RequestContext, referralId: string): Promise<ReferralForward[]> {
  const referral = await getParticipatingReferral(context.em, context, referralId);
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

/** The referral of a forward, when the caller may read it (a party, or the recipient of an ACTIVE forward). */
export function referralOfForward(context: RequestContext, forward: ReferralForward): Promise<Referral | null> {
  return findReadableReferral(context.em, context.ability, forward.referral.id);
}
