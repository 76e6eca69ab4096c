import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Referral } from '../referrals';
import { countedQualityRows, dataQualityRows, pastAcknowledgeCount, type QualityRow } from './data-quality.query';
import { type AggregatePart, splitPeriod } from './referral-aggregates.query';
import { sentDuring } from './referral-figure-sources';

// The one indicator that depends on now(): never from a counter.
const PAST_DEADLINE = 'NOT_ACKNOWLEDGED_PAST_DEADLINE';

/**
 * The data-quality indicators of `permitted` (the caller's rules and scope) over the period, as the referral
 * figures are counted (ADR 0056): whole months from referral_quality_count when there is a plan, the partial
 * months at either end on the rows, the referrals past their acknowledgement deadline on their index; otherwise,
 * or when `rowsOnly` (the tests' reference), row by row. Both answer the same counts.
 */
export async function countDataQuality(
  em: EntityManager,
  permitted: FilterQuery<Referral>,
  period: { from?: Date | null; to?: Date | null },
  plan: readonly AggregatePart[] | null,
  options: { rowsOnly?: boolean } = {},
): Promise<{ rows: QualityRow[]; path: 'aggregates' | 'rows' }> {
  const split = splitPeriod(period.from, period.to);
  if (options.rowsOnly || !plan || !split.months) {
    const where = { $and: [permitted, sentDuring(period)] } as FilterQuery<Referral>;
    return { rows: await dataQualityRows(em, where), path: 'rows' };
  }
  const partial =
    split.partial.length > 0 ? ({ $and: [permitted, { $or: split.partial }] } as FilterQuery<Referral>) : null;
  const [whole, partialRows, pastDeadline] = await Promise.all([
    countedQualityRows(em, plan, split.months),
    partial ? dataQualityRows(em, partial) : [],
    pastAcknowledgeCount(em, plan, period),
  ]);
  const rows = whole.map((row) => {
    const rest = partialRows.find((other) => other.indicator === row.indicator);
    return {
      indicator: row.indicator,
      base: row.base + (rest?.base ?? 0),
      flagged: row.indicator === PAST_DEADLINE ? pastDeadline : row.flagged + (rest?.flagged ?? 0),
    };
  });
  return { rows, path: 'aggregates' };
}
