import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Referral } from '../referrals';
import {
  countedQualityRows,
  dataQualityRows,
  INDICATORS,
  pastAcknowledgeCount,
  type QualityRow,
} from './data-quality.query';
import { type AggregatePart, daysCounted, splitPeriod } from './referral-aggregates.query';
import { sentDuring } from './referral-figure-sources';

// The one indicator that depends on now(): never from a counter.
const PAST_DEADLINE = 'NOT_ACKNOWLEDGED_PAST_DEADLINE';

/**
 * The data-quality indicators of `permitted` (the caller's rules and scope) over the period, as the referral
 * figures are counted (ADR 0056): whole months from referral_quality_count when there is a plan, whole days from
 * its day axis where the plan is counted per day, the rest at either end on the rows, the referrals past their
 * acknowledgement deadline on their index; otherwise,
 * or when `rowsOnly` (the tests' reference), row by row. Both answer the same counts.
 */
export async function countDataQuality(
  em: EntityManager,
  permitted: FilterQuery<Referral>,
  period: { from?: Date | null; to?: Date | null },
  plan: readonly AggregatePart[] | null,
  options: { rowsOnly?: boolean } = {},
): Promise<{ rows: QualityRow[]; path: 'aggregates' | 'rows' }> {
  const days = !!plan && daysCounted(plan);
  const split = splitPeriod(period.from, period.to, { days });
  if (options.rowsOnly || !plan || (!split.months && !split.days)) {
    const where = { $and: [permitted, sentDuring(period)] } as FilterQuery<Referral>;
    return { rows: await dataQualityRows(em, where), path: 'rows' };
  }
  const partial =
    split.partial.length > 0 ? ({ $and: [permitted, { $or: split.partial }] } as FilterQuery<Referral>) : null;
  const [pastDeadline, ...parts] = await Promise.all([
    pastAcknowledgeCount(em, plan, period),
    split.months ? countedQualityRows(em, plan, split.months) : [],
    split.days ? countedQualityRows(em, plan, split.days, { days: true }) : [],
    partial ? dataQualityRows(em, partial) : [],
  ]);
  const counted = parts.flat();
  const rows = INDICATORS.map(([indicator]) => {
    const of = counted.filter((row) => row.indicator === indicator);
    return {
      indicator,
      base: of.reduce((sum, row) => sum + row.base, 0),
      flagged: indicator === PAST_DEADLINE ? pastDeadline : of.reduce((sum, row) => sum + row.flagged, 0),
    };
  });
  return { rows, path: 'aggregates' };
}
