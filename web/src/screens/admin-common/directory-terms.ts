import type { AgencyKind, MechanismKind, Role } from '../../gql/graphql';

/** The directory's fixed vocabularies, in the order the forms offer them. */
export const AGENCY_KINDS: AgencyKind[] = [
  'BORDER_POLICE',
  'MIGRATION_AUTHORITY',
  'PUBLIC_PROSECUTOR',
  'PROTECTION_SERVICES',
  'LABOUR_INSPECTION',
  'NGO_SERVICE_PROVIDER',
  'HEALTH_SERVICES',
  'INTERNATIONAL_ORGANISATION',
];
export const MECHANISM_KINDS: MechanismKind[] = ['BINATIONAL', 'TRINATIONAL', 'REGIONAL', 'NATIONAL'];
export const ROLES: Role[] = [
  'LIAISON_OFFICER',
  'CASE_WORKER',
  'PROTECTION_SUPERVISOR',
  'SECRETARIAT',
  'AGENCY_ADMIN',
  'AUDITOR',
  'STATISTICIAN',
  'PLATFORM_ADMIN',
];
/** Roles that read case content: granted only once a second administrator of the agency approves. */
export const OPERATIONAL_ROLES: Role[] = ['LIAISON_OFFICER', 'CASE_WORKER'];
/** Roles an API token may act with: never an administrator's. */
export const TOKEN_ROLES: Role[] = ['LIAISON_OFFICER', 'CASE_WORKER', 'SECRETARIAT', 'AUDITOR'];
export const INTERFACE_LOCALES = ['es', 'en', 'pt', 'fr'] as const;

/** Optional texts travel as null, not as an empty string the server would store. */
export const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
