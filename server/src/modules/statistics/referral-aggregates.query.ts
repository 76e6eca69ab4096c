import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  overdueWhere,
  type Referral,
  REFERRAL_TRANSITIONS,
  ReferralStatus,
  STATUSES_WITH_A_DEADLINE,
} from '../referrals';
import type { AppAbility } from '../../platform/authz/ability';
import { permissionCondition } from '../../platform/authz/accessible-where';
import { type ConditionFacts, simplifyUnder } from '../../platform/authz/condition-facts';
import { StatisticsScope } from './statistics.enums';
import { singleRow } from '../../platform/orm/single-row';
import { type DurationRow, type FigureRow, scopedReferralSelect } from './referral-figures.query';

/**
 * The referral figures from the aggregates the triggers keep (Migration20261206200000, ADR 0056): whole UTC
 * months from referral_figure_count and referral_answer_time_count (buckets 1 % wide, Migration20261207000000), the partial months at either end of the
 * period row by row on the sent_at index, the overdue count on the running deadline. Read under the caller's
 * permission condition and scope as the ORM writes them for `referral`: the aggregates carry the columns those
 * conditions may name, under the same names.
 */

/** A part of the caller's figures on one axis of the aggregates: one party's (or all), in the statuses listed. */
export interface AggregatePart {
  axis: 'MECHANISM' | 'SENDER' | 'RECEIVER';
  /** The mechanism or agency; null: every party of the axis (the region, over the mechanisms). */
  party: string | null;
  statuses: ReferralStatus[];
}

export interface SqlCondition {
  sql: string;
  bindings: unknown[];
}

interface Branch {
  axis: AggregatePart['axis'];
  party: string | null;
  facts: ConditionFacts;
}

/**
 * Which counters stand for the rows a caller may count in a scope (ADR 0056), or null when the caller's rules
 * look at anything the counters do not carry, and the rows must be counted. Each branch of the scope fixes a
 * party (an agency's figures are the referrals it sent plus those it received, never both: the parties differ);
 * under it, the permission condition must be decided by the status alone, as for the inbox counters.
 */
export function aggregatePlan(
  ability: AppAbility,
  scope: { scope: StatisticsScope; agencyId: string; mechanismId?: string | null },
): AggregatePart[] | null {
  const condition = permissionCondition(ability, 'count', 'ReferralFigures');
  if (!condition) return null;
  const agency = scope.agencyId;
  const branches: Branch[] =
    scope.scope === StatisticsScope.AGENCY
      ? [
          {
            axis: 'SENDER',
            party: agency,
            facts: { 'sendingAgency.id': { equals: agency }, 'receivingAgency.id': { differsFrom: agency } },
          },
          {
            axis: 'RECEIVER',
            party: agency,
            facts: { 'receivingAgency.id': { equals: agency }, 'sendingAgency.id': { differsFrom: agency } },
          },
        ]
      : scope.scope === StatisticsScope.MECHANISM && scope.mechanismId
        ? [{ axis: 'MECHANISM', party: scope.mechanismId, facts: { 'mechanism.id': { equals: scope.mechanismId } } }]
        : [{ axis: 'MECHANISM', party: null, facts: {} }];
  const parts: AggregatePart[] = [];
  for (const branch of branches) {
    const statuses: ReferralStatus[] = [];
    for (const status of Object.values(ReferralStatus)) {
      const decided = simplifyUnder(condition, { ...branch.facts, status: { equals: status } });
      if (typeof decided !== 'boolean') return null;
      if (decided) statuses.push(status);
    }
    parts.push({ axis: branch.axis, party: branch.party, statuses });
  }
  return parts;
}

/** Which axis of the counters holds a part's counts: per month, or per day (MECHANISM_DAY, Migration20261207000400). */
const axisOf = (part: AggregatePart, days: boolean | undefined) => (days ? `${part.axis}_DAY` : part.axis);

/**
 * Whether the counters per day stand for the plan: they are kept on the mechanism axis only, so a plan that
 * counts an agency's parts (SENDER, RECEIVER) reads its partial months from the rows.
 */
export const daysCounted = (parts: readonly AggregatePart[]) =>
  parts.every((part) => part.statuses.length === 0 || part.axis === 'MECHANISM');

/**
 * Every party of the day axis (the region), named so that PostgreSQL reads the counters' key index once per
 * mechanism, each time only the period's days: with the party left open, the day is no prefix of the key and the
 * whole day axis is read (3.4 million counters on the benchmark data; the month axis, ten times smaller, reads as
 * fast either way). Exactly the axis's counters: every referral's mechanism exists (a foreign key, on delete restrict).
 */
const EVERY_MECHANISM = 'r.party_id = any(array(select id from mechanism))';

