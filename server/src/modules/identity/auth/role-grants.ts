import type { RequestContext } from '../../../platform/context';
import { forbidden } from '../../../platform/graphql/errors';
import { Role } from '../../../platform/authz/roles';

/** A user needs at least one role: without one they could sign in but do nothing. */
export function rolesProblem(roles: readonly Role[]): string | null {
  return roles.length === 0 ? 'error.roles.required' : null;
}

/**
 * Only a platform admin makes or unmakes platform admins: an agency admin must not be able to raise anyone
 * (themself included) above their own agency, nor demote or disable the people who oversee the platform.
 */
export function assertMayGrant(context: RequestContext, roles: readonly Role[], previous: readonly Role[] = []): void {
  const isPlatformAdmin = context.actor?.roles.includes(Role.PLATFORM_ADMIN) ?? false;
  const touchesPlatformAdmin = roles.includes(Role.PLATFORM_ADMIN) || previous.includes(Role.PLATFORM_ADMIN);
  if (touchesPlatformAdmin && !isPlatformAdmin) throw forbidden('error.role.platformAdminReserved');
}
