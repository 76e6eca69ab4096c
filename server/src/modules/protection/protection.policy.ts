import type { Policy } from '../../platform/authz/ability';
import { Role } from '../../platform/authz/roles';
import { SURVIVOR_PERSONAL_FIELDS } from './survivor-personal-data';

/** Roles that work on survivors' cases. Liaison officers, admins, auditors and the platform admin never do. */
export const CASELOAD_ROLES: readonly Role[] = [Role.CASE_WORKER, Role.PROTECTION_SUPERVISOR];

const PERSONAL = [...SURVIVOR_PERSONAL_FIELDS];

/** What may be done with a survivor's record: read it (personal data per field), register, edit, assign, close. */
export type SurvivorAction =
  'read' | 'create' | 'update' | 'assign' | 'close' | 'reopen' | 'consent' | 'override' | 'refer' | 'screen';
/** Consents and the overrides given without one are read with the caseload (overrides also by auditors). */
export type ConsentRecordAction = 'read';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    Survivor: SurvivorAction;
    SurvivorConsent: ConsentRecordAction;
    ConsentOverride: ConsentRecordAction;
  }
}

/**
 * Who may see and do what with survivors: need to know, inside the holding agency only.
 * - Case workers and protection supervisors of the holding agency see its caseload: code, status,
 *   vulnerabilities, who is assigned. Nobody in another agency sees a survivor at all (a foreign id answers
 *   like a missing one); sharing with other agencies goes through consent (later in this module).
 * - Personal data (SURVIVOR_PERSONAL_FIELDS) is read only by the case worker assigned to the case and by the
 *   supervisor assigned to it; each read is audited. Any other colleague gets null and the field listed in
 *   `restrictedFields`. CASL gives later rules precedence, so the grants follow the restriction.
 * - Case workers register survivors of their agency (they become the assigned case worker) and edit the cases
 *   assigned to them; supervisors assign case workers and supervisors; both close and reopen their cases.
 * - Consent: the assigned case worker and supervisor record and withdraw it; the caseload's readers see it.
 *   The same two refer the survivor to services (service-referral.policy.ts) and record screenings.
 *   Overrides (risk to life) are given by any protection supervisor of the agency and listed for its auditors.
 * - API tokens act for systems, not people: they get nothing here.
 */
export const protectionPolicy: Policy = (actor, { can, cannot }) => {
  if (actor.kind !== 'user') return;
  // Auditors see that overrides were given (when, by whom, to whom, for what), never the survivor's data.
  if (actor.roles.includes(Role.AUDITOR)) can('read', 'ConsentOverride', { 'holdingAgency.id': actor.agencyId });
  if (!actor.roles.some((role) => CASELOAD_ROLES.includes(role))) return;
  const holding = { 'holdingAgency.id': actor.agencyId };

  can('read', 'Survivor', holding);
  cannot('read', 'Survivor', PERSONAL);

  if (actor.roles.includes(Role.CASE_WORKER)) {
    const assigned = { ...holding, 'caseWorker.id': actor.id };
    can('read', 'Survivor', PERSONAL, assigned);
    can('create', 'Survivor', holding);
    can(['update', 'close', 'reopen', 'consent', 'refer', 'screen'], 'Survivor', assigned);
  }
  if (actor.roles.includes(Role.PROTECTION_SUPERVISOR)) {
    const supervised = { ...holding, 'supervisor.id': actor.id };
    can('read', 'Survivor', PERSONAL, supervised);
    can('assign', 'Survivor', holding);
    can(['close', 'reopen', 'consent', 'refer', 'screen'], 'Survivor', supervised);
    // A risk to life does not wait for the assigned supervisor: any protection supervisor of the agency.
    can('override', 'Survivor', holding);
    can('read', 'ConsentOverride', holding);
  }
  can('read', 'SurvivorConsent', holding);
};
