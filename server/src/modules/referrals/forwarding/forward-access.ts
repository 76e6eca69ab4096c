import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context';
import { notFound } from '../../../platform/graphql/errors';
import { findReadableReferral } from '../referral.access';
import type { Referral } from '../referral.entity';

/**
 * The referral as one of the agencies working on it sees it: the two parties, or an agency it was forwarded
 * to (ACTIVE forward). All of them are in the referral rules (referral.policy.ts, `asForwardRecipient`), so
 * this is the ordinary permitted lookup; null when the caller is none of them (indistinguishable from missing).
 */
export function findParticipatingReferral(
  em: EntityManager,
  context: RequestContext,
  referralId: string,
): Promise<Referral | null> {
  return findReadableReferral(em, context.ability, referralId);
}

export async function getParticipatingReferral(em: EntityManager, context: RequestContext, referralId: string) {
  const referral = await findParticipatingReferral(em, context, referralId);
  if (!referral) throw notFound('Referral');
  return referral;
}

/** Whether the actor's agency is one of the referral's two parties (not merely a forward recipient). */
export function isPartyTo(context: RequestContext, referral: Referral): boolean {
  const agencyId = context.actor?.agencyId;
  return referral.sendingAgency.id === agencyId || referral.receivingAgency.id === agencyId;
}
