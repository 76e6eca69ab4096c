import type { RequestContext } from '../../platform/context';
import { badInput } from '../../platform/graphql/errors';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import type ExcelJSModule from 'exceljs';
import { csvOf, guardedCell } from '../../platform/documents/csv-cells';
import { coordinationStatistics } from './coordination-statistics.service';
import { protectionStatistics } from './protection-statistics.service';
import { referralStatistics } from './referral-statistics.service';
import { DisclosureLevel, StatisticsScope } from './statistics.enums';
import type { StatisticsCell } from './statistics.types';

/** The columns of every statistics CSV: one published cell per row, long format (tidy data). */
export const STATISTICS_CSV_COLUMNS = ['table', 'parent', 'key', 'count', 'suppressed', 'threshold'] as const;

export type StatisticsExportKind = 'referrals' | 'coordination' | 'protection';
export type StatisticsExportFormat = 'csv' | 'xlsx' | 'pdf';

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

export type Row = (string | number | null)[];

/** Who exported which figures, for what scope and period, in its own transaction before a byte is sent. */
export async function recordStatisticsExport(
  context: RequestContext,
  kind: string,
  format: string,
  input: ReturnType<typeof exportInput>,
  details: Record<string, unknown>,
): Promise<void> {
  await inUnitOfWork(context, (em) =>
    context.audit.record(em, {
      action: `statistics.export.${kind}`,
      entityType: 'Statistics',
      entityId: input.mechanismId ?? input.scope,
      details: {
        format,
        scope: input.scope,
        from: input.from?.toISOString() ?? null,
        to: input.to?.toISOString() ?? null,
        ...details,
      },
    }),
  );
}
const rowOf = (table: string, cell: StatisticsCell, threshold: number): Row => [
  table,
  cell.parent ?? '',
  cell.key,
  cell.count,
  cell.suppression ?? '',
  threshold,
];

/** The published rows of a request (the long table every format carries) and the input they answer. */
export interface StatisticsExportRows {
  input: ReturnType<typeof exportInput>;
  rows: Row[];
}

/**
 * The published tables of a statistics request as rows: exactly the cells the screen shows, after the same
 * disclosure control (a suppressed count is an empty cell with its reason, never a zero). Writes one audit row
 * (who exported which tables, in which format, how many rows).
 */
export async function statisticsRows(
  context: RequestContext,
  kind: StatisticsExportKind,
  query: StatisticsExportQuery,
  format: StatisticsExportFormat,
): Promise<StatisticsExportRows> {
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
  await recordStatisticsExport(context, kind, format, input, {
    disclosure: input.disclosure,
    exact: input.exact,
    rows: rows.length,
  });
  return { input, rows };
}

/** The published tables of a statistics request as CSV (one row per published cell). */
export async function statisticsCsv(
  context: RequestContext,
  kind: StatisticsExportKind,
  query: StatisticsExportQuery,
): Promise<{ fileName: string; content: string }> {
  const { rows } = await statisticsRows(context, kind, query, 'csv');
  return { fileName: `${kind}-statistics.csv`, content: csvOf(STATISTICS_CSV_COLUMNS, rows) };
}

/**
 * The same rows as an Excel workbook (exceljs): a sheet "figures" in the CSV's long format (counts as numbers,
 * a suppressed count an empty cell with its reason), and a sheet "request" saying what was asked (scope,
 * period, disclosure level). Text cells are guarded like the CSV's: a key typed as a formula stays text.
 */
export async function statisticsXlsx(
  context: RequestContext,
  kind: StatisticsExportKind,
  query: StatisticsExportQuery,
): Promise<{ fileName: string; content: Buffer }> {
  const { input, rows } = await statisticsRows(context, kind, query, 'xlsx');
  // Loaded on first use: exceljs is a noticeable part of the server's cold start (docs/benchmarks.md).
  const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Enlace';
  workbook.created = new Date();
  const figures = workbook.addWorksheet('figures', { views: [{ state: 'frozen', ySplit: 1 }] });
  figures.columns = STATISTICS_CSV_COLUMNS.map((header) => ({
    header,
    key: header,
    width: header === 'key' ? 28 : 16,
  }));
  figures.getRow(1).font = { bold: true };
  for (const row of rows)
    figures.addRow(
      row.map((value) =>
        typeof value === 'number' ? value : value === null || value === '' ? null : guardedCell(value),
      ),
    );
  const request = workbook.addWorksheet('request');
  request.columns = [
    { header: 'field', key: 'field', width: 16 },
    { header: 'value', key: 'value', width: 40 },
  ];
  request.getRow(1).font = { bold: true };
  const asked: [string, string][] = [
    ['tables', kind],
    ['scope', input.scope],
    ['mechanismId', input.mechanismId ?? ''],
    ['from', input.from?.toISOString() ?? ''],
    ['to', input.to?.toISOString() ?? ''],
    ['disclosure', input.disclosure],
    ['exact', String(input.exact)],
  ];
  for (const [field, value] of asked) request.addRow([field, guardedCell(value)]);
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${kind}-statistics.xlsx`, content };
}
