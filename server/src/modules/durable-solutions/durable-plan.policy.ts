import type { Policy } from '../../platform/authz/ability';
import { Role } from '../../platform/authz/roles';

/** What may be done with a durable-solutions plan. */
export type DurablePlanAction = 'read' | 'create' | 'update' | 'assess' | 'close';

declare module '../../platform/authz/ability' {
  interface PermissionSubjects {
    DurablePlan: DurablePlanAction;
  }
}

/** The personal fields of a plan (sealed, every read audited). */
export const PLAN_PERSONAL_FIELDS = ['wishes'] as const;

/**
 * Who may see and do what with durable-solutions plans, on the row itself:
 * - The holding agency's case workers and protection supervisors see its plans (like its caseload); liaison
 *   officers, admins, auditors and the platform admin never do; other agencies' ids answer like missing ones.
 * - The person's wishes (personal data) are read only by the plan's owner, the holding agency's case worker.
 * - A case worker opens a plan for a survivor assigned to them (the service also asks protection's `update` on
 *   the survivor) and becomes its owner; the owner edits it, assesses criteria and closes it.
 * - After a hand-over, the partner agency's case workers and supervisors see the plan, and the partner's case
 *   worker assesses the criteria entrusted to the partner (the service checks whose entry each one is).
 */
export const durablePlanPolicy: Policy = (actor, { can, cannot }) => {
  if (actor.kind !== 'user') return;
  if (!actor.roles.some((role) => role === Role.CASE_WORKER || role === Role.PROTECTION_SUPERVISOR)) return;
  const holding = { 'holdingAgency.id': actor.agencyId };
  const partner = { 'partnerAgency.id': actor.agencyId };
  can('read', 'DurablePlan', holding);
  can('read', 'DurablePlan', partner);
  cannot('read', 'DurablePlan', [...PLAN_PERSONAL_FIELDS]);
  if (!actor.roles.includes(Role.CASE_WORKER)) return;
  const owned = { ...holding, 'caseWorker.id': actor.id };
  can('read', 'DurablePlan', [...PLAN_PERSONAL_FIELDS], owned);
  can('create', 'DurablePlan', holding);
  can(['update', 'assess', 'close'], 'DurablePlan', owned);
  can('assess', 'DurablePlan', { ...partner, 'partnerCaseWorker.id': actor.id });
};
