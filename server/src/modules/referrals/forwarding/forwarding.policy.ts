import type { Policy } from '../../../platform/authz/ability';
import { Role } from '../../../platform/authz/roles';
import { ReferralStatus } from '../referral.enums';

/** Steps on a referral that belong to forwarding (the referral policy adds them to the referral's actions). */
export type ForwardingAction = 'forward' | 'decideForward';

/** While the receiving agency works on a referral it may pass it on; not before acknowledging, not after. */
export const FORWARDABLE_STATUSES = [ReferralStatus.ACKNOWLEDGED, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS];

/**
 * Who may pass referrals on, and who decides on an H3 request. Whether the handling code allows a given
 * recipient is a rule about the recipient, so the forwarding service checks it; these rules say which side
 * acts. Liaison officers only: forwarding shares personal data with another agency.
 */
export const forwardingPolicy: Policy = (actor, { can }) => {
  if (!actor.roles.includes(Role.LIAISON_OFFICER) || actor.roles.includes(Role.PLATFORM_ADMIN)) return;
  can('forward', 'Referral', { 'receivingAgency.id': actor.agencyId });
  can('decideForward', 'Referral', { 'sendingAgency.id': actor.agencyId });
};
