import type { MongoQuery } from '@casl/ability';
import type { Policy } from '../../platform/authz/ability';
import { Role } from '../../platform/authz/roles';
import { AssessmentStatus } from './assessment/assessment.enums';
import { MinutesStatus } from './meeting.enums';
import { MINUTES_TRANSITIONS, type MinutesAction } from './meeting.lifecycle';

/** What may be done with a meeting: read it and its minutes, edit it, comment, and take the minutes' steps. */
export type MeetingAction =
  'read' | 'create' | 'update' | 'readMinutes' | 'readComments' | 'comment' | MinutesAction | `${MinutesAction}`;

/** Decisions are read by member agencies and recorded by the secretariat. */
export type DecisionAction = 'read' | 'create' | 'update';
/** Action items also take progress reports, from their owner agency only. */
export type ActionItemAction = DecisionAction | 'report';
/** Assessments, their checklists and trainings: kept by the secretariat, read by members when finished. */
export type AssessmentAction = 'read' | 'create' | 'update';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    Meeting: MeetingAction;
    Decision: DecisionAction;
    ActionItem: ActionItemAction;
    Assessment: AssessmentAction;
    AssessmentTemplate: AssessmentAction;
    Training: AssessmentAction;
  }
}

/**
 * The focal points of a member agency: the people who speak for it across the border. The agency's liaison
 * officers are exactly that (every agency has them, they already take the referral steps), so the role is
 * reused rather than a new one added (docs/user-guide/coordination-secretariat.md).
 */
export const FOCAL_POINT_ROLES: readonly Role[] = [Role.LIAISON_OFFICER];

/** Who in the owner agency reports progress on its action items: its working staff, not its auditors. */
export const ACTION_OWNER_ROLES: readonly Role[] = [
  Role.LIAISON_OFFICER,
  Role.CASE_WORKER,
  Role.SECRETARIAT,
  Role.AGENCY_ADMIN,
];

/** What the secretariat does to a meeting: everything, on the meetings of the mechanisms it runs. */
export const SECRETARIAT_MEETING_ACTIONS: MeetingAction[] = [
  'create',
  'update',
  'readMinutes',
  'readComments',
  'comment',
  ...MINUTES_TRANSITIONS.map((rule) => rule.action),
];

/**
 * Who may see and do what with a mechanism's meetings. A meeting belongs to its mechanism: its member agencies
 * (and the agency running its secretariat) and nobody else — not other agencies, not the platform admin (who
 * manages the directory and reads no mechanism's work). A meeting of another mechanism answers like a missing one.
 * - Every user of a member agency reads the meeting (when, where, agenda, attendance) and its approved minutes.
 * - Focal points of member agencies also read circulated minutes, comment on them and read the comments.
 * - The secretariat (SECRETARIAT users of the agency that runs it) creates and edits meetings, writes draft
 *   minutes, circulates, recalls, approves and corrects them, records decisions and assigns action items.
 * - Decisions and action items are read by every member agency user; only the agency owing an action reports
 *   progress on it (its working staff: ACTION_OWNER_ROLES). Whether a step is legal *now* is the service's
 *   check against meeting.lifecycle.ts (CONFLICT), not the policy's.
 * - Assessments: every member agency user reads COMPLETED ones; drafts and checklist templates are the
 *   secretariat's. Trainings are read by every member agency user. Only the secretariat creates and edits them
 *   (a COMPLETED assessment is locked: the service's CONFLICT).
 */
export const coordinationPolicy: Policy = (actor, { can }) => {
  if (actor.roles.includes(Role.PLATFORM_ADMIN)) return;
  const mechanisms = [...new Set([...actor.mechanismIds, ...actor.secretariatMechanismIds])];
  if (mechanisms.length === 0) return;

  const ofMyMechanisms: MongoQuery = { 'mechanism.id': { $in: mechanisms } };
  can('read', 'Meeting', ofMyMechanisms);
  can('readMinutes', 'Meeting', { ...ofMyMechanisms, minutesStatus: MinutesStatus.APPROVED });

  if (actor.roles.some((role) => FOCAL_POINT_ROLES.includes(role))) {
    const circulatedOrApproved = { $in: [MinutesStatus.CIRCULATED, MinutesStatus.APPROVED] };
    can('readMinutes', 'Meeting', { ...ofMyMechanisms, minutesStatus: circulatedOrApproved });
    can('readComments', 'Meeting', ofMyMechanisms);
    can('comment', 'Meeting', ofMyMechanisms);
  }

  // Decisions and action items: read by every member agency user; progress reported by the owner agency only.
  can('read', ['Decision', 'ActionItem'], ofMyMechanisms);
  if (actor.roles.some((role) => ACTION_OWNER_ROLES.includes(role))) {
    can('report', 'ActionItem', { ...ofMyMechanisms, 'ownerAgency.id': actor.agencyId });
  }

  can('read', 'Assessment', { ...ofMyMechanisms, status: AssessmentStatus.COMPLETED });
  can('read', 'Training', ofMyMechanisms);

  if (actor.roles.includes(Role.SECRETARIAT) && actor.secretariatMechanismIds.length > 0) {
    const ofOurSecretariat: MongoQuery = { 'mechanism.id': { $in: [...actor.secretariatMechanismIds] } };
    can(SECRETARIAT_MEETING_ACTIONS, 'Meeting', ofOurSecretariat);
    can(['create', 'update'], ['Decision', 'ActionItem'], ofOurSecretariat);
    can(['read', 'create', 'update'], ['Assessment', 'AssessmentTemplate', 'Training'], ofOurSecretariat);
  }
};
