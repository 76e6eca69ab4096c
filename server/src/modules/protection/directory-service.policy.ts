import type { Policy } from '../../platform/authz/ability';
import { Role } from '../../platform/authz/roles';

export type DirectoryServiceAction = 'read' | 'create' | 'update';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    DirectoryService: DirectoryServiceAction;
  }
}

/**
 * The directory of services holds nothing personal: every signed-in user reads the services in it; an agency's
 * admins describe their agency's services (and see those they took out of it).
 */
export const directoryServicePolicy: Policy = (actor, { can }) => {
  if (actor.kind !== 'user') return;
  can('read', 'DirectoryService', { active: true });
  if (!actor.roles.includes(Role.AGENCY_ADMIN)) return;
  const own = { 'agency.id': actor.agencyId };
  can(['read', 'create', 'update'], 'DirectoryService', own);
};
