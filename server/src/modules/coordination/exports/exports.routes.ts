import type { Express, Request, Response, NextFunction } from 'express';
import { publicLink } from '../../../platform/config/config';
import type { RequestContext } from '../../../platform/context';
import type { ModuleRuntime } from '../../../platform/module';
import { actionsCsv, decisionsCsv, mechanismCalendar, meetingIcs, type ExportFile } from './exports.service';

type Producer = (context: RequestContext, id: string) => Promise<ExportFile | null>;

/**
 * Exports of a mechanism's work, as files over authenticated routes (session cookie or bearer token, like
 * /graphql and the attachments). URLs carry ids only. Each download is permission-checked in SQL and audited;
 * a mechanism or meeting the caller may not read answers the same 404 as one that does not exist.
 *
 * GET /api/coordination/mechanisms/:id/actions.csv     action items
 * GET /api/coordination/mechanisms/:id/decisions.csv   decisions
 * GET /api/coordination/mechanisms/:id/calendar.ics    upcoming meetings
 * GET /api/coordination/meetings/:id/invitation.ics    one meeting
 */
export function exportRoutes(app: Express, runtime: ModuleRuntime<RequestContext>) {
  const linkOf = (meetingId: string) => publicLink(runtime.config.publicUrl, `/coordination/meetings/${meetingId}`);
  const serve = (produce: Producer) => async (req: Request, res: Response, next: NextFunction) => {
    try {
      const context = await runtime.createContext(req, res);
      if (!context.actor) return res.status(401).json({ code: 'UNAUTHENTICATED', messageKey: 'error.unauthenticated' });
      const file = await produce(context, String(req.params.id));
      if (!file) return res.status(404).json({ code: 'NOT_FOUND', messageKey: 'error.notFound' });
      res.set({
        'content-type': file.mediaType,
        'content-disposition': `attachment; filename="${file.fileName}"`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
      res.send(file.content);
    } catch (error) {
      next(error);
    }
  };
  app.get('/api/coordination/mechanisms/:id/actions.csv', serve(actionsCsv));
  app.get('/api/coordination/mechanisms/:id/decisions.csv', serve(decisionsCsv));
  app.get(
    '/api/coordination/mechanisms/:id/calendar.ics',
    serve((context, id) => mechanismCalendar(context, id, linkOf)),
  );
  app.get(
    '/api/coordination/meetings/:id/invitation.ics',
    serve((context, id) => meetingIcs(context, id, linkOf)),
  );
}
