import type { Policy } from '../../platform/authz/ability';

/** A user reads their notifications and marks them read; nobody else's, whatever their roles. */
export type NotificationAction = 'read' | 'markRead';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    Notification: NotificationAction;
  }
}

/**
 * Notifications are a person's, not an agency's: the one condition is the owner. API tokens have none (no
 * notification names a token), and the platform admin reads only their own like everyone else.
 */
export const notificationPolicy: Policy = (actor, { can }) => {
  if (actor.kind !== 'user') return;
  can('read', 'Notification', { userId: actor.id });
  can('markRead', 'Notification', { userId: actor.id });
};
