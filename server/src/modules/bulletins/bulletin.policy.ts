import type { MongoQuery } from '@casl/ability';
import type { Policy } from '../../platform/authz/ability';
import { Role } from '../../platform/authz/roles';
import { FOCAL_POINT_ROLES, LibraryHandlingCode } from '../coordination';
import { BulletinStatus } from './bulletin.enums';

/**
 * Who does what to a mechanism's bulletins (docs/adr/0037-bulletins.md):
 * - read (published): within the handling code, as the library: H2 every user of a member agency, H1 the mechanism's
 *   focal points and secretariat users, H3 users of the named agencies;
 * - acknowledge: a member agency's user who may read it (the first one records it for the agency);
 * - create / update a draft: a member agency's liaison officer (drafts of their own agency), the secretariat (all);
 * - publish, and see who has not acknowledged (readAcknowledgements): the mechanism's secretariat.
 * Non-members and the platform admin see nothing; a bulletin they may not read answers like a missing one.
 */
export type BulletinAction = 'read' | 'create' | 'update' | 'publish' | 'acknowledge' | 'readAcknowledgements';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    Bulletin: BulletinAction;
  }
}

export const bulletinPolicy: Policy = (actor, { can }) => {
  if (actor.roles.includes(Role.PLATFORM_ADMIN)) return;
  const mechanisms = [...new Set([...actor.mechanismIds, ...actor.secretariatMechanismIds])];
  if (mechanisms.length === 0) return;
  const ofMyMechanisms: MongoQuery = { 'mechanism.id': { $in: mechanisms }, status: BulletinStatus.PUBLISHED };
  const sitsInMechanism = actor.roles.some((role) => FOCAL_POINT_ROLES.includes(role) || role === Role.SECRETARIAT);

  const readable: MongoQuery[] = [
    { ...ofMyMechanisms, handlingCode: LibraryHandlingCode.H2 },
    { ...ofMyMechanisms, handlingCode: LibraryHandlingCode.H3, namedAgencyIds: actor.agencyId },
  ];
  if (sitsInMechanism) readable.push({ ...ofMyMechanisms, handlingCode: LibraryHandlingCode.H1 });
  for (const condition of readable) can('read', 'Bulletin', condition);

  // Acknowledged on behalf of a member agency: only by its users, in the mechanisms it is a member of.
  if (actor.mechanismIds.length > 0) {
    for (const condition of readable)
      can('acknowledge', 'Bulletin', { ...condition, 'mechanism.id': { $in: [...actor.mechanismIds] } });
  }

  if (actor.roles.some((role) => FOCAL_POINT_ROLES.includes(role)) && actor.mechanismIds.length > 0) {
    const ownDrafts: MongoQuery = {
      'mechanism.id': { $in: [...actor.mechanismIds] },
      'draftingAgency.id': actor.agencyId,
      status: BulletinStatus.DRAFT,
    };
    can(['read', 'create', 'update'], 'Bulletin', ownDrafts);
  }

  if (actor.roles.includes(Role.SECRETARIAT) && actor.secretariatMechanismIds.length > 0) {
    const ofOurSecretariat: MongoQuery = { 'mechanism.id': { $in: [...actor.secretariatMechanismIds] } };
    can(['read', 'readAcknowledgements'], 'Bulletin', ofOurSecretariat);
    can(['create', 'update', 'publish'], 'Bulletin', { ...ofOurSecretariat, status: BulletinStatus.DRAFT });
  }
};