/** The plan as a condition on the counters' key (on the day axis with `days`). */
export function planCondition(parts: readonly AggregatePart[], options: { days?: boolean } = {}): SqlCondition {
  const bindings: unknown[] = [];
  const terms = parts
    .filter((part) => part.statuses.length > 0)
    .map((part) => {
      bindings.push(axisOf(part, options.days));
      if (part.party) bindings.push(part.party);
      bindings.push(...part.statuses);
      const party = part.party ? ' and r.party_id = ?' : options.days ? ` and ${EVERY_MECHANISM}` : '';
      return `(r.axis = ?${party} and r.status::text in (${part.statuses.map(() => '?').join(', ')}))`;
    });
  return { sql: terms.length > 0 ? terms.join(' or ') : 'false', bindings };
}

export interface PeriodSplit {
  /** Condition on the aggregates' `month`, or null when the period holds no whole month. */
  months: SqlCondition | null;
  /** Condition on the day axis's `month` (the day), or null: the whole UTC days outside the whole months. */
  days: SqlCondition | null;
  /** The parts counted row by row: what lies outside the whole months (and, with days, the whole days). */
  partial: FilterQuery<Referral>[];
}

const monthStart = (instant: Date) => new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), 1));
const nextMonth = (instant: Date) => new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth() + 1, 1));
const dayStart = (instant: Date) =>
  new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
const nextDay = (instant: Date) =>
  new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate() + 1));
const day = (instant: Date) => instant.toISOString().slice(0, 10);
/** The first boundary at or after the instant. */
const ceil = (instant: Date, start: (at: Date) => Date, next: (at: Date) => Date) =>
  start(instant).getTime() === instant.getTime() ? instant : next(instant);
const between = (from: Date, to: Date): FilterQuery<Referral> => ({ sentAt: { $gte: from, $lt: to } });

/**
 * The period [from, to) as whole UTC months for the aggregates and the instants at either end for the rows; with
 * `days` (daysCounted), the whole UTC days between them from the day axis, and only the partial days on the rows.
 */
export function splitPeriod(
  from: Date | null | undefined,
  to: Date | null | undefined,
  options: { days?: boolean } = {},
): PeriodSplit {
  const first = from ? ceil(from, monthStart, nextMonth) : null;
  const end = to ? monthStart(to) : null;
  const whole = !(first && end && first >= end);
  const dayRanges: [Date, Date][] = [];
  const partial: FilterQuery<Referral>[] = [];
  // The edges inside the whole months' ends: whole days if counted per day, else the instants themselves.
  const [firstDay, endDay] = options.days
    ? [from && ceil(from, dayStart, nextDay), to && dayStart(to)]
    : [from ?? null, to ?? null];
  if (!whole) {
    if (!firstDay || !endDay || firstDay >= endDay) return { months: null, days: null, partial: [between(from!, to!)] };
    if (from! < firstDay) partial.push(between(from!, firstDay));
    if (endDay < to!) partial.push(between(endDay, to!));
    dayRanges.push([firstDay, endDay]);
  } else {
    if (from && firstDay && first) {
      if (from < firstDay) partial.push(between(from, firstDay));
      if (firstDay < first) dayRanges.push([firstDay, first]);
    }
    if (to && endDay && end) {
      if (end < endDay) dayRanges.push([end, endDay]);
      if (endDay < to) partial.push(between(endDay, to));
    }
  }
  const days = options.days && dayRanges.length > 0 ? dayCondition(dayRanges) : null;
  if (!options.days) partial.push(...dayRanges.map(([start, stop]) => between(start, stop)));
  if (!whole) return { months: null, days, partial };
  // Without a period the unsent (month null) count too, as on the rows; with one, `sent_at` bounds them out.
  const bounds = [first && 'r.month >= ?::date', end && 'r.month < ?::date'].filter(Boolean);
  const values = [first && day(first), end && day(end)].filter(Boolean);
  return { months: { sql: bounds.length ? bounds.join(' and ') : 'true', bindings: values }, days, partial };
}

function dayCondition(ranges: readonly [Date, Date][]): SqlCondition {
  // Each day named (at most 61): the key's index is then read at each (party, day) alone, from the index only; a
  // range of days with the party open (the region) would read the whole axis, or its pages through a bitmap.
  const days: string[] = [];
  for (const [start, stop] of ranges) for (let at = start; at < stop; at = nextDay(at)) days.push(day(at));
  return { sql: `r.month in (${days.map(() => '?::date').join(', ')})`, bindings: days };
}

