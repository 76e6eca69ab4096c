import type { MongoQuery } from '@casl/ability';
import type { Policy } from '../../../platform/authz/ability';
import { Role } from '../../../platform/authz/roles';
import { FOCAL_POINT_ROLES } from '../coordination.policy';
import { LibraryHandlingCode } from './library.enums';

/** Library documents are read within their handling code, and kept by the mechanism's secretariat. */
export type LibraryDocumentAction = 'read' | 'create' | 'update';

declare module '../../../platform/authz/ability' {
  interface PermissionSubjects {
    LibraryDocument: LibraryDocumentAction;
  }
}

/**
 * Who reads a mechanism's library, in SQL (library.enums.ts explains the codes). Non-member agencies and the
 * platform admin read nothing; a document they may not read answers like a missing one.
 * - H2: every user of a member agency.
 * - H1: the people who sit in the mechanism: member agencies' focal points (liaison officers) and secretariat users.
 * - H3: users of the member agencies named on the document.
 * - The secretariat (SECRETARIAT users of the agency running it) reads all, creates documents, uploads versions.
 */
export const libraryPolicy: Policy = (actor, { can }) => {
  if (actor.roles.includes(Role.PLATFORM_ADMIN)) return;
  const mechanisms = [...new Set([...actor.mechanismIds, ...actor.secretariatMechanismIds])];
  if (mechanisms.length === 0) return;
  const ofMyMechanisms: MongoQuery = { 'mechanism.id': { $in: mechanisms } };

  can('read', 'LibraryDocument', { ...ofMyMechanisms, handlingCode: LibraryHandlingCode.H2 });
  can('read', 'LibraryDocument', {
    ...ofMyMechanisms,
    handlingCode: LibraryHandlingCode.H3,
    namedAgencyIds: actor.agencyId,
  });
  if (actor.roles.some((role) => FOCAL_POINT_ROLES.includes(role) || role === Role.SECRETARIAT)) {
    can('read', 'LibraryDocument', { ...ofMyMechanisms, handlingCode: LibraryHandlingCode.H1 });
  }

  if (actor.roles.includes(Role.SECRETARIAT) && actor.secretariatMechanismIds.length > 0) {
    const ofOurSecretariat: MongoQuery = { 'mechanism.id': { $in: [...actor.secretariatMechanismIds] } };
    can(['read', 'create', 'update'], 'LibraryDocument', ofOurSecretariat);
  }
};
