import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Referral } from '../referrals';
import { singleRow } from '../../platform/orm/single-row';
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
