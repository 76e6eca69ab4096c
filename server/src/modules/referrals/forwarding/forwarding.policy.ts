import type { Policy } from '../../../platform/authz/ability';
import { Role } from '../../../platform/authz/roles';
import { ReferralStatus } from '../referral.enums';
import { REFERRAL_READER_ROLES } from '../referral.policy';

/** Steps on a referral that belong to forwarding (the referral policy adds them to the referral's actions). */
export type ForwardingAction = 'forward' | 'decideForward';
/** A forward's record: read by the parties and the recipient; its free text only by those who read cases. */
export type ReferralForwardAction = 'read';

declare module '../../../platform/authz/ability' {
  interface PermissionSubjects {
    ReferralForward: ReferralForwardAction;
  }
}

/** While the receiving agency works on a referral it may pass it on; not before acknowledging, not after. */
export const FORWARDABLE_STATUSES = [ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS];

/** What people wrote about the case when forwarding or refusing: case content, read like the referral's own. */
export const FORWARD_CASE_FIELDS = ['comment', 'refusalReason'];

/**
 * Who may pass referrals on, and who decides on an H3 request. Whether the handling code allows a given
 * recipient is a rule about the recipient, so the forwarding service checks it; these rules say which side
 * acts. Liaison officers only: forwarding shares personal data with another agency.
 */
export const forwardingPolicy: Policy = (actor, { can, cannot }) => {
  // Which forwards a caller sees is the queries' business (forwarding.queries.ts: the parties' and the
  // recipient's own); the free text on them is case content: only roles that read referrals read it, never the
  // recipient agency's admins, auditors or secretariat.
  can('read', 'ReferralForward');
  cannot('read', 'ReferralForward', FORWARD_CASE_FIELDS);
  const readsCases = actor.roles.some((role) => REFERRAL_READER_ROLES.includes(role));
  if (readsCases && !actor.roles.includes(Role.PLATFORM_ADMIN)) can('read', 'ReferralForward', FORWARD_CASE_FIELDS);
  if (!actor.roles.includes(Role.LIAISON_OFFICER) || actor.roles.includes(Role.PLATFORM_ADMIN)) return;
  can('forward', 'Referral', { 'receivingAgency.id': actor.agencyId });
  can('decideForward', 'Referral', { 'sendingAgency.id': actor.agencyId });
};
