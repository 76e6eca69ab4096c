import type { Policy } from '../../platform/authz/ability';
import { Role } from '../../platform/authz/roles';

/** What may be done with the directory's records; `configure` is a mechanism's secretariat setting its rules. */
export type DirectoryAction = 'read' | 'create' | 'update';
export type MechanismAction = DirectoryAction | 'configure';
export type UserAction = DirectoryAction | 'disable' | 'invite';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    Country: DirectoryAction;
    Agency: DirectoryAction;
    Mechanism: MechanismAction;
    User: UserAction;
  }
}

/** User fields only the user themself, their agency's admins and platform admins read. */
export const USER_CONTACT_FIELDS = ['email'];

/**
 * Countries, agencies and mechanisms are the portal's directory; users are people.
 * - Everyone signed in reads countries and active agencies (to address a referral, you must find the agency).
 * - Mechanisms: read by their member agencies and secretariat, and by platform admins who manage them.
 * - Users: colleagues of one agency see each other's names and roles; e-mail only as above.
 * - PLATFORM_ADMIN manages countries, agencies, mechanisms and users, and reads no case content (other modules
 *   simply grant it nothing). AGENCY_ADMIN manages the users of its own agency only.
 * CASL gives later rules precedence: the contact-field grants come after the contact-field restriction.
 */
export const identityPolicy: Policy = (actor, { can, cannot }) => {
  const isAgencyAdmin = actor.roles.includes(Role.AGENCY_ADMIN);
  const isPlatformAdmin = actor.roles.includes(Role.PLATFORM_ADMIN);
  const ownAgency = { 'agency.id': actor.agencyId };

  can('read', 'Country');
  can('read', 'Agency', { active: true });
  can('read', 'Agency', { id: actor.agencyId });
  can('read', 'Mechanism', { id: { $in: [...actor.mechanismIds, ...actor.secretariatMechanismIds] } });
  can('read', 'User', ownAgency);

  cannot('read', 'User', USER_CONTACT_FIELDS);
  can('read', 'User', USER_CONTACT_FIELDS, { id: actor.id });
  if (isAgencyAdmin) {
    can('read', 'User', USER_CONTACT_FIELDS, ownAgency);
    can(['create', 'update', 'disable', 'invite'], 'User', ownAgency);
  }
  if (isPlatformAdmin) {
    can('read', ['Agency', 'Mechanism', 'User']);
    can(['create', 'update'], ['Country', 'Agency', 'Mechanism']);
    can(['create', 'update', 'disable', 'invite'], 'User');
  }
  if (actor.roles.includes(Role.SECRETARIAT)) {
    can('configure', 'Mechanism', { id: { $in: [...actor.secretariatMechanismIds] } });
  }
};
