import type { FilterQuery } from '@mikro-orm/core';
import { accessibleWhereFor } from '../../platform/authz/accessible-where';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { badInput, forbidden, notFound, unauthenticated } from '../../platform/graphql/errors';
import { DurableCriterion, DurablePlanOutcome, DurablePlanStatus, DurableSolution } from '../durable-solutions';
import {
  AGE_BANDS,
  ExploitationKind,
  ProtectionService,
  ServiceReferral,
  ServiceReferralStatus,
  Survivor,
  SurvivorSex,
} from '../protection';
import { controlDisclosure, type Equation } from './disclosure-control';
import { protectionFigureRows } from './protection-figures.query';
import type { ProtectionStatistics, ProtectionStatisticsInput } from './protection-statistics.types';
import { ruleFor } from './referral-statistics.service';
import { NOT_RECORDED } from './referral-statistics.tables';
import { type CellSuppression, type ProtectionDimension, StatisticsScope } from './statistics.enums';
import type { StatisticsCell } from './statistics.types';

/** Each table: the total it adds up to (null: multi-valued, no sum) and the values always shown, zeros included. */
const TABLES: Record<ProtectionDimension, { total: string | null; values: readonly string[] }> = {
  SEX: { total: 'SURVIVORS', values: Object.values(SurvivorSex) },
  AGE_BAND: { total: 'SURVIVORS', values: AGE_BANDS },
  NATIONALITY: { total: 'SURVIVORS', values: [] },
  EXPLOITATION: { total: null, values: Object.values(ExploitationKind) },
  SERVICE: { total: 'SERVICE_REFERRALS', values: Object.values(ProtectionService) },
  SERVICE_STATUS: { total: 'SERVICE_REFERRALS', values: Object.values(ServiceReferralStatus) },
  SOLUTION: { total: 'DURABLE_PLANS', values: Object.values(DurableSolution) },
  PLAN_STATUS: { total: 'DURABLE_PLANS', values: Object.values(DurablePlanStatus) },
  PLAN_OUTCOME: { total: `PLAN_STATUS|${DurablePlanStatus.CLOSED}`, values: Object.values(DurablePlanOutcome) },
  CRITERION_MET: { total: null, values: Object.values(DurableCriterion) },
};
const TOTALS = ['SURVIVORS', 'SERVICE_REFERRALS', 'DURABLE_PLANS', 'CONSENT_WITHDRAWALS'] as const;

/**
 * Protection figures of a scope and period (issue 18): survivors registered by sex, age band, nationality and
 * exploitation; referrals to services by service and status; durable-solution plans by solution, status, outcome
 * and criteria met; consent withdrawals. Counted in SQL from de-identified columns under the caller's rules
 * (ProtectionFigures, ServiceReferralFigures) and always released through disclosure control — never exact, not
 * even for an agency's own: these are people, not operations.
 */
export async function protectionStatistics(
  context: RequestContext,
  input: ProtectionStatisticsInput,
): Promise<ProtectionStatistics> {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  if (input.from && input.to && input.from >= input.to)
    throw badInput({ 'input.to': 'error.statistics.periodEmpty' }, 'The period ends before it starts');
  const meta = context.em.getMetadata();
  const survivorsPermitted = accessibleWhereFor(context.ability, 'count', 'ProtectionFigures', Survivor, meta);
  const referralsPermitted = accessibleWhereFor(
    context.ability,
    'count',
    'ServiceReferralFigures',
    ServiceReferral,
    meta,
  );
  if (survivorsPermitted === null || referralsPermitted === null) throw forbidden();
  const statistician = actor.roles.includes(Role.STATISTICIAN);
  let survivors: FilterQuery<Survivor> | null;
  let referrals: FilterQuery<ServiceReferral>;
  switch (input.scope) {
    case StatisticsScope.AGENCY:
      survivors = { $and: [survivorsPermitted, { holdingAgency: actor.agencyId }] } as FilterQuery<Survivor>;
      referrals = { $or: [{ holdingAgency: actor.agencyId }, { recipientAgency: actor.agencyId }] };
      break;
    case StatisticsScope.MECHANISM: {
      const id = input.mechanismId;
      if (!id) throw badInput({ 'input.mechanismId': 'error.statistics.mechanismRequired' }, 'Which mechanism?');
      const own = actor.mechanismIds.includes(id) || actor.secretariatMechanismIds.includes(id);
      if (!own && !statistician) throw notFound('Mechanism');
      survivors = null; // those referred to services through the mechanism
      referrals = { mechanism: id };
      break;
    }
    case StatisticsScope.REGION:
      if (!statistician) throw forbidden();
      survivors = survivorsPermitted as FilterQuery<Survivor>;
      referrals = {};
      break;
  }
  const rows = await protectionFigureRows(context.em, {
    survivors,
    serviceReferrals: { $and: [referralsPermitted, referrals] } as FilterQuery<ServiceReferral>,
    from: input.from ?? null,
    to: input.to ?? null,
  });
  const rule = ruleFor({ ...input, exact: false });

  const values = new Map<string, number>();
  for (const total of TOTALS) values.set(`${total}|`, 0);
  for (const [dimension, table] of Object.entries(TABLES))
    for (const value of table.values) values.set(`${dimension}|${value}`, 0);
  for (const row of rows) {
    const id = (TOTALS as readonly string[]).includes(row.dimension)
      ? `${row.dimension}|`
      : `${row.dimension}|${row.key ?? NOT_RECORDED}`;
    values.set(id, (values.get(id) ?? 0) + row.n);
  }
  const ids = [...values.keys()];
  const equations: Equation[] = Object.entries(TABLES)
    .filter(([, table]) => table.total !== null)
    .map(([dimension, table]) => ({
      total: table.total!.includes('|') ? table.total! : `${table.total}|`,
      parts: ids.filter((id) => id.startsWith(`${dimension}|`)),
    }));
  const controlled = controlDisclosure(
    ids.map((id) => ({ id, value: values.get(id)! })),
    equations,
    rule,
  );
  const cellOf = (id: string): StatisticsCell => {
    const cell = controlled.get(id)!;
    return {
      key: id.slice(id.indexOf('|') + 1),
      parent: null,
      count: cell.value,
      suppression: cell.suppression as CellSuppression | null,
    };
  };
  return {
    scope: input.scope,
    threshold: rule.threshold,
    survivors: cellOf('SURVIVORS|'),
    serviceReferrals: cellOf('SERVICE_REFERRALS|'),
    durablePlans: cellOf('DURABLE_PLANS|'),
    consentWithdrawals: cellOf('CONSENT_WITHDRAWALS|'),
    tables: Object.entries(TABLES).map(([dimension, table]) => ({
      dimension: dimension as ProtectionDimension,
      multiValued: table.total === null,
      cells: ids.filter((id) => id.startsWith(`${dimension}|`)).map(cellOf),
    })),
  };
}
