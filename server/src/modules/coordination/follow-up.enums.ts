import { registerEnumType } from 'type-graphql';

export enum DecisionStatus {
  IN_FORCE = 'IN_FORCE',
  /** Replaced by a later decision (`supersededBy`). */
  SUPERSEDED = 'SUPERSEDED',
  REVOKED = 'REVOKED',
}
registerEnumType(DecisionStatus, { name: 'DecisionStatus' });

export enum ActionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ActionStatus, {
  name: 'ActionStatus',
  description: 'OVERDUE is not a status: `overdue` is derived from the due date (action-item.entity.ts)',
});

export enum ActionPriority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(ActionPriority, { name: 'ActionPriority' });

/** Statuses of an action still owed: carried from meeting to meeting, and overdue once past its due date. */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = [ActionStatus.OPEN, ActionStatus.IN_PROGRESS];
