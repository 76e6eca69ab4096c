import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager, QBFilterQuery } from '@mikro-orm/postgresql';
import { overdueSql, Referral } from '../referrals';
import { singleRow } from '../../platform/orm/single-row';

/** One group of a one-way table (or a cross-tabulation the disclosure control reasons with). */
export interface FigureRow {
  dimension: string;
  key: string | null;
  parent: string | null;
  n: number;
}

export interface DurationRow {
  acknowledged: number;
  ack_median: number | null;
  ack_p90: number | null;
  answered: number;
  answer_median: number | null;
  answer_p90: number | null;
  overdue: number;
}

/**
 * The referrals a figure counts: the caller's permission condition and the request's scope and period, as the
 * ORM writes them (CASL -> SQL), then everything below is aggregated by PostgreSQL. No referral row reaches Node.
 */
function scopedReferrals(em: EntityManager, where: FilterQuery<Referral>) {
  const { sql, bindings } = em
    .createQueryBuilder(Referral, 'r')
    .select('r.id')
    .where(where as QBFilterQuery<Referral>)
    .getKnexQuery()
    .toSQL();
  return { sql, bindings: bindings as unknown[] };
}

// The facts each referral contributes; "border" is the unordered pair of its countries.
const FACTS = `
  facts as materialized (
    select r.mechanism_id::text as mechanism, r.crossing_point_id::text as crossing_point,
      r.category::text as category, r.urgency::text as urgency, r.handling_code::text as handling_code,
      r.sending_country_code as sending_country, r.receiving_country_code as receiving_country,
      r.status::text as status, r.outcome::text as outcome,
      to_char(r.sent_at at time zone 'UTC', 'YYYY-MM') as month,
      least(r.sending_country_code, r.receiving_country_code) || '-' ||
        greatest(r.sending_country_code, r.receiving_country_code) as border,
      case when r.status = 'DECLINED' then nullif(lower(btrim(r.status_reason)), '') end as decline_reason,
      ${overdueSql('r')} as overdue,
      r.sent_at,
      (select min(t.at) from referral_transition t where t.referral_id = r.id and t.action = 'acknowledge')
        as acknowledged_at,
      (select min(t.at) from referral_transition t where t.referral_id = r.id and t.action in ('accept', 'decline'))
        as answered_at
    from referral r join scoped s on s.id = r.id
  )`;

const oneWay = (dimension: string, column: string) =>
  `select '${dimension}' as dimension, ${column} as key, null as parent, count(*)::int as n from facts group by ${column}`;

/** Every table of the request in one statement (the CTE is computed once). */
const TABLES = [
  `select 'TOTAL' as dimension, null as key, null as parent, count(*)::int as n from facts`,
  oneWay('MECHANISM', 'mechanism'),
  oneWay('BORDER', 'border'),
  `select 'CROSSING_POINT', crossing_point, mechanism, count(*)::int from facts group by mechanism, crossing_point`,
  oneWay('CATEGORY', 'category'),
  oneWay('URGENCY', 'urgency'),
  oneWay('HANDLING_CODE', 'handling_code'),
  oneWay('SENDING_COUNTRY', 'sending_country'),
  oneWay('RECEIVING_COUNTRY', 'receiving_country'),
  oneWay('STATUS', 'status'),
  oneWay('MONTH', 'month'),
  `select 'OUTCOME', outcome, null, count(*)::int from facts where status = 'CLOSED' group by outcome`,
  `select 'DECLINE_REASON', decline_reason, null, count(*)::int from facts where status = 'DECLINED'
     group by decline_reason`,
  // Cross-tabulations the reader can reason with (never published): mechanism by border, sender by receiver.
  `select 'X_MECHANISM_BORDER', border, mechanism, count(*)::int from facts group by mechanism, border`,
  `select 'X_SENDER_RECEIVER', receiving_country, sending_country, count(*)::int from facts
     group by sending_country, receiving_country`,
].join('\n  union all\n  ');

export async function referralFigureRows(em: EntityManager, where: FilterQuery<Referral>): Promise<FigureRow[]> {
  const scoped = scopedReferrals(em, where);
  return em.getConnection().execute<FigureRow[]>(
    `with scoped as (${scoped.sql}), ${FACTS}
  ${TABLES}`,
    scoped.bindings,
  );
}

/** Medians and 90th percentiles of the times to acknowledge and to answer, in hours; and how many are overdue. */
export async function referralDurations(em: EntityManager, where: FilterQuery<Referral>): Promise<DurationRow> {
  const scoped = scopedReferrals(em, where);
  const hours = (column: string, fraction: number) =>
    `percentile_cont(${fraction}) within group (order by extract(epoch from ${column} - sent_at) / 3600)`;
  const rows = await em.getConnection().execute<DurationRow[]>(
    `with scoped as (${scoped.sql}), ${FACTS}
  select count(acknowledged_at)::int as acknowledged,
    ${hours('acknowledged_at', 0.5)} as ack_median, ${hours('acknowledged_at', 0.9)} as ack_p90,
    count(answered_at)::int as answered,
    ${hours('answered_at', 0.5)} as answer_median, ${hours('answered_at', 0.9)} as answer_p90,
    count(*) filter (where overdue)::int as overdue
  from facts`,
    scoped.bindings,
  );
  return singleRow(rows, 'referral durations');
}
