import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Express } from 'express';
import type { RequestContext } from '../../platform/context';
import type { ModuleRuntime } from '../../platform/module';
import { type Role } from '../../platform/authz/roles';
import { STATISTICS_ROLES } from './statistics.policy';
import { type StatisticsExportKind, statisticsCsv, statisticsXlsx } from './statistics-export';
import { statisticsPdf } from './statistics-pdf';
import { htcdsCsv, htcdsXlsx } from './htcds-export';

type ExportFile = { fileName: string; content: string | Buffer | Readable };

const FORMATS: Record<
  string,
  {
    type: string;
    make: (c: RequestContext, k: StatisticsExportKind, q: Record<string, unknown>) => Promise<ExportFile>;
  }
> = {
  csv: { type: 'text/csv; charset=utf-8', make: statisticsCsv },
  pdf: { type: 'application/pdf', make: statisticsPdf },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make: statisticsXlsx },
};

/**
 * GET /api/statistics/referrals.csv?scope=REGION&from=…&to=…&disclosure=STANDARD&mechanismId=…
 * GET /api/statistics/coordination.csv?…
 * GET /api/statistics/protection.csv?… (never exact)
 * and the same with .xlsx (the same rows as a workbook) and .pdf (a publication; &lang=es|en|pt|fr).
 * The same figures as the referralStatistics and coordinationStatistics queries (same rules, same disclosure
 * control), as a file, authenticated like /graphql and audited. Errors answer with the GraphQL error's code.
 * GET /api/statistics/htcds.csv|xlsx?scope=…&mechanismId=…&k=11: the anonymised case-level dataset (ADR 0053),
 * for a STATISTICIAN or a mechanism's secretariat only.
 */
export function statisticsExportRoutes(app: Express, runtime: ModuleRuntime<RequestContext>) {
  const serve = (kind: StatisticsExportKind | 'htcds', format: string) =>
    app.get(`/api/statistics/${kind}.${format}`, async (req, res, next) => {
      try {
        const context = await runtime.createContext(req, res);
        const roles: readonly Role[] = context.actor?.roles ?? [];
        if (!context.actor)
          return res.status(401).json({ code: 'UNAUTHENTICATED', messageKey: 'error.unauthenticated' });
        if (!roles.some((role) => STATISTICS_ROLES.includes(role)))
          return res.status(403).json({ code: 'FORBIDDEN', messageKey: 'error.forbidden' });
        const file =
          kind === 'htcds'
            ? await (format === 'csv' ? htcdsCsv : htcdsXlsx)(context, req.query)
            : await FORMATS[format]!.make(context, kind, req.query);
        res.set({
          'content-type': FORMATS[format]!.type,
          'content-disposition': `attachment; filename="${file.fileName}"`,
          'x-content-type-options': 'nosniff',
          'cache-control': 'private, no-store',
        });
        if (file.content instanceof Readable) await pipeline(file.content, res);
        else res.send(file.content);
      } catch (error) {
        // A streamed file cut off half-way (the client went away): nothing left to answer.
        if (res.headersSent) return void res.destroy();
        const extensions = (error as { extensions?: { code?: string; messageKey?: string } }).extensions;
        const status = { BAD_USER_INPUT: 400, FORBIDDEN: 403, NOT_FOUND: 404 }[extensions?.code ?? ''];
        if (status) return res.status(status).json({ code: extensions!.code, messageKey: extensions!.messageKey });
        next(error);
      }
    });
  for (const format of Object.keys(FORMATS))
    for (const kind of ['referrals', 'coordination', 'protection'] as const) serve(kind, format);
  serve('htcds', 'csv');
  serve('htcds', 'xlsx');
}
