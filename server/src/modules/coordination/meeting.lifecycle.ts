import { MinutesStatus } from './meeting.enums';

/** What the secretariat does with a meeting's minutes, named as secretariats say it. */
export enum MinutesAction {
  CIRCULATE = 'circulate',
  /** Takes circulated minutes back to the drafting table (comments are kept). */
  RECALL = 'recall',
  APPROVE = 'approve',
  /** A correction after approval: a new numbered revision with a reason. */
  CORRECT = 'correct',
}

export interface MinutesTransitionRule {
  action: MinutesAction;
  from: readonly MinutesStatus[];
  to: MinutesStatus;
  requires?: 'deadline' | 'reason';
}

const { DRAFT, CIRCULATED, APPROVED } = MinutesStatus;

/**
 * The minutes' whole life as data: the service applies it (a step from the wrong status is a CONFLICT), the
 * policy grants every step to the mechanism's secretariat, and the tests walk it. Change the lifecycle here only.
 */
export const MINUTES_TRANSITIONS: readonly MinutesTransitionRule[] = [
  { action: MinutesAction.CIRCULATE, from: [DRAFT], to: CIRCULATED, requires: 'deadline' },
  { action: MinutesAction.RECALL, from: [CIRCULATED], to: DRAFT },
  { action: MinutesAction.APPROVE, from: [CIRCULATED], to: APPROVED },
  { action: MinutesAction.CORRECT, from: [APPROVED], to: APPROVED, requires: 'reason' },
];

export function minutesRuleOf(action: MinutesAction): MinutesTransitionRule {
  const rule = MINUTES_TRANSITIONS.find((candidate) => candidate.action === action);
  if (!rule) throw new Error(`unknown minutes action ${action}`);
  return rule;
}

/** Statuses in which the secretariat still edits the meeting: details, agenda, attendance (DRAFT only). */
export const AGENDA_EDITABLE: readonly MinutesStatus[] = [DRAFT];
/** Statuses in which the minutes' text is edited in place (approved text changes only by correction). */
export const MINUTES_EDITABLE: readonly MinutesStatus[] = [DRAFT, CIRCULATED];
/** Statuses in which focal points comment (until the deadline). */
export const COMMENTABLE: readonly MinutesStatus[] = [CIRCULATED];
