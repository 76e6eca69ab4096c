import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QBFilterQuery } from '@mikro-orm/postgresql';
import { Referral } from '../referrals';
import { singleRow } from '../../platform/orm/single-row';

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
 */
export const INDICATORS: [string, string, string][] = [
  ['CROSSING_POINT_MISSING', 'true', 'crossing_point_id is null and place_description is null'],
  ['INCIDENT_DATE_MISSING', 'true', 'incident_date is null'],
  ['LOCATION_MISSING', 'true', 'latitude is null or longitude is null'],
  ['NO_PERSON_RECORDED', 'true', 'persons = 0'],
  ['CATEGORY_OTHER', 'true', "category = 'OTHER'"],
  ['ACKNOWLEDGED_LATE', 'acknowledged_at is not null', 'acknowledged_at > acknowledge_by'],
  ['NOT_ACKNOWLEDGED_PAST_DEADLINE', "status = 'SENT'", 'acknowledge_by < now()'],
  ['CLOSED_WITHOUT_OUTCOME', "status = 'CLOSED'", 'outcome is null'],
  ['DECLINED_WITHOUT_REASON', "status = 'DECLINED'", "coalesce(btrim(status_reason), '') = ''"],
];

/** What each indicator looks at, per referral of `scoped` (a CTE of ids). */
export const QUALITY_FACTS = `  facts as (
    select r.id, r.reference, r.sent_at, r.status::text as status, r.category::text as category, r.outcome, r.status_reason, r.crossing_point_id,
      r.place_description, r.incident_date, r.latitude, r.longitude, r.acknowledge_by,
      (select count(*) from referral_person p where p.referral_id = r.id) as persons,
      (select min(t.at) from referral_transition t where t.referral_id = r.id and t.action = 'acknowledge')
        as acknowledged_at
    from referral r join scoped s on s.id = r.id
  )`;

/** The data-quality indicators of the permitted referrals, counted by PostgreSQL in one statement. */
export async function dataQualityRows(em: EntityManager, where: FilterQuery<Referral>): Promise<QualityRow[]> {
  const { sql, bindings } = em
    .createQueryBuilder(Referral, 'r')
    .select('r.id')
    .where(where as QBFilterQuery<Referral>)
    .getKnexQuery()
    .toSQL();
  const columns = INDICATORS.map(
    ([name, base, flagged]) =>
      `count(*) filter (where ${base})::int as "${name}|base", ` +
      `count(*) filter (where (${base}) and (${flagged}))::int as "${name}|flagged"`,
  ).join(',\n    ');
  const rows = await em.getConnection().execute<Record<string, number>[]>(
    `with scoped as (${sql}),
  ${QUALITY_FACTS}
  select ${columns}
  from facts`,
    bindings as unknown[],
  );
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
