import type { MongoQuery } from '@casl/ability';
import type { Policy } from '../../../platform/authz/ability';
import { Role } from '../../../platform/authz/roles';

/** A roster line is read by the mechanism's members and kept by its own agency's admin. */
export type DutyContactAction = 'read' | 'create' | 'update' | 'delete';

declare module '../../../platform/authz/ability' {
  interface PermissionSubjects {
    DutyContact: DutyContactAction;
  }
}

/**
 * Who sees and keeps a mechanism's 24/7 contact roster, in SQL. Every user of a member agency (and of the agency
 * running the secretariat) reads the whole roster of the mechanism: a desk across the border is the number they
 * call at 3 a.m. Each agency's admin keeps its own agency's lines, in the mechanisms the agency is in. Non-members
 * and the platform admin see nothing.
 */
export const rosterPolicy: Policy = (actor, { can }) => {
  if (actor.roles.includes(Role.PLATFORM_ADMIN)) return;
  const mechanisms = [...new Set([...actor.mechanismIds, ...actor.secretariatMechanismIds])];
  if (mechanisms.length === 0) return;
  const ofMyMechanisms: MongoQuery = { 'mechanism.id': { $in: mechanisms } };
  can('read', 'DutyContact', ofMyMechanisms);
  if (actor.roles.includes(Role.AGENCY_ADMIN)) {
    can(['create', 'update', 'delete'], 'DutyContact', { ...ofMyMechanisms, 'agency.id': actor.agencyId });
  }
};
