import type { Policy } from '../../platform/authz/ability';
import { Role } from '../../platform/authz/roles';

/** The trail is read, never changed (the database refuses updates and deletes). */
export type AuditEventAction = 'read';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    AuditEvent: AuditEventAction;
  }
}

/**
 * What an agency's auditor sees of another agency's event that touched its records (the data owner's view):
 * who (agency and country, person or system), what, which record, which fields, when. Not the actor's id,
 * request id, client address or details: those belong to the other agency's internal trail, which its own
 * auditors see. Both auditors can name the event by its id or seq when they talk to each other.
 */
export const DATA_OWNER_VISIBLE_FIELDS = [
  'seq',
  'id',
  'occurredAt',
  'actorKind',
  'actorAgencyId',
  'actorCountryCode',
  'action',
  'entityType',
  'entityId',
  'fields',
  'ownerAgencyId',
  // The owner's own record, as the owner knows it (audit-labels.service.ts).
  'recordLabel',
  'recordPath',
];

/**
 * Who reads the audit trail. Only AUDITORs, and only:
 * - everything their own agency did (its internal trail, every field);
 * - what others did to records their agency owns, restricted to DATA_OWNER_VISIBLE_FIELDS.
 * The first rule covers an own-agency event on an own record with every field (CASL: a rule without fields
 * allows all of them). PLATFORM_ADMIN gets no rule here: it may verify the chain but reads no event.
 */
export const auditPolicy: Policy = (actor, { can }) => {
  if (!actor.roles.includes(Role.AUDITOR)) return;
  can('read', 'AuditEvent', { actorAgencyId: actor.agencyId });
  can('read', 'AuditEvent', DATA_OWNER_VISIBLE_FIELDS, { ownerAgencyId: actor.agencyId });
};
