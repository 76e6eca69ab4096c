import type { Policy } from '../../platform/authz/ability';
import { Role } from '../../platform/authz/roles';

export type FailedJobAction = 'read' | 'retry' | 'discard';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    FailedJob: FailedJobAction;
  }
}

/**
 * Background jobs that failed for good (a mail refused by the server, or out of attempts) belong to the
 * platform, not to an agency: only the platform admin sees them, and may give one another attempt or
 * discard it. What a job was about (recipient, subject, body) is never shown, only its kind and error code.
 */
export const failedJobPolicy: Policy = (actor, { can }) => {
  if (!actor.roles.includes(Role.PLATFORM_ADMIN)) return;
  can(['read', 'retry', 'discard'], 'FailedJob');
};