/** Sums of the table cells over the whole months, in the shape the row-level query answers. */
export async function aggregateFigureRows(
  em: EntityManager,
  where: SqlCondition,
  months: SqlCondition,
): Promise<FigureRow[]> {
  const rows = await em.getConnection().execute<FigureRow[]>(
    `select dimension, key, parent, sum(count)::int as n from referral_figure_count r
      where (${where.sql}) and (${months.sql}) group by dimension, key, parent having sum(count) > 0`,
    [...where.bindings, ...months.bindings],
  );
  return rows.map((row) => ({ ...row, n: Number(row.n) }));
}

/** How many answer times fall in each bucket of the histogram, per kind (ACKNOWLEDGE, ANSWER). */
export interface BucketCount {
  kind: string;
  bucket: number;
  n: number;
}

/**
 * The statuses a referral with an answer time can be in: the steps that stamp one and every status reachable
 * from them (referral.lifecycle.ts). None leads back to DRAFT or SENT, so the histogram needs no status in its
 * key (Migration20261207000000): a caller's plan stands for it when it counts each party in all of these or in
 * none of them.
 */
export const TIMED_STATUSES: readonly ReferralStatus[] = (() => {
  const reached = new Set<ReferralStatus>(REFERRAL_TRANSITIONS.filter((step) => step.stamps).map((step) => step.to));
  for (let grew = true; grew;) {
    grew = false;
    for (const step of REFERRAL_TRANSITIONS)
      if (!reached.has(step.to) && step.from.some((status) => reached.has(status))) {
        reached.add(step.to);
        grew = true;
      }
  }
  return [...reached];
})();

/** The plan as a condition on the histogram's key, or null when a part counts only some timed statuses. */
export function timedPlanCondition(
  parts: readonly AggregatePart[],
  options: { days?: boolean } = {},
): SqlCondition | null {
  const bindings: unknown[] = [];
  const terms: string[] = [];
  for (const part of parts) {
    const counted = TIMED_STATUSES.filter((status) => part.statuses.includes(status)).length;
    if (counted === 0) continue;
    if (counted < TIMED_STATUSES.length) return null;
    bindings.push(axisOf(part, options.days));
    if (part.party) bindings.push(part.party);
    terms.push(
      part.party
        ? '(r.axis = ? and r.party_id = ?)'
        : options.days
          ? `(r.axis = ? and ${EVERY_MECHANISM})`
          : '(r.axis = ?)',
    );
  }
  return { sql: terms.length > 0 ? terms.join(' or ') : 'false', bindings };
}

export async function aggregateAnswerTimes(
  em: EntityManager,
  where: SqlCondition,
  months: SqlCondition,
): Promise<BucketCount[]> {
  const rows = await em.getConnection().execute<BucketCount[]>(
    `select kind, bucket, sum(count)::int as n from referral_answer_time_count r
      where (${where.sql}) and (${months.sql}) group by kind, bucket having sum(count) > 0`,
    [...where.bindings, ...months.bindings],
  );
  return rows.map((row) => ({ kind: row.kind, bucket: Number(row.bucket), n: Number(row.n) }));
}

/** The same histogram from the rows (the partial months), with the triggers' bucket function. */
export async function rowAnswerTimes(em: EntityManager, where: FilterQuery<Referral>): Promise<BucketCount[]> {
  const rows = scopedReferralSelect(em, where, ['r.sent_at', 'r.acknowledged_at', 'r.answered_at']);
  const counted = await em.getConnection().execute<BucketCount[]>(
    `select v.kind, referral_answer_time_bucket(extract(epoch from v.at - f.sent_at)::float8) as bucket, count(*)::int as n
       from (${rows.sql}) f cross join lateral (values ('ACKNOWLEDGE', f.acknowledged_at), ('ANSWER', f.answered_at)) v (kind, at)
      where v.at is not null and f.sent_at is not null group by v.kind, bucket`,
    rows.bindings,
  );
  return counted.map((row) => ({ kind: row.kind, bucket: Number(row.bucket), n: Number(row.n) }));
}

/** The referral's column of each axis's party. */
export const PARTY_COLUMN: Record<AggregatePart['axis'], string> = {
  MECHANISM: 'mechanism_id',
  SENDER: 'sending_agency_id',
  RECEIVER: 'receiving_agency_id',
};

/**
 * How many of the plan's referrals sent in [from, to) are overdue now: the same rows as `overdueCount` of the
 * caller's condition (the plan stands for it), written on the plan's party and statuses so PostgreSQL counts
 * them from the running-deadline indexes alone (Migration20261206200100).
 */
export async function plannedOverdueCount(
  em: EntityManager,
  parts: readonly AggregatePart[],
  period: { from?: Date | null; to?: Date | null },
): Promise<number> {
  const running = new Set<string>(STATUSES_WITH_A_DEADLINE);
  return plannedPastDeadlineCount(em, parts, period, {
    statusesOf: (part) => part.statuses.filter((status) => running.has(status)),
    deadline: 'due_at',
    what: 'overdue',
  });
}

