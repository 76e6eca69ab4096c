import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QBFilterQuery } from '@mikro-orm/postgresql';
import { ServiceReferral, Survivor } from '../protection';
import type { FigureRow } from './referral-figures.query';

/** The survivors and the referrals to services a protection figure may count, and the period asked for. */
export interface ProtectionScope {
  /** The survivors in scope: those these rules select, or (`survivorsReferred`) those of the referrals in scope. */
  survivors: FilterQuery<Survivor> | null;
  serviceReferrals: FilterQuery<ServiceReferral>;
  from: Date | null;
  to: Date | null;
}

export function idsOf<T extends object>(em: EntityManager, entity: new () => T, where: FilterQuery<T>, column = 'id') {
  const { sql, bindings } = em
    .createQueryBuilder(entity, 'x')
    .select(`x.${column}`)
    .where(where as QBFilterQuery<T>)
    .getKnexQuery()
    .toSQL();
  return { sql, bindings: bindings as unknown[] };
}

export const inPeriod = (column: string) =>
  `(?::timestamptz is null or ${column} >= ?) and (?::timestamptz is null or ${column} < ?)`;

const oneWay = (dimension: string, column: string, from: string, where = 'true') =>
  `select '${dimension}' as dimension, ${column} as key, null as parent, count(*)::int as n from ${from}
     where ${where} group by ${column}`;

/**
 * Every protection table of a request in one statement, aggregated by PostgreSQL from de-identified columns only
 * (survivor.stat_*, service types and statuses, plan solutions, statuses and criteria): no row, no sealed column
 * reaches Node. Survivors count by registration in the period; referrals to services by sending; plans by
 * creation; consent withdrawals by withdrawal — each of the survivors in scope.
 */
export async function protectionFigureRows(em: EntityManager, scope: ProtectionScope): Promise<FigureRow[]> {
  const referrals = idsOf(em, ServiceReferral, scope.serviceReferrals);
  // A mechanism's survivors are those referred to services through it.
  const survivors = scope.survivors
    ? idsOf(em, Survivor, scope.survivors)
    : idsOf(em, ServiceReferral, scope.serviceReferrals, 'survivor');
  const period = [scope.from, scope.from, scope.to, scope.to];
  const sql = `with in_scope(id) as (${survivors.sql}),
  sv as materialized (
    select s.stat_sex, s.stat_age_band, s.stat_nationality, s.stat_exploitations from survivor s
      join in_scope i on i.id = s.id where ${inPeriod('s.registered_at')}
  ),
  sr as materialized (
    select r.service::text as service, r.status::text as status from service_referral r
      join (${referrals.sql}) i(id) on i.id = r.id where ${inPeriod('r.sent_at')}
  ),
  dp as materialized (
    select p.id, p.solution::text as solution, p.status::text as status, p.outcome::text as outcome from durable_plan p
      join in_scope i on i.id = p.survivor_id where ${inPeriod('p.created_at')}
  ),
  cw as materialized (
    select c.id from survivor_consent c join in_scope i on i.id = c.survivor_id
      where c.withdrawn_at is not null and ${inPeriod('c.withdrawn_at')}
  )
  select 'SURVIVORS' as dimension, null as key, null as parent, count(*)::int as n from sv
  union all ${oneWay('SEX', 'stat_sex', 'sv')}
  union all ${oneWay('AGE_BAND', 'stat_age_band', 'sv')}
  union all ${oneWay('NATIONALITY', 'stat_nationality', 'sv')}
  union all select 'EXPLOITATION', e.kind, null, count(*)::int from sv, unnest(sv.stat_exploitations) e(kind)
    group by e.kind
  union all select 'SERVICE_REFERRALS', null, null, count(*)::int from sr
  union all ${oneWay('SERVICE', 'service', 'sr')}
  union all ${oneWay('SERVICE_STATUS', 'status', 'sr')}
  union all select 'DURABLE_PLANS', null, null, count(*)::int from dp
  union all ${oneWay('SOLUTION', 'solution', 'dp')}
  union all ${oneWay('PLAN_STATUS', 'status', 'dp')}
  union all ${oneWay('PLAN_OUTCOME', 'outcome', 'dp', "status = 'CLOSED'")}
  union all select 'CRITERION_MET', c.criterion::text, null, count(*)::int from dp
    join durable_plan_criterion c on c.plan_id = dp.id and c.status = 'MET' group by c.criterion
  union all select 'CONSENT_WITHDRAWALS', null, null, count(*)::int from cw`;
  return em
    .getConnection()
    .execute<FigureRow[]>(sql, [
      ...survivors.bindings,
      ...period,
      ...referrals.bindings,
      ...period,
      ...period,
      ...period,
    ]);
}
