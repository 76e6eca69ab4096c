import { controlDisclosure, type Cell, type DisclosureRule, type Equation } from './disclosure-control';
import type { DurationRow, FigureRow } from './referral-figures.query';
import { type CellSuppression, ReferralDimension } from './statistics.enums';
import type { DurationFigure, ReferralStatistics, StatisticsCell, StatisticsTable } from './statistics.types';

/** Keys of rows that stand for "not recorded" and for declined reasons too rare to be named. */
export const NOT_RECORDED = '(none)';
export const OTHER_REASONS = '(other)';

const ONE_WAY: ReferralDimension[] = [
  ReferralDimension.MECHANISM,
  ReferralDimension.BORDER,
  ReferralDimension.CROSSING_POINT,
  ReferralDimension.CATEGORY,
  ReferralDimension.URGENCY,
  ReferralDimension.HANDLING_CODE,
  ReferralDimension.SENDING_COUNTRY,
  ReferralDimension.RECEIVING_COUNTRY,
  ReferralDimension.STATUS,
  ReferralDimension.MONTH,
];

interface Figure extends Cell {
  dimension: string;
  key: string;
  parent: string | null;
}

const idOf = (dimension: string, key: string, parent: string | null = null) =>
  parent === null ? `${dimension}|${key}` : `${dimension}|${parent}|${key}`;

/**
 * Turns the aggregated rows into cells and the equations a reader knows between them (every one-way table adds
 * up to the total; crossing points to their mechanism; outcomes to the closed referrals; decline reasons to the
 * declined; mechanisms, borders and countries through their cross-tabulations), runs disclosure control and
 * shapes the answer. `complete` lists every value of the enumerated dimensions, so zeros are shown.
 */
export function publishReferralFigures(
  rows: readonly FigureRow[],
  durations: DurationRow,
  rule: DisclosureRule,
  complete: Record<string, readonly string[]>,
): Omit<ReferralStatistics, 'scope'> {
  const figures = figuresOf(rows, rule, complete);
  figures.push({ id: 'OVERDUE|', dimension: 'OVERDUE', key: '', parent: null, value: durations.overdue });
  const controlled = controlDisclosure(figures, equationsOf(figures), rule);
  const out = (figure: Figure): StatisticsCell => {
    const cell = controlled.get(figure.id)!;
    return {
      key: figure.key,
      parent: figure.parent,
      count: cell.value,
      suppression: cell.suppression as CellSuppression | null,
    };
  };
  const published = figures.filter((figure) => !figure.internal);
  const tables: StatisticsTable[] = Object.values(ReferralDimension).map((dimension) => ({
    dimension,
    cells: published.filter((figure) => figure.dimension === dimension).map(out),
  }));
  const total = out(published.find((figure) => figure.dimension === 'TOTAL')!);
  const overdue = out(published.find((figure) => figure.dimension === 'OVERDUE')!);
  const share = total.count && overdue.count !== null ? overdue.count / total.count : null;
  return {
    threshold: rule.threshold,
    total,
    tables,
    overdue,
    overdueShare: share,
    timeToAcknowledge: duration(durations.acknowledged, durations.ack_median, durations.ack_p90, rule),
    timeToAnswer: duration(durations.answered, durations.answer_median, durations.answer_p90, rule),
  };
}

function figuresOf(
  rows: readonly FigureRow[],
  rule: DisclosureRule,
  complete: Record<string, readonly string[]>,
): Figure[] {
  const figures = new Map<string, Figure>();
  const add = (dimension: string, key: string, parent: string | null, n: number, internal = false) => {
    const id = idOf(dimension, key, parent);
    const existing = figures.get(id);
    if (existing) existing.value += n;
    else figures.set(id, { id, dimension, key, parent, value: n, internal });
  };
  for (const [dimension, values] of Object.entries(complete))
    for (const value of values) add(dimension, value, null, 0);
  for (const row of rows) {
    const key = row.key ?? NOT_RECORDED;
    if (row.dimension === 'TOTAL') add('TOTAL', '', null, row.n);
    else if (row.dimension.startsWith('X_')) add(row.dimension, key, row.parent, row.n, true);
    else if (row.dimension === ReferralDimension.DECLINE_REASON)
      // A reason given fewer times than the threshold is not named: free text could point at someone.
      add(row.dimension, row.key !== null && row.n < rule.threshold ? OTHER_REASONS : key, null, row.n);
    else add(row.dimension, key, row.parent, row.n);
  }
  if (!figures.has(idOf('TOTAL', ''))) add('TOTAL', '', null, 0);
  return [...figures.values()];
}

function equationsOf(figures: readonly Figure[]): Equation[] {
  const of = (dimension: string, parent?: string) =>
    figures.filter((f) => f.dimension === dimension && (parent === undefined || f.parent === parent)).map((f) => f.id);
  const total = idOf('TOTAL', '');
  const equations: Equation[] = ONE_WAY.map((dimension) => ({ total, parts: of(dimension) }));
  equations.push({ total: idOf('STATUS', 'CLOSED'), parts: of(ReferralDimension.OUTCOME) });
  equations.push({ total: idOf('STATUS', 'DECLINED'), parts: of(ReferralDimension.DECLINE_REASON) });
  const mechanisms = figures.filter((f) => f.dimension === ReferralDimension.MECHANISM);
  for (const mechanism of mechanisms) {
    equations.push({ total: mechanism.id, parts: of(ReferralDimension.CROSSING_POINT, mechanism.key) });
    equations.push({ total: mechanism.id, parts: of('X_MECHANISM_BORDER', mechanism.key) });
  }
  const crossMB = figures.filter((f) => f.dimension === 'X_MECHANISM_BORDER');
  const crossSR = figures.filter((f) => f.dimension === 'X_SENDER_RECEIVER');
  for (const border of figures.filter((f) => f.dimension === ReferralDimension.BORDER)) {
    equations.push({ total: border.id, parts: crossMB.filter((f) => f.key === border.key).map((f) => f.id) });
    const pair = crossSR.filter((f) => [f.parent, f.key].sort().join('-') === border.key);
    equations.push({ total: border.id, parts: pair.map((f) => f.id) });
  }
  for (const sender of figures.filter((f) => f.dimension === ReferralDimension.SENDING_COUNTRY))
    equations.push({ total: sender.id, parts: crossSR.filter((f) => f.parent === sender.key).map((f) => f.id) });
  for (const receiver of figures.filter((f) => f.dimension === ReferralDimension.RECEIVING_COUNTRY))
    equations.push({ total: receiver.id, parts: crossSR.filter((f) => f.key === receiver.key).map((f) => f.id) });
  return equations;
}

/** A median of fewer than `threshold` durations is about individual referrals: hidden with its count. */
function duration(count: number, median: number | null, p90: number | null, rule: DisclosureRule): DurationFigure {
  if (count > 0 && count < rule.threshold) return { count: null, medianHours: null, p90Hours: null };
  const round = (hours: number | null) => (hours === null ? null : Math.round(Number(hours) * 10) / 10);
  return { count, medianHours: round(median), p90Hours: round(p90) };
}
