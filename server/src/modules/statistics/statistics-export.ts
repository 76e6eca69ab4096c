import type { RequestContext } from '../../platform/context';
import { badInput } from '../../platform/graphql/errors';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { csvOf } from '../../platform/documents/csv-cells';
import { coordinationStatistics } from './coordination-statistics.service';
import { protectionStatistics } from './protection-statistics.service';
import { referralStatistics } from './referral-statistics.service';
import { DisclosureLevel, StatisticsScope } from './statistics.enums';
import type { StatisticsCell } from './statistics.types';

/** The columns of every statistics CSV: one published cell per row, long format (tidy data). */
export const STATISTICS_CSV_COLUMNS = ['table', 'parent', 'key', 'count', 'suppressed', 'threshold'] as const;

export type StatisticsExportKind = 'referrals' | 'coordination' | 'protection';

/** The request the screen's address carries, as a route reads it from the query string. */
export interface StatisticsExportQuery {
  scope?: unknown;
  mechanismId?: unknown;
  from?: unknown;
  to?: unknown;
  disclosure?: unknown;
  exact?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function dateOf(value: unknown, field: string): Date | null {
  const raw = text(value);
  if (!raw) return null;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) throw badInput({ [field]: 'error.statistics.invalidDate' }, 'Not a date');
  return date;
}

/** Reads and checks the query string the way GraphQL would check the input object. */
export function exportInput(query: StatisticsExportQuery) {
  const scope = text(query.scope) ?? StatisticsScope.AGENCY;
  if (!Object.values(StatisticsScope).includes(scope as StatisticsScope))
    throw badInput({ scope: 'error.statistics.invalidScope' }, 'Unknown scope');
  const disclosure = text(query.disclosure) ?? DisclosureLevel.STANDARD;
  if (!Object.values(DisclosureLevel).includes(disclosure as DisclosureLevel))
    throw badInput({ disclosure: 'error.statistics.invalidDisclosure' }, 'Unknown disclosure level');
  return {
    scope: scope as StatisticsScope,
    mechanismId: text(query.mechanismId) ?? null,
    from: dateOf(query.from, 'from'),
    to: dateOf(query.to, 'to'),
    disclosure: disclosure as DisclosureLevel,
    exact: query.exact === 'true',
  };
}

type Row = (string | number | null)[];
const rowOf = (table: string, cell: StatisticsCell, threshold: number): Row => [
  table,
  cell.parent ?? '',
  cell.key,
  cell.count,
  cell.suppression ?? '',
  threshold,
];

/**
 * The published tables of a statistics request as CSV: exactly the cells the screen shows, after the same
 * disclosure control (a suppressed count is an empty cell with its reason, never a zero). Writes one audit row
 * (who exported which tables, how many rows) in the same transaction as the count.
 */
export async function statisticsCsv(
  context: RequestContext,
  kind: StatisticsExportKind,
  query: StatisticsExportQuery,
): Promise<{ fileName: string; content: string }> {
  const input = exportInput(query);
  const rows: Row[] = [];
  if (kind === 'referrals') {
    const result = await referralStatistics(context, input);
    rows.push(rowOf('TOTAL', result.total, result.threshold), rowOf('OVERDUE', result.overdue, result.threshold));
    for (const table of result.tables)
      for (const cell of table.cells) rows.push(rowOf(table.dimension, cell, result.threshold));
  } else if (kind === 'protection') {
    if (input.exact)
      throw badInput({ exact: 'error.statistics.protectionNeverExact' }, 'Protection figures: never exact');
    const result = await protectionStatistics(context, input);
    const totals = {
      SURVIVORS: result.survivors,
      SERVICE_REFERRALS: result.serviceReferrals,
      DURABLE_PLANS: result.durablePlans,
      CONSENT_WITHDRAWALS: result.consentWithdrawals,
    };
    for (const [name, cell] of Object.entries(totals)) rows.push(rowOf(name, cell, result.threshold));
    for (const table of result.tables)
      for (const cell of table.cells) rows.push(rowOf(table.dimension, cell, result.threshold));
  } else {
    const result = await coordinationStatistics(context, input);
    const tables = { MEETINGS_HELD: result.meetingsHeld, DECISIONS: result.decisions, ACTIONS: result.actions };
    for (const [name, table] of Object.entries(tables)) {
      rows.push(rowOf(`${name}_TOTAL`, table.total, result.threshold));
      for (const cell of table.cells) rows.push(rowOf(name, cell, result.threshold));
    }
  }
  await inUnitOfWork(context, (em) =>
    context.audit.record(em, {
      action: `statistics.export.${kind}`,
      entityType: 'Statistics',
      entityId: input.mechanismId ?? input.scope,
      details: {
        scope: input.scope,
        from: input.from?.toISOString() ?? null,
        to: input.to?.toISOString() ?? null,
        disclosure: input.disclosure,
        exact: input.exact,
        rows: rows.length,
      },
    }),
  );
  return { fileName: `${kind}-statistics.csv`, content: csvOf(STATISTICS_CSV_COLUMNS, rows) };
}
