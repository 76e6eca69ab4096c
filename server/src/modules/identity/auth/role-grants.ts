import type { RequestContext } from '../../../platform/context';
import { badInput, forbidden } from '../../../platform/graphql/errors';
import { ADMINISTRATIVE_ROLES, isOperational, Role } from '../../../platform/authz/roles';

/**
 * A user needs at least one role (without one they could sign in but do nothing), and never an operational and
 * an administrative one together: whoever decides who reads cases, or audits the readers, does not read them.
 */
export function rolesProblem(roles: readonly Role[]): string | null {
  if (roles.length === 0) return 'error.roles.required';
  if (roles.some(isOperational) && roles.some((role) => ADMINISTRATIVE_ROLES.includes(role)))
    return 'error.roles.incompatible';
  return null;
}

/** The operational roles in `roles` that `previous` did not have: granting them needs a second admin. */
export function operationalRolesAdded(roles: readonly Role[], previous: readonly Role[] = []): Role[] {
  return [...new Set(roles)].filter((role) => isOperational(role) && !previous.includes(role));
}

/**
 * Who may grant what, before anything is written:
 * - only a platform admin makes or unmakes platform admins (an agency admin must not raise anyone above their
 *   agency, nor demote or disable the people who oversee the platform);
 * - nobody changes their own roles (`target` is the user whose roles change, if any);
 * - operational roles are asked for by an admin of the account's own agency, never by a platform admin, who
 *   manages the directory and must not be able to place a case reader into any agency.
 */
export function assertMayGrant(
  context: RequestContext,
  roles: readonly Role[],
  previous: readonly Role[] = [],
  target: { userId?: string; agencyId?: string } = {},
): void {
  const actor = context.actor;
  const isPlatformAdmin = actor?.roles.includes(Role.PLATFORM_ADMIN) ?? false;
  const touchesPlatformAdmin = roles.includes(Role.PLATFORM_ADMIN) || previous.includes(Role.PLATFORM_ADMIN);
  if (touchesPlatformAdmin && !isPlatformAdmin) throw forbidden('error.role.platformAdminReserved');
  const changes = roles.length !== previous.length || roles.some((role) => !previous.includes(role));
  if (changes && target.userId !== undefined && actor?.id === target.userId)
    throw badInput({ 'input.roles': 'error.roles.notYourOwn' }, 'Nobody changes their own roles');
  if (operationalRolesAdded(roles, previous).length === 0) return;
  const ownAgencyAdmin = actor?.roles.includes(Role.AGENCY_ADMIN) && actor.agencyId === target.agencyId;
  if (!ownAgencyAdmin)
    throw badInput(
      { 'input.roles': 'error.roles.operationalByOwnAgencyAdmin' },
      "Operational roles are granted by the account's own agency admins",
    );
}
