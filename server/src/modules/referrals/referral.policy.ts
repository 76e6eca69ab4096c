import type { MongoQuery } from '@casl/ability';
import type { Policy } from '../../platform/authz/ability';
import type { Actor } from '../../platform/authz/actor';
import { Role } from '../../platform/authz/roles';
import { ReferralStatus } from './referral.enums';
import { REFERRAL_TRANSITIONS, ReferralSide } from './referral.lifecycle';

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
 * Extension point for forwarding (issue 4, later): conditions on a ReferralPerson row under which this actor
 * also reads personal data, e.g. `{ 'forwardedToAgency.id': actor.agencyId }` once a forward is modelled on
 * the row. Empty until then.
 */
export const forwardRecipientConditions = (_actor: Actor): Record<string, unknown>[] => [];

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
 */
export const referralPolicy: Policy = (actor, { can, cannot }) => {
  if (actor.roles.includes(Role.PLATFORM_ADMIN)) return;
  if (!actor.roles.some((role) => REFERRAL_READER_ROLES.includes(role))) return;

  const asSender: MongoQuery = { 'sendingAgency.id': actor.agencyId };
  const asReceiver: MongoQuery = { 'receivingAgency.id': actor.agencyId, status: { $ne: ReferralStatus.DRAFT } };
  can('read', 'Referral', asSender);
  can('read', 'Referral', asReceiver);
  can('read', 'ReferralPerson', { 'sendingAgency.id': actor.agencyId });
  can('read', 'ReferralPerson', { 'receivingAgency.id': actor.agencyId });
  cannot('read', 'ReferralPerson', PERSONAL_FIELDS);

  if (!actor.roles.includes(Role.LIAISON_OFFICER)) return;
  can('read', 'ReferralPerson', PERSONAL_FIELDS, { 'sendingAgency.id': actor.agencyId });
  can('read', 'ReferralPerson', PERSONAL_FIELDS, { 'receivingAgency.id': actor.agencyId });
  for (const condition of forwardRecipientConditions(actor)) can('read', 'ReferralPerson', PERSONAL_FIELDS, condition);

  can(['create', 'update'], 'Referral', asSender);
  for (const rule of REFERRAL_TRANSITIONS) {
    can(rule.action, 'Referral', rule.side === ReferralSide.SENDER ? asSender : asReceiver);
  }
};
