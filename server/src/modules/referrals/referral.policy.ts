import type { MongoQuery } from '@casl/ability';
import type { Policy } from '../../platform/authz/ability';
import type { Actor } from '../../platform/authz/actor';
import { Role } from '../../platform/authz/roles';
import type { ForwardingAction } from './forwarding/forwarding.policy';
import { ReferralStatus } from './referral.enums';
import { REFERRAL_TRANSITIONS, type ReferralAction as ReferralStep, ReferralSide } from './referral.lifecycle';

/** What may be done with a referral: read and edit it, take the steps of its lifecycle, pass it on. */
export type ReferralAction =
  'read' | 'create' | 'update' | 'converse' | 'assign' | ReferralStep | `${ReferralStep}` | ForwardingAction;
/** Persons on a referral are read with it (some fields only by liaison officers); they change with their draft. */
export type ReferralPersonAction = 'read';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    Referral: ReferralAction;
    ReferralPerson: ReferralPersonAction;
  }
}

/** Fields of a person that identify them: only the liaison officers of the two agencies read them. */
export const PERSONAL_FIELDS = [
  'givenNames',
  'familyNames',
  'aliases',
  'sex',
  'dateOfBirth',
  'estimatedAge',
  'nationality',
  'identityDocuments',
  'phones',
  'vehicles',
];

/** Roles that work on referral content in an agency; others (admins, auditors) see none of it. */
export const REFERRAL_READER_ROLES: readonly Role[] = [Role.LIAISON_OFFICER, Role.CASE_WORKER];

/**
 * "The actor's agency is one of the agencies this referral was passed on to" (an ACTIVE forward), on the row
 * itself: `forwardedToAgencyIds` is an array column of referral and referral_person kept by the forwarding
 * service, and equality on an array field means membership (Mongo semantics; `@>` in SQL).
 */
export const asForwardRecipient = (actor: Actor): MongoQuery => ({ forwardedToAgencyIds: actor.agencyId });

/**
 * Who may see and do what with referrals. A referral belongs to its two agencies and nobody else: not fellow
 * members of the mechanism (H1 means "receiving agency only"), not other agencies of the same country, not
 * platform administrators (separation of duties: they manage the directory and read no case content).
 * - Users of the sending agency with a reader role read its referrals, drafts included; the receiving
 *   agency reads them once sent. Drafts are the sender's own working copy.
 * - Liaison officers act: the sending side creates, edits and sends, and withdraws; the receiving side
 *   acknowledges, accepts or declines, starts and closes. Which side takes which step comes from the
 *   lifecycle table; whether the step is legal *now* (the status) is the service's check, so a wrong
 *   side gets FORBIDDEN and a wrong moment gets CONFLICT.
 * - Persons: their role is read with the referral; their identifying fields only by liaison officers of the two
 *   agencies (CASL gives later rules precedence, so the field grant follows the field restriction).
 * - Forward recipients (agencies the receiver passed the referral on to) read it like the two parties, persons'
 *   personal data for their liaison officers included; they take no step of the lifecycle (those rules name
 *   the sending or receiving agency only) and do not forward it further (forwarding.policy.ts).
 */
export const referralPolicy: Policy = (actor, { can, cannot }) => {
  if (actor.roles.includes(Role.PLATFORM_ADMIN)) return;
  if (!actor.roles.some((role) => REFERRAL_READER_ROLES.includes(role))) return;

  const asSender: MongoQuery = { 'sendingAgency.id': actor.agencyId };
  const asReceiver: MongoQuery = { 'receivingAgency.id': actor.agencyId, status: { $ne: ReferralStatus.DRAFT } };
  can('read', 'Referral', asSender);
  can('read', 'Referral', asReceiver);
  can('read', 'Referral', asForwardRecipient(actor));
  // Writing in a referral's conversation (messages, attachments): whoever works on it. Its own action, so that
  // a token scoped to reading ("referrals:read") reads the conversation without posting to it.
  can('converse', 'Referral', asSender);
  can('converse', 'Referral', asReceiver);
  can('converse', 'Referral', asForwardRecipient(actor));
  can('read', 'ReferralPerson', { 'sendingAgency.id': actor.agencyId });
  can('read', 'ReferralPerson', { 'receivingAgency.id': actor.agencyId });
  can('read', 'ReferralPerson', asForwardRecipient(actor));
  cannot('read', 'ReferralPerson', PERSONAL_FIELDS);

  if (!actor.roles.includes(Role.LIAISON_OFFICER)) return;
  can('read', 'ReferralPerson', PERSONAL_FIELDS, { 'sendingAgency.id': actor.agencyId });
  can('read', 'ReferralPerson', PERSONAL_FIELDS, { 'receivingAgency.id': actor.agencyId });
  can('read', 'ReferralPerson', PERSONAL_FIELDS, asForwardRecipient(actor));

  can(['create', 'update'], 'Referral', asSender);
  // Putting one of the receiving agency's officers in charge: that agency's liaison officers (assignment/).
  can('assign', 'Referral', asReceiver);
  for (const rule of REFERRAL_TRANSITIONS) {
    can(rule.action, 'Referral', rule.side === ReferralSide.SENDER ? asSender : asReceiver);
  }
};
