import type { FilterQuery } from '@mikro-orm/core';
import { type EntityManager, type QBFilterQuery, raw } from '@mikro-orm/postgresql';
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
 * `select <columns> from referral r where <the caller's permission, the scope, the period>`: the condition as
 * the ORM writes it (CASL -> SQL), the columns computed by PostgreSQL. No referral row reaches Node.
 */
export function scopedReferralSelect(em: EntityManager, where: FilterQuery<Referral>, columns: readonly string[]) {
  const { sql, bindings } = em
    .createQueryBuilder(Referral, 'r')
    .select(columns.map((column) => raw(column)))
    .where(where as QBFilterQuery<Referral>)
    .getKnexQuery()
    .toSQL();
  return { sql, bindings: bindings as unknown[] };
}

// The facts each referral contributes, read off its own row (the answer times are stored on it since
// Migration20261206100000); "border" is the unordered pair of its countries.
const FACTS: Record<string, string> = {
  mechanism: 'r.mechanism_id::text',
  crossing_point: 'r.crossing_point_id::text',
  category: 'r.category::text',
  urgency: 'r.urgency::text',
  handling_code: 'r.handling_code::text',
  sending_country: 'r.sending_country_code',
  receiving_country: 'r.receiving_country_code',
  status: 'r.status::text',
  outcome: 'r.outcome::text',
  month: `to_char(r.sent_at at time zone 'UTC', 'YYYY-MM')`,
  border: `least(r.sending_country_code, r.receiving_country_code) || '-' ||
    greatest(r.sending_country_code, r.receiving_country_code)`,
  decline_reason: `case when r.status = 'DECLINED' then nullif(lower(btrim(r.status_reason)), '') end`,
};
const COLUMNS = Object.keys(FACTS);

/** A table of the request: the fact it counts by, the one it nests in, and the status it is restricted to. */
interface FigureTable {
  dimension: string;
  key?: string;
  parent?: string;
  status?: string;
}

// Each table groups by a different set of columns: PostgreSQL tells the sets apart with grouping().
const TABLES: readonly FigureTable[] = [
  { dimension: 'TOTAL' },
  { dimension: 'MECHANISM', key: 'mechanism' },
  { dimension: 'BORDER', key: 'border' },
  { dimension: 'CROSSING_POINT', key: 'crossing_point', parent: 'mechanism' },
  { dimension: 'CATEGORY', key: 'category' },
  { dimension: 'URGENCY', key: 'urgency' },
  { dimension: 'HANDLING_CODE', key: 'handling_code' },
  { dimension: 'SENDING_COUNTRY', key: 'sending_country' },
  { dimension: 'RECEIVING_COUNTRY', key: 'receiving_country' },
  { dimension: 'STATUS', key: 'status' },
  { dimension: 'MONTH', key: 'month' },
  { dimension: 'OUTCOME', key: 'outcome', status: 'CLOSED' },
  { dimension: 'DECLINE_REASON', key: 'decline_reason', status: 'DECLINED' },
  // Cross-tabulations the reader can reason with (never published): mechanism by border, sender by receiver.
  { dimension: 'X_MECHANISM_BORDER', key: 'border', parent: 'mechanism' },
  { dimension: 'X_SENDER_RECEIVER', key: 'receiving_country', parent: 'sending_country' },
];

const groupedBy = (table: FigureTable) =>
  [table.key, table.parent, table.status && 'status'].filter((column): column is string => !!column);

/** What grouping(<every column>) answers for a table's rows: a bit set for each column it does not group by. */
const groupingOf = (table: FigureTable) =>
  COLUMNS.reduce(
    (bits, column, index) => (groupedBy(table).includes(column) ? bits : bits | (1 << (COLUMNS.length - 1 - index))),
    0,
  );
const TABLE_BY_GROUPING = new Map(TABLES.map((table) => [groupingOf(table), table]));
if (TABLE_BY_GROUPING.size !== TABLES.length) throw new Error('two figure tables group by the same columns');

type GroupRow = Record<string, string | number | null> & { g: number; n: number };

/**
 * Every table of the request in one statement and one pass over the scoped referrals: one grouping set per
 * table, which PostgreSQL hashes side by side (a union of group-bys would read the rows once per table).
 */
export async function referralFigureRows(em: EntityManager, where: FilterQuery<Referral>): Promise<FigureRow[]> {
  const facts = scopedReferralSelect(
    em,
    where,
    COLUMNS.map((column) => `${FACTS[column]} as ${column}`),
  );
  const sets = TABLES.map((table) => `(${groupedBy(table).join(', ')})`).join(', ');
  const rows = await em.getConnection().execute<GroupRow[]>(
    `select grouping(${COLUMNS.join(', ')}) as g, ${COLUMNS.join(', ')}, count(*)::int as n
       from (${facts.sql}) facts group by grouping sets (${sets})`,
    facts.bindings,
  );
  return rows.flatMap((row) => {
    const table = TABLE_BY_GROUPING.get(Number(row.g));
    if (!table) throw new Error(`referral figures: no table groups as ${row.g}`);
    if (table.status && row.status !== table.status) return [];
    const value = (column: string | undefined) => (column ? ((row[column] as string | null) ?? null) : null);
    return [{ dimension: table.dimension, key: value(table.key), parent: value(table.parent), n: Number(row.n) }];
  });
}

const hours = (column: string) => `extract(epoch from ${column} - r.sent_at) / 3600`;

/** Medians and 90th percentiles of the times to acknowledge and to answer, in hours; and how many are overdue. */
export async function referralDurations(em: EntityManager, where: FilterQuery<Referral>): Promise<DurationRow> {
  // One sort per time: both fractions of percentile_cont read the same ordered values.
  const percentiles = (column: string) => `percentile_cont(array[0.5, 0.9]) within group (order by ${hours(column)})`;
  const stats = scopedReferralSelect(em, where, [
    'count(r.acknowledged_at)::int as acknowledged',
    `${percentiles('r.acknowledged_at')} as ack`,
    'count(r.answered_at)::int as answered',
    `${percentiles('r.answered_at')} as answer`,
    `count(*) filter (where ${overdueSql('r')})::int as overdue`,
  ]);
  const rows = await em
    .getConnection()
    .execute<
      (Pick<DurationRow, 'acknowledged' | 'answered' | 'overdue'> & { ack: number[] | null; answer: number[] | null })[]
    >(stats.sql, stats.bindings);
  const { ack, answer, ...counts } = singleRow(rows, 'referral durations');
  return {
    ...counts,
    ack_median: ack?.[0] ?? null,
    ack_p90: ack?.[1] ?? null,
    answer_median: answer?.[0] ?? null,
    answer_p90: answer?.[1] ?? null,
  };
}
