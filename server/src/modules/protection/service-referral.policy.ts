import type { Policy } from '../../platform/authz/ability';
import { CASELOAD_ROLES } from './protection.policy';
import { SHAREABLE_FIELDS } from './shared-fields';

/** What may be done with a referral to a service; `refer` itself is an action on the Survivor. */
export type ServiceReferralAction = 'read' | 'accept' | 'decline' | 'deliver' | 'close' | 'converse';
export type ReferredSurvivorAction = 'read';
export type ServiceReferralConversationAction = 'read';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    ServiceReferral: ServiceReferralAction;
    ReferredSurvivor: ReferredSurvivorAction;
    ServiceReferralMessage: ServiceReferralConversationAction;
    ServiceReferralAttachment: ServiceReferralConversationAction;
  }
}

/** Fields of a ServiceReferral the provider reads: everything but the sealed note (it reads that as shared data). */
const REFERRAL_FIELDS_FOR_PROVIDER = [
  'id',
  'survivorCode',
  'service',
  'urgency',
  'sharedFields',
  'status',
  'declineReason',
  'outcome',
  'sentAt',
  'respondBy',
  'deliverBy',
  'dueAt',
  'updatedAt',
  'consentWithdrawnAt',
  'sharingInForce',
  'overdue',
  'availableActions',
  'holdingAgency',
  'recipientAgency',
  'mechanism',
  'survivor',
  'directoryService',
  'coveredByOverride',
  'sentBy',
];

/** What of the referred survivor anyone on the referral sees: the code and what the referral carries. */
/** What of a conversation's message or file both sides always see: who, when, what kind; not the content. */
const MESSAGE_OUTLINE = ['id', 'authorAgencyId', 'authorId', 'createdAt'];
const MESSAGE_CONTENT = ['body', 'attachments'];
const FILE_OUTLINE = ['id', 'mediaType', 'sizeBytes', 'createdAt'];
const FILE_CONTENT = ['fileName', 'sha256', 'downloadPath'];

const REFERRED_SURVIVOR_OUTLINE = ['referralId', 'code', 'sharedFields', 'sharingInForce'];

/**
 * Referrals to services, need to know:
 * - The referring (holding) agency's case workers and supervisors see its referrals and close them; the
 *   provider's case workers and supervisors see those sent to their agency, and accept, decline and report
 *   delivery. Nobody else sees a referral (a foreign id answers like a missing one).
 * - The provider reads the survivor's fields the referral carries, each one only if it is in `sharedFields`
 *   and only while `sharingInForce` (referral open, consent in force; decided by PostgreSQL on each request).
 *   Every other field comes back null and is listed in `restrictedFields`. The note goes with the shared data.
 * - The conversation (messages and files) is between the two sides: the referring agency's staff read and
 *   write it while the referral is open; the provider's while sharing is in force. Both see who wrote when;
 *   the content (bodies, file names and downloads) the provider reads only while `sharingInForce`, like the
 *   shared fields, since a message may say as much about the person as they do.
 * - Sending is the Survivor's `refer` action (protection.policy.ts): the assigned case worker or supervisor.
 */
export const serviceReferralPolicy: Policy = (actor, { can }) => {
  if (actor.kind !== 'user' || !actor.roles.some((role) => CASELOAD_ROLES.includes(role))) return;
  const holding = { 'holdingAgency.id': actor.agencyId };
  const provider = { 'recipientAgency.id': actor.agencyId };
  can(['read', 'close'], 'ServiceReferral', holding);
  can('read', 'ServiceReferral', REFERRAL_FIELDS_FOR_PROVIDER, provider);
  can(['accept', 'decline', 'deliver'], 'ServiceReferral', provider);
  can('converse', 'ServiceReferral', holding);
  can('converse', 'ServiceReferral', { ...provider, sharingInForce: true });

  for (const [subject, outline, content] of [
    ['ServiceReferralMessage', MESSAGE_OUTLINE, MESSAGE_CONTENT],
    ['ServiceReferralAttachment', FILE_OUTLINE, FILE_CONTENT],
  ] as const) {
    can('read', subject, [...outline, ...content], { holdingAgencyId: actor.agencyId });
    can('read', subject, outline, { recipientAgencyId: actor.agencyId });
    can('read', subject, content, { recipientAgencyId: actor.agencyId, sharingInForce: true });
  }

  can('read', 'ReferredSurvivor', REFERRED_SURVIVOR_OUTLINE, { holdingAgencyId: actor.agencyId });
  can('read', 'ReferredSurvivor', REFERRED_SURVIVOR_OUTLINE, { recipientAgencyId: actor.agencyId });
  const inForce = { recipientAgencyId: actor.agencyId, sharingInForce: true };
  can('read', 'ReferredSurvivor', ['note'], inForce);
  for (const field of SHAREABLE_FIELDS)
    can('read', 'ReferredSurvivor', [field], { ...inForce, sharedFields: { $all: [field] } });
};
