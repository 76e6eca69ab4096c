import { registerEnumType } from 'type-graphql';

/** What a user does in their agency; a user may hold several. The permission vocabulary of every module. */
export enum Role {
  LIAISON_OFFICER = 'LIAISON_OFFICER',
  CASE_WORKER = 'CASE_WORKER',
  /** Oversees an agency's survivor caseload: assigns case workers; reads the personal data of cases it supervises. */
  PROTECTION_SUPERVISOR = 'PROTECTION_SUPERVISOR',
  SECRETARIAT = 'SECRETARIAT',
  AGENCY_ADMIN = 'AGENCY_ADMIN',
  AUDITOR = 'AUDITOR',
  /**
   * Reads aggregate figures (statistics) of the region, never a record: administrative-side, so never held with
   * an operational role. An agency's or the platform's.
   */
  STATISTICIAN = 'STATISTICIAN',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}

registerEnumType(Role, { name: 'Role', description: 'What a user does in their agency' });

/** Roles that may change who can do what; they must sign in with a second factor. */
export const ADMIN_ROLES: readonly Role[] = [Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN];

/** Roles that work on cases: they read case content and persons' identities. */
export const OPERATIONAL_ROLES: readonly Role[] = [Role.LIAISON_OFFICER, Role.CASE_WORKER];

/**
 * Roles that administer or oversee: who may do what, and the record of what was done. One account never holds
 * both kinds (separation of duties): whoever decides who reads cases, or audits the readers, does not read them.
 * SECRETARIAT (running a mechanism) is neither and goes with both.
 */
export const ADMINISTRATIVE_ROLES: readonly Role[] = [
  Role.AGENCY_ADMIN,
  Role.PLATFORM_ADMIN,
  Role.AUDITOR,
  Role.STATISTICIAN,
];

export const isOperational = (role: Role) => OPERATIONAL_ROLES.includes(role);
