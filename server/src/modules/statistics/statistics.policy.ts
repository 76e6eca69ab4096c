import type { Policy } from '../../platform/authz/ability';
import { Role } from '../../platform/authz/roles';
import { ReferralStatus } from '../referrals';

/** Counting referrals into figures: never reading one. */
export type ReferralFiguresAction = 'count';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    /** Referrals as the rows of aggregate figures: conditions on the referral's own fields. */
    ReferralFigures: ReferralFiguresAction;
    /** A mechanism's meetings, decisions and action items as the rows of figures: conditions on the meeting. */
    CoordinationFigures: ReferralFiguresAction;
    /** Survivors (and their plans and consents) as rows of protection figures: conditions on the survivor. */
    ProtectionFigures: ReferralFiguresAction;
    /** Referrals to services as rows of protection figures: conditions on the referral. */
    ServiceReferralFigures: ReferralFiguresAction;
  }
}

/** Roles of an agency that read its figures and its mechanisms' (auditors and platform admins count nothing). */
export const FIGURE_READER_ROLES: readonly Role[] = [
  Role.LIAISON_OFFICER,
  Role.CASE_WORKER,
  Role.PROTECTION_SUPERVISOR,
  Role.SECRETARIAT,
  Role.AGENCY_ADMIN,
];

/** Everyone who may ask for statistics at all (the root field's guard). */
export const STATISTICS_ROLES: readonly Role[] = [...FIGURE_READER_ROLES, Role.STATISTICIAN];

/**
 * Which referrals a figure may count, by who asks. Drafts are nobody's statistics (a sender's working copy).
 * - An agency's figures: the referrals it sent or received.
 * - A mechanism's: those of the mechanisms the agency is an active member of or runs the secretariat of.
 * - A STATISTICIAN (of an agency or of the platform) counts the region's: every sent referral. The role reads
 *   no record, only figures, and every figure it gets has passed disclosure control.
 */
export const referralFiguresPolicy: Policy = (actor, { can }) => {
  const sent = { status: { $ne: ReferralStatus.DRAFT } };
  if (actor.roles.includes(Role.STATISTICIAN)) can('count', 'ReferralFigures', sent);
  if (!actor.roles.some((role) => FIGURE_READER_ROLES.includes(role))) return;
  can('count', 'ReferralFigures', { 'sendingAgency.id': actor.agencyId, ...sent });
  can('count', 'ReferralFigures', { 'receivingAgency.id': actor.agencyId, ...sent });
  const mechanisms = [...new Set([...actor.mechanismIds, ...actor.secretariatMechanismIds])];
  if (mechanisms.length > 0) can('count', 'ReferralFigures', { 'mechanism.id': { $in: mechanisms }, ...sent });
};

/**
 * Which mechanisms' meetings, decisions and action items a figure may count: the caller's own mechanisms (member
 * or secretariat), the region's for a STATISTICIAN. Conditions on `mechanism.id`, a field of all three.
 */
export const coordinationFiguresPolicy: Policy = (actor, { can }) => {
  if (actor.roles.includes(Role.STATISTICIAN)) can('count', 'CoordinationFigures');
  if (!actor.roles.some((role) => FIGURE_READER_ROLES.includes(role))) return;
  const mechanisms = [...new Set([...actor.mechanismIds, ...actor.secretariatMechanismIds])];
  if (mechanisms.length > 0) can('count', 'CoordinationFigures', { 'mechanism.id': { $in: mechanisms } });
};

/**
 * Which survivors and referrals to services a protection figure may count (ADR 0038): an agency's own survivors
 * and the referrals to services it sent or received; the referrals through the caller's mechanisms (and so the
 * survivors they are about); everything for a STATISTICIAN. Only de-identified columns are ever counted.
 */
export const protectionFiguresPolicy: Policy = (actor, { can }) => {
  if (actor.roles.includes(Role.STATISTICIAN)) {
    can('count', 'ProtectionFigures');
    can('count', 'ServiceReferralFigures');
  }
  if (!actor.roles.some((role) => FIGURE_READER_ROLES.includes(role))) return;
  can('count', 'ProtectionFigures', { 'holdingAgency.id': actor.agencyId });
  can('count', 'ServiceReferralFigures', { 'holdingAgency.id': actor.agencyId });
  can('count', 'ServiceReferralFigures', { 'recipientAgency.id': actor.agencyId });
  const mechanisms = [...new Set([...actor.mechanismIds, ...actor.secretariatMechanismIds])];
  if (mechanisms.length > 0) can('count', 'ServiceReferralFigures', { 'mechanism.id': { $in: mechanisms } });
};
