import type { Policy } from '../../platform/authz/ability';
import { Role } from '../../platform/authz/roles';
import { SolutionReferralStatus } from './durable-solutions.enums';

/** What may be done with a durable-solution referral. */
export type SolutionReferralAction = 'read' | 'respond' | 'handOver' | 'close' | 'confirm';

/** The person's wishes, read through the referral by the supervisor asked to confirm it (sealed, every read audited). */
export const REFERRAL_PERSONAL_FIELDS = ['personWishes'] as const;

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    SolutionReferral: SolutionReferralAction;
  }
}

/**
 * Who may see and move a durable-solution referral, on the row itself:
 * - Both sides' case workers and protection supervisors see it (the holding agency's and the recipient's; the
 *   recipient's not while it waits for the holding supervisor's confirmation); the personal fields it shares are
 *   read only by the recipient's, and only while consent covers them (service).
 * - The holding agency's protection supervisors confirm (or stop) a return the sender could send only at the
 *   person's informed wish, the place of return being assessed not safe; while it waits for them, and only then,
 *   they read the person's wishes through it (`personWishes`; nobody else reads that field).
 * - The recipient's case workers accept or decline it; the holding agency's case workers record the hand-over
 *   (the service also asks that the caller owns the plan); either side's case workers close it.
 * Sending is a write on the plan: its owner sends (DurablePlan `update`).
 */
export const solutionReferralPolicy: Policy = (actor, { can, cannot }) => {
  if (actor.kind !== 'user') return;
  if (!actor.roles.some((role) => role === Role.CASE_WORKER || role === Role.PROTECTION_SUPERVISOR)) return;
  const holding = { 'holdingAgency.id': actor.agencyId };
  const recipient = { 'recipientAgency.id': actor.agencyId };
  can('read', 'SolutionReferral', holding);
  can('read', 'SolutionReferral', {
    ...recipient,
    status: { $ne: SolutionReferralStatus.AWAITING_CONFIRMATION },
  });
  cannot('read', 'SolutionReferral', [...REFERRAL_PERSONAL_FIELDS]);
  if (actor.roles.includes(Role.PROTECTION_SUPERVISOR)) {
    can('confirm', 'SolutionReferral', holding);
    can('read', 'SolutionReferral', [...REFERRAL_PERSONAL_FIELDS], {
      ...holding,
      status: SolutionReferralStatus.AWAITING_CONFIRMATION,
    });
  }
  if (!actor.roles.includes(Role.CASE_WORKER)) return;
  can('respond', 'SolutionReferral', recipient);
  can('handOver', 'SolutionReferral', holding);
  can('close', 'SolutionReferral', holding);
  can('close', 'SolutionReferral', recipient);
};
