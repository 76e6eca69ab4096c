import express, { type Express, type Response } from 'express';
import type { RequestContext } from '../../../platform/context';
import { fileStore } from '../../../platform/files/file-store';
import { uuidv7 } from '../../../platform/ids';
import type { ModuleRuntime } from '../../../platform/module';
import { cleanFileName, fileNameIsMisleading, sha256Of, sniffedMediaType } from '../../referrals';
import { isUuid } from '../meeting.access';
import { libraryDownloadPathOf } from './library-version.entity';
import { LIBRARY_LIMITS } from './library.enums';
import { findReadableDocument, libraryVersionForDownload, recordLibraryVersion } from './library.service';

function fail(res: Response, status: number, code: string, messageKey: string) {
  res.status(status).json({ code, messageKey });
}

function refuseUnread(res: Response, status: number, code: string, messageKey: string) {
  res.setHeader('Connection', 'close');
  fail(res, status, code, messageKey);
}

/**
 * Library files travel like referral attachments: raw bytes over authenticated routes, content sniffed,
 * size-limited (ENLACE attachment limit), checksummed, stored in the platform file store, downloads audited.
 * A document the caller may not read answers the same 404 as a missing one; only its secretariat uploads.
 *
 * POST /api/library/documents/:documentId/versions  body: the file; X-File-Name: URI-encoded name;
 *                                                   X-Version-Note: URI-encoded note (optional, ≤ 500)
 * GET  /api/library/versions/:versionId              the file, after its SHA-256 is checked again
 */
export function libraryRoutes(app: Express, runtime: ModuleRuntime<RequestContext>) {
  const limits = runtime.config.attachments;
  const store = fileStore(limits);
  const readBody = express.raw({ type: () => true, limit: limits.maxBytes });

  app.post('/api/library/documents/:documentId/versions', async (req, res, next) => {
    try {
      const context = await runtime.createContext(req, res);
      if (!context.actor) return refuseUnread(res, 401, 'UNAUTHENTICATED', 'error.unauthenticated');
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes)
        return refuseUnread(res, 413, 'BAD_USER_INPUT', 'error.attachment.tooLarge');
      const documentId = String(req.params.documentId);
      const document = isUuid(documentId) ? await findReadableDocument(context.em, context, documentId) : null;
      if (!document) return refuseUnread(res, 404, 'NOT_FOUND', 'error.notFound');
      if (!context.ability.can('update', document)) return refuseUnread(res, 403, 'FORBIDDEN', 'error.forbidden');
      await new Promise<void>((resolve, reject) =>
        readBody(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
      );
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (content.length === 0) return fail(res, 400, 'BAD_USER_INPUT', 'error.attachment.empty');
      const mediaType = sniffedMediaType(req.headers['content-type'], content);
      if (!mediaType) return fail(res, 415, 'BAD_USER_INPUT', 'error.attachment.typeNotAllowed');
      if (fileNameIsMisleading(req.header('x-file-name')))
        return fail(res, 400, 'BAD_USER_INPUT', 'error.attachment.fileNameInvalid');
      let note: string | null = null;
      try {
        note = decodeURIComponent(req.header('x-version-note') ?? '').trim() || null;
      } catch {
        return fail(res, 400, 'BAD_USER_INPUT', 'error.coordination.tooLong');
      }
      if (note && note.length > LIBRARY_LIMITS.versionNote)
        return fail(res, 400, 'BAD_USER_INPUT', 'error.coordination.tooLong');
      const versionId = uuidv7();
      // The store's keys are <uuid>/<uuid>: document and version ids are uuids of their own, never a referral's.
      const storageKey = `${document.id}/${versionId}`;
      const sha256 = sha256Of(content);
      // Bytes before the row: a row never points at missing bytes (an orphan file has an id-only name).
      await store.put(storageKey, content);
      const version = await recordLibraryVersion(context, {
        documentId: document.id,
        versionId,
        fileName: cleanFileName(req.header('x-file-name')),
        mediaType,
        sizeBytes: content.length,
        sha256,
        storageKey,
        note,
      });
      res.status(201).json({
        id: version.id,
        number: version.number,
        fileName: version.fileName,
        mediaType: version.mediaType,
        sizeBytes: version.sizeBytes,
        sha256: version.sha256,
        downloadPath: libraryDownloadPathOf(version.id),
      });
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === 'NOT_FOUND') return fail(res, 404, 'NOT_FOUND', 'error.notFound');
      if (code === 'FORBIDDEN') return fail(res, 403, 'FORBIDDEN', 'error.forbidden');
      if (code === 'TOO_MANY_REQUESTS') return refuseUnread(res, 429, 'TOO_MANY_REQUESTS', 'error.tooManyRequests');
      if ((error as { type?: string }).type === 'entity.too.large')
        return refuseUnread(res, 413, 'BAD_USER_INPUT', 'error.attachment.tooLarge');
      next(error);
    }
  });

  app.get('/api/library/versions/:versionId', async (req, res, next) => {
    try {
      const context = await runtime.createContext(req, res);
      if (!context.actor) return fail(res, 401, 'UNAUTHENTICATED', 'error.unauthenticated');
      const version = await libraryVersionForDownload(context, String(req.params.versionId));
      if (!version) return fail(res, 404, 'NOT_FOUND', 'error.notFound');
      const content = await store.get(version.storageKey);
      if (!content || sha256Of(content) !== version.sha256) {
        context.logger.error({ versionId: version.id }, 'library file failed its checksum');
        return fail(res, 409, 'CONFLICT', 'error.attachment.checksumMismatch');
      }
      res.set({
        'content-type': version.mediaType,
        'content-length': String(content.length),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(version.fileName)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'x-checksum-sha256': version.sha256,
      });
      res.end(content);
    } catch (error) {
      next(error);
    }
  });
}
