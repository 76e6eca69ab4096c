import type { Express, Response } from 'express';
import type { RequestContext } from '../../../platform/context';
import type { ModuleRuntime } from '../../../platform/module';
import { isUuid } from '../meeting.access';
import { minutesPdf } from './minutes-pdf.service';

/** A JSON error with the same code / messageKey shape as GraphQL errors, so the client translates both. */
function fail(res: Response, status: number, code: string, messageKey: string) {
  res.status(status).json({ code, messageKey });
}

/** Where the web app links to a meeting's minutes as a PDF (optionally `?lang=pt`, one of the meeting's). */
export const minutesPdfPathOf = (meetingId: string) => `/api/meetings/${meetingId}/minutes.pdf`;

/**
 * GET /api/meetings/:meetingId/minutes.pdf — authenticated like /graphql (session cookie or bearer token); a
 * meeting the caller may not read, or whose minutes they may not read yet, answers the same 404 as a missing one.
 */
export function minutesPdfRoutes(app: Express, runtime: ModuleRuntime<RequestContext>) {
  app.get('/api/meetings/:meetingId/minutes.pdf', async (req, res, next) => {
    try {
      const context = await runtime.createContext(req, res);
      if (!context.actor) return fail(res, 401, 'UNAUTHENTICATED', 'error.unauthenticated');
      const meetingId = String(req.params.meetingId);
      const lang = typeof req.query.lang === 'string' ? req.query.lang : undefined;
      const pdf = isUuid(meetingId) ? await minutesPdf(context, meetingId, lang) : null;
      if (!pdf) return fail(res, 404, 'NOT_FOUND', 'error.notFound');
      res.set({
        'content-type': 'application/pdf',
        'content-length': String(pdf.content.length),
        'content-language': pdf.language,
        'content-disposition': `attachment; filename="${pdf.fileName}"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
      res.end(pdf.content);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === 'TOO_MANY_REQUESTS') return fail(res, 429, 'TOO_MANY_REQUESTS', 'error.tooManyRequests');
      next(error);
    }
  });
}
