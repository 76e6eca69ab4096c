import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context';
import { notFound } from '../../../platform/graphql/errors';
import { Role } from '../../../platform/authz/roles';
import { findReadableReferral } from '../referral.access';
import { type Referral } from '../referral.entity';
import { PERSONAL_FIELDS, REFERRAL_READER_ROLES } from '../referral.policy';
import { ReferralForward, ReferralForwardStatus } from './referral-forward.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Lets this request's ability read a referral that was forwarded to the actor's agency (and, for liaison
 * officers, its persons' personal data), exactly like the two parties read it. Called only after SQL has
 * shown an ACTIVE forward to the actor's agency; the grant names the referral's id, so it widens nothing
 * else and ends with the request. The field guard then applies the same rules as everywhere.
 * Why here and not in referral.policy.ts: rules are built from the actor alone and the CASL->SQL translator
 * allows no collections, so "is one of the referral's forward recipients" cannot be a static rule.
 */
export function grantForwardedReferral(context: RequestContext, referralId: string): void {
  const actor = context.actor;
  if (!actor || !actor.roles.some((role) => REFERRAL_READER_ROLES.includes(role))) return;
  const rules = [
    ...context.ability.rules,
    { action: 'read', subject: 'Referral', conditions: { id: referralId } },
    { action: 'read', subject: 'ReferralPerson', conditions: { 'referral.id': referralId } },
  ];
  if (actor.roles.includes(Role.LIAISON_OFFICER)) {
    rules.push({
      action: 'read',
      subject: 'ReferralPerson',
      fields: PERSONAL_FIELDS,
      conditions: { 'referral.id': referralId },
    } as never);
  }
  context.ability.update(rules as never);
}

/** Whether the actor's agency holds an ACTIVE forward of the referral. */
export async function isForwardRecipient(em: EntityManager, context: RequestContext, referralId: string) {
  if (!context.actor || !UUID.test(referralId)) return false;
  const count = await em.count(ReferralForward, {
    referral: referralId,
    recipientAgency: context.actor.agencyId,
    status: ReferralForwardStatus.ACTIVE,
  });
  return count > 0;
}

/**
 * The referral as one of the agencies working on it sees it: the two parties through the referral rules,
 * a forward recipient through its ACTIVE forward. null when neither (indistinguishable from missing).
 */
export async function findParticipatingReferral(
  em: EntityManager,
  context: RequestContext,
  referralId: string,
): Promise<Referral | null> {
  const readable = await findReadableReferral(em, context.ability, referralId);
  if (readable) return readable;
  if (!(await isForwardRecipient(em, context, referralId))) return null;
  grantForwardedReferral(context, referralId);
  return findReadableReferral(em, context.ability, referralId);
}

export async function getParticipatingReferral(em: EntityManager, context: RequestContext, referralId: string) {
  const referral = await findParticipatingReferral(em, context, referralId);
  if (!referral) throw notFound('Referral');
  return referral;
}
