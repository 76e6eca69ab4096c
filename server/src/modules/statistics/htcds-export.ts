import type { FilterQuery } from '@mikro-orm/core';
import type ExcelJSModule from 'exceljs';
import { accessibleWhereFor } from '../../platform/authz/accessible-where';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { Readable } from 'node:stream';
import { csvOf, csvRowsOf, guardedCell } from '../../platform/documents/csv-cells';
import { badInput, forbidden, unauthenticated } from '../../platform/graphql/errors';
import { ServiceReferral, Survivor } from '../protection';
import { Referral } from '../referrals';
import { anonymiseHtcds, HTCDS_COLUMNS, type HtcdsRelease } from './htcds-anonymity';
import { htcdsClassRows, type HtcdsScope } from './htcds-dataset.query';
import { exportInput, recordStatisticsExport, type StatisticsExportQuery } from './statistics-export';
import { StatisticsScope } from './statistics.enums';

/** The request of an HTCDS download: the statistics request plus the k asked for (at least the configured floor). */
export type HtcdsExportQuery = StatisticsExportQuery & { k?: unknown };

/** Who may take case-level data out at all: a STATISTICIAN, or a mechanism's secretariat for its mechanism. */
export function mayExportHtcds(roles: readonly Role[]): boolean {
  return roles.includes(Role.STATISTICIAN) || roles.includes(Role.SECRETARIAT);
}

function kOf(context: RequestContext, raw: unknown): number {
  const floor = context.config.statistics.htcdsMinK;
  if (raw === undefined || raw === '') return floor;
  const k = typeof raw === 'string' && /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!(k >= floor && k <= 1000)) throw badInput({ k: 'error.statistics.invalidK' }, 'k below the floor');
  return k;
}

/**
 * The cases the caller may release, as rules for the query: a STATISTICIAN the region's (or one mechanism's);
 * a SECRETARIAT user only the mechanism whose secretariat their agency runs — always intersected with what
 * statistics.policy.ts lets them count (ProtectionFigures, ServiceReferralFigures, ReferralFigures).
 */
function scopeOf(context: RequestContext, input: ReturnType<typeof exportInput>): HtcdsScope {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  const meta = context.em.getMetadata();
  const survivorsPermitted = accessibleWhereFor(context.ability, 'count', 'ProtectionFigures', Survivor, meta);
  const serviceReferralsPermitted = accessibleWhereFor(
    context.ability,
    'count',
    'ServiceReferralFigures',
    ServiceReferral,
    meta,
  );
  const referralsPermitted = accessibleWhereFor(context.ability, 'count', 'ReferralFigures', Referral, meta);
  if (!survivorsPermitted || !serviceReferralsPermitted || !referralsPermitted) throw forbidden();
  const statistician = actor.roles.includes(Role.STATISTICIAN);
  const period = { from: input.from, to: input.to };
  if (input.scope === StatisticsScope.REGION && statistician)
    return {
      survivors: survivorsPermitted as FilterQuery<Survivor>,
      serviceReferrals: serviceReferralsPermitted as FilterQuery<ServiceReferral>,
      referrals: referralsPermitted as FilterQuery<Referral>,
      ...period,
    };
  if (input.scope !== StatisticsScope.MECHANISM) throw forbidden();
  const id = input.mechanismId;
  if (!id) throw badInput({ mechanismId: 'error.statistics.mechanismRequired' }, 'Which mechanism?');
  const secretariat = actor.roles.includes(Role.SECRETARIAT) && actor.secretariatMechanismIds.includes(id);
  if (!statistician && !secretariat) throw forbidden();
  return {
    survivors: null, // those referred to services through the mechanism, as in the protection figures
    serviceReferrals: { $and: [serviceReferralsPermitted, { mechanism: id }] } as FilterQuery<ServiceReferral>,
    referrals: { $and: [referralsPermitted, { mechanism: id }] } as FilterQuery<Referral>,
    ...period,
  };
}

/**
 * The anonymised case-level dataset of a scope and period (ADR 0053): counted by class in SQL, k-anonymised
 * before anything is written, and audited (who, which scope, k, how many cases released and withheld).
 */
export async function htcdsRelease(
  context: RequestContext,
  query: HtcdsExportQuery,
  format: 'csv' | 'xlsx',
): Promise<{ input: ReturnType<typeof exportInput>; k: number; release: HtcdsRelease }> {
  if (!context.actor) throw unauthenticated();
  if (!mayExportHtcds(context.actor.roles)) throw forbidden();
  const input = exportInput(query);
  const k = kOf(context, query.k);
  const release = anonymiseHtcds(await htcdsClassRows(context.em, scopeOf(context, input)), k);
  await recordStatisticsExport(context, 'htcds', format, input, {
    k,
    rows: release.records.length,
    suppressed: release.suppressed,
  });
  return { input, k, release };
}

/** Rows per chunk of the streamed CSV: a region's release is tens of thousands of rows. */
const CSV_CHUNK = 2000;

/**
 * The release as CSV, streamed in chunks: written as one string, a region's file would hold the event loop for
 * long enough to get the next requests shed (platform/http overload guard).
 */
export async function htcdsCsv(context: RequestContext, query: HtcdsExportQuery) {
  const { release } = await htcdsRelease(context, query, 'csv');
  function* chunks() {
    yield csvOf(HTCDS_COLUMNS, []);
    for (let start = 0; start < release.records.length; start += CSV_CHUNK)
      yield csvRowsOf(release.records.slice(start, start + CSV_CHUNK));
  }
  return { fileName: 'htcds-cases.csv', content: Readable.from(chunks()) };
}

/** The same records as a workbook, with a sheet saying what was asked and how many cases were withheld. */
export async function htcdsXlsx(context: RequestContext, query: HtcdsExportQuery) {
  const { input, k, release } = await htcdsRelease(context, query, 'xlsx');
  // Loaded on first use: exceljs is a noticeable part of the server's cold start (docs/benchmarks.md).
  const ExcelJS: typeof ExcelJSModule = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Enlace';
  workbook.created = new Date();
  const cases = workbook.addWorksheet('cases', { views: [{ state: 'frozen', ySplit: 1 }] });
  cases.columns = HTCDS_COLUMNS.map((header) => ({ header, key: header, width: header.length + 4 }));
  cases.getRow(1).font = { bold: true };
  for (const record of release.records) cases.addRow(record.map(guardedCell));
  const about = workbook.addWorksheet('release');
  about.columns = [
    { header: 'field', key: 'field', width: 22 },
    { header: 'value', key: 'value', width: 60 },
  ];
  about.getRow(1).font = { bold: true };
  const facts: [string, string | number][] = [
    ['standard', 'Human Trafficking Case Data Standard (CTDC), fields Enlace records'],
    ['scope', input.scope],
    ['mechanismId', input.mechanismId ?? ''],
    ['from', input.from?.toISOString() ?? ''],
    ['to', input.to?.toISOString() ?? ''],
    ['k', k],
    ['casesReleased', release.records.length],
    ['casesWithheld', release.suppressed],
  ];
  for (const [field, value] of facts) about.addRow([field, typeof value === 'number' ? value : guardedCell(value)]);
  return { fileName: 'htcds-cases.xlsx', content: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
