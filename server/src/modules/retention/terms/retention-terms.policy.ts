import type { Policy } from '../../../platform/authz/ability';
import { Role } from '../../../platform/authz/roles';

/** An agency's retention terms and report: read by its admin and auditors, changed by its admin. */
export type AgencyRetentionTermAction = 'read' | 'update';

declare module '../../../platform/authz/ability' {
  interface PermissionSubjects {
    AgencyRetentionTerm: AgencyRetentionTermAction;
  }
}

/**
 * How long an agency keeps its closed cases is the agency's decision as data controller, within the platform's
 * bounds: its admin sets the terms; its auditors read them and what the sweep did (counts, references and
 * dates, never a name). Nobody sees or sets another agency's terms, the platform admin included.
 */
export const retentionTermsPolicy: Policy = (actor, { can }) => {
  const own = { 'agency.id': actor.agencyId };
  if (actor.roles.includes(Role.AGENCY_ADMIN)) can(['read', 'update'], 'AgencyRetentionTerm', own);
  if (actor.roles.includes(Role.AUDITOR)) can('read', 'AgencyRetentionTerm', own);
};
