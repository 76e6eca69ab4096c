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
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}

registerEnumType(Role, { name: 'Role', description: 'What a user does in their agency' });

/** Roles that may change who can do what; they must sign in with a second factor. */
export const ADMIN_ROLES: readonly Role[] = [Role.AGENCY_ADMIN, Role.PLATFORM_ADMIN];
