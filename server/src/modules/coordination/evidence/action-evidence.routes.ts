import express, { type Express, type Response } from 'express';
import type { RequestContext } from '../../../platform/context';
import { fileStore } from '../../../platform/files/file-store';
import { uuidv7 } from '../../../platform/ids';
import type { ModuleRuntime } from '../../../platform/module';
import { cleanFileName, fileNameIsMisleading, sha256Of, sniffedMediaType } from '../../referrals';
import { evidenceDownloadPathOf } from './action-evidence.entity';
import { evidenceForDownload, findReadableUpdate, recordEvidence } from './action-evidence.service';

function fail(res: Response, status: number, code: string, messageKey: string) {
  res.status(status).json({ code, messageKey });
}

function refuseUnread(res: Response, status: number, code: string, messageKey: string) {
  res.setHeader('Connection', 'close');
  fail(res, status, code, messageKey);
}

/**
 * Evidence travels like referral attachments and library files: raw bytes over authenticated routes, the
 * caller settled before the body is read, content sniffed, size-limited (ENLACE attachment limit), checksummed,
 * stored in the platform file store, downloads audited. An update the caller may not read answers 404.
 *
 * POST /api/coordination/action-updates/:updateId/evidence  body: the file; X-File-Name: URI-encoded name;
 *                                                          Idempotency-Key (optional): a retry answers the first
 * GET  /api/coordination/evidence/:evidenceId                the file, after its SHA-256 is checked again
 */
export function actionEvidenceRoutes(app: Express, runtime: ModuleRuntime<RequestContext>) {
  const limits = runtime.config.attachments;
  const store = fileStore(limits);
  const readBody = express.raw({ type: () => true, limit: limits.maxBytes });

  app.post('/api/coordination/action-updates/:updateId/evidence', async (req, res, next) => {
    try {
      const context = await runtime.createContext(req, res);
      if (!context.actor) return refuseUnread(res, 401, 'UNAUTHENTICATED', 'error.unauthenticated');
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes)
        return refuseUnread(res, 413, 'BAD_USER_INPUT', 'error.attachment.tooLarge');
      const found = await findReadableUpdate(context.em, context, String(req.params.updateId));
      if (!found) return refuseUnread(res, 404, 'NOT_FOUND', 'error.notFound');
      if (!context.ability.can('report', found.action)) return refuseUnread(res, 403, 'FORBIDDEN', 'error.forbidden');
      await new Promise<void>((resolve, reject) =>
        readBody(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
      );
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (content.length === 0) return fail(res, 400, 'BAD_USER_INPUT', 'error.attachment.empty');
      const mediaType = sniffedMediaType(req.headers['content-type'], content);
      if (!mediaType) return fail(res, 415, 'BAD_USER_INPUT', 'error.attachment.typeNotAllowed');
      if (fileNameIsMisleading(req.header('x-file-name')))
        return fail(res, 400, 'BAD_USER_INPUT', 'error.attachment.fileNameInvalid');
      const evidenceId = uuidv7();
      const evidence = await recordEvidence(
        context,
        {
          updateId: found.update.id,
          evidenceId,
          fileName: cleanFileName(req.header('x-file-name')),
          mediaType,
          content,
          sha256: sha256Of(content),
          // Keys are <uuid>/<uuid>: the action item's and the evidence's own ids.
          storageKey: `${found.action.id}/${evidenceId}`,
          idempotencyKey: req.header('idempotency-key'),
        },
        (key, bytes) => store.put(key, bytes),
      );
      res.status(201).json({
        id: evidence.id,
        fileName: evidence.fileName,
        mediaType: evidence.mediaType,
        sizeBytes: evidence.sizeBytes,
        sha256: evidence.sha256,
        downloadPath: evidenceDownloadPathOf(evidence.id),
      });
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      const messageKey = (error as { extensions?: { messageKey?: string } }).extensions?.messageKey;
      if (code === 'NOT_FOUND') return fail(res, 404, 'NOT_FOUND', 'error.notFound');
      if (code === 'FORBIDDEN') return fail(res, 403, 'FORBIDDEN', 'error.forbidden');
      if (code === 'CONFLICT') return fail(res, 409, 'CONFLICT', messageKey ?? 'error.conflict');
      if (code === 'BAD_USER_INPUT') return fail(res, 400, 'BAD_USER_INPUT', 'error.idempotencyKey.invalid');
      if (code === 'TOO_MANY_REQUESTS') return refuseUnread(res, 429, 'TOO_MANY_REQUESTS', 'error.tooManyRequests');
      if ((error as { type?: string }).type === 'entity.too.large')
        return refuseUnread(res, 413, 'BAD_USER_INPUT', 'error.attachment.tooLarge');
      next(error);
    }
  });

  app.get('/api/coordination/evidence/:evidenceId', async (req, res, next) => {
    try {
      const context = await runtime.createContext(req, res);
      if (!context.actor) return fail(res, 401, 'UNAUTHENTICATED', 'error.unauthenticated');
      const evidence = await evidenceForDownload(context, String(req.params.evidenceId));
      if (!evidence) return fail(res, 404, 'NOT_FOUND', 'error.notFound');
      const content = await store.get(evidence.storageKey);
      if (!content || sha256Of(content) !== evidence.sha256) {
        context.logger.error({ evidenceId: evidence.id }, 'evidence file failed its checksum');
        return fail(res, 409, 'CONFLICT', 'error.attachment.checksumMismatch');
      }
      res.set({
        'content-type': evidence.mediaType,
        'content-length': String(content.length),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(evidence.fileName)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'x-checksum-sha256': evidence.sha256,
      });
      res.end(content);
    } catch (error) {
      next(error);
    }
  });
}
