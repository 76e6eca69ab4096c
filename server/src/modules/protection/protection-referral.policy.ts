import type { Policy } from '../../platform/authz/ability';
import { Role } from '../../platform/authz/roles';
import { CASELOAD_ROLES } from './protection.policy';

/** What may be done with a referral to protection from a border post. */
export type ProtectionReferralAction = 'create' | 'read' | 'accept' | 'decline';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    ProtectionReferral: ProtectionReferralAction;
  }
}

/** Roles that screen people at a border post and refer possible victims to protection. */
export const SCREENING_ROLES: readonly Role[] = [Role.LIAISON_OFFICER, Role.CASE_WORKER];

/** The person's data, the screening, the consent and the note: read only by the receiving protection agency. */
export const PROTECTION_REFERRAL_PERSONAL = ['person', 'screening', 'consent', 'note'];

/** What the sending agency keeps seeing once the referral is sent: the code, where it stands, who answered. */
const SENDER_OUTLINE = [
  'id',
  'code',
  'status',
  'sentAt',
  'answeredAt',
  'declineReason',
  'survivorCode',
  'senderAgency',
  'recipientAgency',
  'availableActions',
];

/**
 * Referrals to protection, need to know:
 * - Liaison officers and case workers create them for their own agency, after a screening, with consent
 *   (the service checks the screening's conclusion, the consent and the shared mechanism).
 * - The sending agency's liaison officers and case workers see the outline only (code, status, the survivor's
 *   code once accepted, the decline reason): the person's data left with the referral, never to come back.
 * - The receiving agency's case workers and protection supervisors read everything (audited) and accept (which
 *   opens a survivor record in their caseload) or decline with a reason.
 * - Admins, auditors, statisticians and API tokens get nothing.
 */
export const protectionReferralPolicy: Policy = (actor, { can }) => {
  if (actor.kind !== 'user') return;
  if (actor.roles.some((role) => SCREENING_ROLES.includes(role))) {
    const sender = { 'senderAgency.id': actor.agencyId };
    can('create', 'ProtectionReferral', sender);
    can('read', 'ProtectionReferral', SENDER_OUTLINE, sender);
  }
  if (actor.roles.some((role) => CASELOAD_ROLES.includes(role))) {
    const recipient = { 'recipientAgency.id': actor.agencyId };
    can('read', 'ProtectionReferral', [...SENDER_OUTLINE, ...PROTECTION_REFERRAL_PERSONAL], recipient);
    can(['accept', 'decline'], 'ProtectionReferral', recipient);
  }
};
