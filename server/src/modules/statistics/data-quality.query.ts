import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Referral, ReferralStatus } from '../referrals';
import { singleRow } from '../../platform/orm/single-row';
import {
  type AggregatePart,
  planCondition,
  plannedPastDeadlineCount,
  type SqlCondition,
} from './referral-aggregates.query';
import { scopedReferralSelect } from './referral-figures.query';

/** One indicator: how many of the referrals it applies to (`base`) have the problem (`flagged`). */
export interface QualityRow {
  indicator: string;
  flagged: number;
  base: number;
}

/**
 * Each indicator as [name, the referrals it applies to, the ones with the problem], over the permitted
 * referrals. Completeness: key fields left empty; timeliness: acknowledged after the deadline, or still waiting
 * past it; consistency: closed with no outcome, declined with no reason; unknown values: category OTHER.
 * Every condition reads the referral's own columns (answer times and person count are kept on it), so the
 * indicators are counted in one pass over the rows, with no lookup per referral (issue 18).
 */
export const INDICATORS: [string, string, string][] = [
  ['CROSSING_POINT_MISSING', 'true', 'crossing_point_id is null and place_description is null'],
  ['INCIDENT_DATE_MISSING', 'true', 'incident_date is null'],
  ['LOCATION_MISSING', 'true', 'latitude is null or longitude is null'],
  ['NO_PERSON_RECORDED', 'true', 'person_count = 0'],
  ['CATEGORY_OTHER', 'true', "category = 'OTHER'"],
  ['ACKNOWLEDGED_LATE', 'acknowledged_at is not null', 'acknowledged_at > acknowledge_by'],
  ['NOT_ACKNOWLEDGED_PAST_DEADLINE', "status = 'SENT'", 'acknowledge_by < now()'],
  ['CLOSED_WITHOUT_OUTCOME', "status = 'CLOSED'", 'outcome is null'],
  ['DECLINED_WITHOUT_REASON', "status = 'DECLINED'", "coalesce(btrim(status_reason), '') = ''"],
];

/** What each indicator looks at, per referral of `scoped` (a CTE of ids): the records behind an indicator. */
export const QUALITY_FACTS = `  facts as (
    select r.id, r.reference, r.sent_at, r.status::text as status, r.category::text as category, r.outcome, r.status_reason, r.crossing_point_id,
      r.place_description, r.incident_date, r.latitude, r.longitude, r.acknowledge_by, r.person_count,
      r.acknowledged_at
    from referral r join scoped s on s.id = r.id
  )`;

/** The data-quality indicators of the permitted referrals, counted by PostgreSQL in one statement. */
export async function dataQualityRows(em: EntityManager, where: FilterQuery<Referral>): Promise<QualityRow[]> {
  const columns = INDICATORS.flatMap(([name, base, flagged]) => [
    `count(*) filter (where ${base})::int as "${name}|base"`,
    `count(*) filter (where (${base}) and (${flagged}))::int as "${name}|flagged"`,
  ]);
  const { sql, bindings } = scopedReferralSelect(em, where, columns);
  const rows = await em.getConnection().execute<Record<string, number>[]>(sql, bindings);
  const row = singleRow(rows, 'data quality indicators');
  // Every indicator has both columns in the select list above.
  const column = (name: string) => {
    const value = row[name];
    if (value === undefined) throw new Error(`data quality indicators: no column ${name}`);
    return value;
  };
  return INDICATORS.map(([indicator]) => ({
    indicator,
    base: column(`${indicator}|base`),
    flagged: column(`${indicator}|flagged`),
  }));
}

/** What the counters read for an indicator: its base and flagged counts as facts (and a status) of the counters. */
interface CountedIndicator {
  base: { fact: string; status?: ReferralStatus };
  /** null: depends on now(), counted on the rows (pastAcknowledgeCount). */
  flagged: string | null;
}

// Each of INDICATORS as the facts referral_quality_facts() counts (Migration20261207000100): a base that is a
// status is that status's TOTAL; the tests hold both ways of counting equal.
const COUNTED: Record<string, CountedIndicator> = {
  CROSSING_POINT_MISSING: { base: { fact: 'TOTAL' }, flagged: 'CROSSING_POINT_MISSING' },
  INCIDENT_DATE_MISSING: { base: { fact: 'TOTAL' }, flagged: 'INCIDENT_DATE_MISSING' },
  LOCATION_MISSING: { base: { fact: 'TOTAL' }, flagged: 'LOCATION_MISSING' },
  NO_PERSON_RECORDED: { base: { fact: 'TOTAL' }, flagged: 'NO_PERSON_RECORDED' },
  CATEGORY_OTHER: { base: { fact: 'TOTAL' }, flagged: 'CATEGORY_OTHER' },
  ACKNOWLEDGED_LATE: { base: { fact: 'ACKNOWLEDGED' }, flagged: 'ACKNOWLEDGED_LATE' },
  NOT_ACKNOWLEDGED_PAST_DEADLINE: { base: { fact: 'TOTAL', status: ReferralStatus.SENT }, flagged: null },
  CLOSED_WITHOUT_OUTCOME: { base: { fact: 'TOTAL', status: ReferralStatus.CLOSED }, flagged: 'CLOSED_WITHOUT_OUTCOME' },
  DECLINED_WITHOUT_REASON: {
    base: { fact: 'TOTAL', status: ReferralStatus.DECLINED },
    flagged: 'DECLINED_WITHOUT_REASON',
  },
};
if (INDICATORS.some(([name]) => !COUNTED[name])) throw new Error('data quality: an indicator has no counters');

/**
 * The indicators over whole months (or, with `days`, whole days) from referral_quality_count, under the plan (the caller's rules as counters'
 * keys, ADR 0056), all but the flagged count that depends on now(), which the caller adds (pastAcknowledgeCount).
 */
export async function countedQualityRows(
  em: EntityManager,
  parts: readonly AggregatePart[],
  months: SqlCondition,
  options: { days?: boolean } = {},
): Promise<QualityRow[]> {
  const where = planCondition(parts, options);
  const rows = await em.getConnection().execute<{ status: string; fact: string; n: number }[]>(
    `select status::text as status, fact, sum(count)::int as n from referral_quality_count r
      where (${where.sql}) and (${months.sql}) group by status, fact`,
    [...where.bindings, ...months.bindings],
  );
  const sum = (fact: string, status?: string) =>
    rows
      .filter((row) => row.fact === fact && (!status || row.status === status))
      .reduce((total, row) => total + Number(row.n), 0);
  return INDICATORS.map(([indicator]) => {
    const counted = COUNTED[indicator]!;
    return {
      indicator,
      base: sum(counted.base.fact, counted.base.status),
      flagged: counted.flagged ? sum(counted.flagged) : 0,
    };
  });
}

/**
 * How many of the plan's referrals sent in the period are still SENT past their acknowledgement deadline now
 * (NOT_ACKNOWLEDGED_PAST_DEADLINE): written on the plan's party so PostgreSQL counts them from the partial
 * indexes on `acknowledge_by` alone (Migration20261207000100).
 */
export async function pastAcknowledgeCount(
  em: EntityManager,
  parts: readonly AggregatePart[],
  period: { from?: Date | null; to?: Date | null },
): Promise<number> {
  return plannedPastDeadlineCount(em, parts, period, {
    statusesOf: (part) => (part.statuses.includes(ReferralStatus.SENT) ? [ReferralStatus.SENT] : []),
    deadline: 'acknowledge_by',
    what: 'past acknowledgement deadline',
  });
}