/**
 * How many of the plan's referrals sent in [from, to), in the statuses `statusesOf` picks for each part, are past
 * `deadline` now: one count per part, written on the part's party and statuses so PostgreSQL can answer it from a
 * partial index on that deadline alone; a part with no such status counts nothing.
 */
export async function plannedPastDeadlineCount(
  em: EntityManager,
  parts: readonly AggregatePart[],
  period: { from?: Date | null; to?: Date | null },
  count: { statusesOf: (part: AggregatePart) => readonly string[]; deadline: string; what: string },
): Promise<number> {
  const counts = await Promise.all(
    parts.map(async (part) => {
      const statuses = count.statusesOf(part);
      if (statuses.length === 0) return 0;
      const terms = [`r.status in (${statuses.map(() => '?').join(', ')})`, `r.${count.deadline} < now()`];
      const bindings: unknown[] = [...statuses];
      if (part.party) {
        terms.push(`r.${PARTY_COLUMN[part.axis]} = ?`);
        bindings.push(part.party);
      }
      if (period.from) {
        terms.push('r.sent_at >= ?');
        bindings.push(period.from);
      }
      if (period.to) {
        terms.push('r.sent_at < ?');
        bindings.push(period.to);
      }
      const rows = await em
        .getConnection()
        .execute<{ n: number }[]>(`select count(*)::int as n from referral r where ${terms.join(' and ')}`, bindings);
      return Number(singleRow(rows, count.what).n);
    }),
  );
  return counts.reduce((sum, n) => sum + n, 0);
}

export async function overdueCount(em: EntityManager, where: FilterQuery<Referral>): Promise<number> {
  const { sql, bindings } = scopedReferralSelect(
    em,
    { $and: [where, overdueWhere(new Date())] } as FilterQuery<Referral>,
    ['count(*)::int as overdue'],
  );
  return Number(singleRow(await em.getConnection().execute<{ overdue: number }[]>(sql, bindings), 'overdue').overdue);
}

/**
 * The middle of a bucket of referral_answer_time_bucket(), in minutes: bucket b holds the times whose
 * 1 + minutes lies in [1.01^b, 1.01^(b+1)) (negative buckets mirror it for times below zero).
 */
export function bucketMiddleMinutes(bucket: number): number {
  return bucket >= 0 ? 1.005 * 1.01 ** bucket - 1 : -(1.005 * 1.01 ** (-bucket - 1) - 1);
}

/**
 * The histogram's error bound (ADR 0056): a time t ≥ 0 taken as its bucket's middle is off by at most
 * 0.5 % of (t + 1 minute), and so is percentile_cont, which interpolates between two such times.
 */
export const answerTimeErrorHours = (hours: number) => 0.005 * (Math.abs(hours) + 1 / 60);

/**
 * percentile_cont(p) over the times of a histogram, each time taken as the middle of its bucket: within
 * answerTimeErrorHours of percentile_cont over the exact times (both interpolate linearly between the two
 * closest ranks).
 */
export function histogramPercentile(buckets: readonly BucketCount[], p: number): number | null {
  const sorted = [...buckets].sort((a, b) => a.bucket - b.bucket);
  const total = sorted.reduce((sum, bucket) => sum + bucket.n, 0);
  if (total === 0) return null;
  const hoursAt = (rank: number) => {
    let seen = 0;
    for (const bucket of sorted) {
      seen += bucket.n;
      if (rank < seen) return bucketMiddleMinutes(bucket.bucket) / 60;
    }
    throw new Error('histogram percentile: rank beyond the histogram');
  };
  const position = (total - 1) * p;
  const [low, high] = [Math.floor(position), Math.ceil(position)];
  return hoursAt(low) + (hoursAt(high) - hoursAt(low)) * (position - low);
}

/** The durations row the tables publish, from a histogram and an overdue count. */
export function durationsOf(buckets: readonly BucketCount[], overdue: number): DurationRow {
  const of = (kind: string) => buckets.filter((bucket) => bucket.kind === kind);
  const count = (kind: string) => of(kind).reduce((sum, bucket) => sum + bucket.n, 0);
  return {
    acknowledged: count('ACKNOWLEDGE'),
    ack_median: histogramPercentile(of('ACKNOWLEDGE'), 0.5),
    ack_p90: histogramPercentile(of('ACKNOWLEDGE'), 0.9),
    answered: count('ANSWER'),
    answer_median: histogramPercentile(of('ANSWER'), 0.5),
    answer_p90: histogramPercentile(of('ANSWER'), 0.9),
    overdue,
  };
}
