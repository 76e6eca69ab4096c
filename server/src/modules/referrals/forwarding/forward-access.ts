import type { RequestContext } from '../../../platform/context';
import type { Referral } from '../referral.entity';

// Who may read a referral at all — its two parties, and agencies it was forwarded to (ACTIVE forward) — is in
// the referral rules (referral.policy.ts, `asForwardRecipient`): lookups use findReadableReferral /
// getReadableReferral (referral.access.ts).

/** Whether the actor's agency is one of the referral's two parties (not merely a forward recipient). */
export function isPartyTo(context: RequestContext, referral: Referral): boolean {
  const agencyId = context.actor?.agencyId;
  return referral.sendingAgency.id === agencyId || referral.receivingAgency.id === agencyId;
}
