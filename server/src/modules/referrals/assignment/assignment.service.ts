import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan } from '../../../platform/authz/forbidden';
import { Role } from '../../../platform/authz/roles';
import type { RequestContext } from '../../../platform/context';
import { badInput, conflict } from '../../../platform/graphql/errors';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { User } from '../../identity';
import { publishReferralEvent } from '../referral-events';
import { getReadableReferral, getReferralOnce } from '../referral.access';
import type { Referral } from '../referral.entity';
import { ReferralStatus } from '../referral.enums';
import type { ReferralAssignee } from './assignment.types';
import { isUuid } from '../../../platform/ids';

/** While a referral is being handled by the receiving agency; never a draft, never once it is over. */
export const ASSIGNABLE_STATUSES: readonly ReferralStatus[] = [
  ReferralStatus.SENT,
  ReferralStatus.ACKNOWLEDGED,
  ReferralStatus.ACCEPTED,
  ReferralStatus.IN_PROGRESS,
];

/** Active liaison officers of an agency, by name: who may be put in charge of its received referrals. */
export async function liaisonOfficersOf(em: EntityManager, agencyId: string): Promise<ReferralAssignee[]> {
  return em
    .getConnection()
    .execute<ReferralAssignee[]>(
      `select id, name from app_user where agency_id = ? and active and ? = any(roles) order by name, id limit 200`,
      [agencyId, Role.LIAISON_OFFICER],
      'all',
      em.getTransactionContext(),
    );
}

/** Whether a user is one of those: one existence check, whatever the size of the agency. */
async function isActiveLiaisonOfficer(em: EntityManager, agencyId: string, userId: string): Promise<boolean> {
  const rows = await em
    .getConnection()
    .execute<unknown[]>(
      `select 1 from app_user where id = ? and agency_id = ? and active and ? = any(roles)`,
      [userId, agencyId, Role.LIAISON_OFFICER],
      'all',
      em.getTransactionContext(),
    );
  return rows.length > 0;
}

/** The officers a referral may be assigned to, for whoever may assign it (empty otherwise). */
export async function assigneesFor(context: RequestContext, referralId: string): Promise<ReferralAssignee[]> {
  const referral = await getReferralOnce(context, referralId);
  if (!context.ability.can('assign', referral)) return [];
  return liaisonOfficersOf(context.em, referral.receivingAgency.id);
}

/**
 * Puts a named liaison officer of the receiving agency in charge of a referral (or nobody, with null). Who may
 * is the policy's decision (the receiving agency's liaison officers); whom: an active liaison officer of that
 * agency. Audited, and announced live to the agencies working on it.
 */
export async function assignReferral(
  context: RequestContext,
  referralId: string,
  assigneeId: string | null,
): Promise<Referral> {
  if (assigneeId !== null && !isUuid(assigneeId)) throw badInput({ assigneeId: 'error.referral.assigneeInvalid' });
  return inUnitOfWork(context, async (em) => {
    const referral = await getReadableReferral(em, context.ability, referralId, { lockForUpdate: true });
    assertCan(context.ability, 'assign', referral, 'Referral');
    if (!ASSIGNABLE_STATUSES.includes(referral.status)) {
      throw conflict('error.referral.notAssignable', `A ${referral.status} referral cannot be assigned`);
    }
    const receivingAgencyId = referral.receivingAgency.id;
    if (assigneeId && !(await isActiveLiaisonOfficer(em, receivingAgencyId, assigneeId))) {
      throw badInput({ assigneeId: 'error.referral.assigneeInvalid' });
    }
    const previousId = referral.assignedTo?.id ?? null;
    if (previousId === assigneeId) return referral;
    referral.assignedTo = assigneeId ? em.getReference(User, assigneeId, { wrapped: true }) : null;
    await em.flush();
    await context.audit.record(em, {
      action: assigneeId ? 'referral.assign' : 'referral.unassign',
      entityType: 'Referral',
      entityId: referral.id,
      ownerAgencyId: referral.sendingAgency.id,
      details: { reference: referral.reference ?? null, assigneeId, previousAssigneeId: previousId },
    });
    await publishReferralEvent(
      context,
      em,
      {
        type: 'referral.assign',
        referralId: referral.id,
        sendingAgencyId: referral.sendingAgency.id,
        receivingAgencyId,
        to: referral.status,
        byUserId: context.actor!.kind === 'user' ? context.actor!.id : null,
        byApiTokenId: context.actor!.kind === 'api-token' ? context.actor!.id : null,
      },
      referral,
    );
    return referral;
  });
}

/**
 * The assignee's name, for the receiving agency only (the sender sees that it is assigned, not to whom). The
 * users of a page of referrals are loaded in one query (MikroORM's reference dataloader).
 */
export async function assigneeOf(context: RequestContext, referral: Referral): Promise<ReferralAssignee | null> {
  if (!referral.assignedTo || context.actor?.agencyId !== referral.receivingAgency.id) return null;
  const user = await referral.assignedTo.load({ dataloader: true });
  return user ? { id: user.id, name: user.name } : null;
}
