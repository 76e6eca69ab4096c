import type { Policy } from '../../platform/authz/ability';
import { Role } from '../../platform/authz/roles';

/** Checks are made, and records registered, within a mechanism; key rotation by its secretariat. */
export type IdentityCheckAction = 'create';
export type IdentityRecordAction = 'create';
export type IdentityCheckKeyAction = 'rotate';
export type IdentityCheckNoticeAction = 'read';
export type IdentityReindexRunAction = 'read';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    IdentityCheck: IdentityCheckAction;
    IdentityRecord: IdentityRecordAction;
    IdentityCheckKey: IdentityCheckKeyAction;
    IdentityCheckNotice: IdentityCheckNoticeAction;
    IdentityReindexRun: IdentityReindexRunAction;
  }
}

/** The people who check at a border or on a case: liaison officers and case workers of member agencies. */
export const CHECKING_ROLES: readonly Role[] = [Role.LIAISON_OFFICER, Role.CASE_WORKER];

/**
 * Hit/no-hit checks (docs/federation.md): a liaison officer or a case worker of a member agency checks and
 * registers what their agency knows, in the mechanisms their agency belongs to; the mechanism's secretariat
 * rotates its check key. Nobody reads another agency's records: a check answers whom to contact.
 */
export const identityCheckPolicy: Policy = (actor, { can }) => {
  const ofMyMechanisms = { 'mechanism.id': { $in: [...actor.mechanismIds] } };
  if (actor.roles.some((role) => CHECKING_ROLES.includes(role)) && actor.mechanismIds.length > 0) {
    can('create', 'IdentityCheck', ofMyMechanisms);
    can('create', 'IdentityRecord', { ...ofMyMechanisms, 'agency.id': actor.agencyId });
    // The data owner's log: checks that matched their own agency's records.
    can('read', 'IdentityCheckNotice', { ownerAgencyId: actor.agencyId });
  }
  // The progress of re-indexing after a rotation: counts only, for the platform's operators.
  if (actor.roles.includes(Role.PLATFORM_ADMIN)) can('read', 'IdentityReindexRun');
  if (actor.roles.includes(Role.SECRETARIAT) && actor.secretariatMechanismIds.length > 0)
    can('rotate', 'IdentityCheckKey', { mechanismId: { $in: [...actor.secretariatMechanismIds] } });
};
