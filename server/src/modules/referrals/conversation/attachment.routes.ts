import { findReadableReferral } from '../referral.access';
import express, { type Express, type Response } from 'express';
import type { RequestContext } from '../../../platform/context';
import type { ModuleRuntime } from '../../../platform/module';
import { uuidv7 } from '../../../platform/ids';
import { fileStore } from '../../../platform/files/file-store';
import { downloadPathOf } from './referral-attachment.entity';
import { cleanFileName, fileNameIsMisleading, sha256Of, sniffedMediaType } from './attachment-content';
import { attachmentForDownload, recordAttachment } from './conversation.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A JSON error with the same code / messageKey shape as GraphQL errors, so the client translates both. */
function fail(res: Response, status: number, code: string, messageKey: string) {
  res.status(status).json({ code, messageKey });
}

/** Refuses without reading the rest of the body, and closes the connection so it is not read later either. */
function refuseUnread(res: Response, status: number, code: string, messageKey: string) {
  res.setHeader('Connection', 'close');
  fail(res, status, code, messageKey);
}

/**
 * Attachments travel outside GraphQL, as raw bytes over authenticated routes (session cookie or bearer
 * token, like /graphql). URLs carry ids only. A caller who may not read the referral gets the same 404 as
 * for an id that does not exist.
 *
 * POST /api/referrals/:referralId/attachments  body: the file; Content-Type: its type;
 *                                              X-File-Name: the URI-encoded original name;
 *                                              Idempotency-Key (optional): a retry answers the first upload
 * GET  /api/attachments/:attachmentId          the file, after its SHA-256 is checked again
 */
export function attachmentRoutes(app: Express, options: ModuleRuntime<RequestContext>) {
  const store = fileStore(options.config.attachments);
  const readBody = express.raw({ type: () => true, limit: options.config.attachments.maxBytes });
  app.post('/api/referrals/:referralId/attachments', async (req, res, next) => {
    try {
      // Who is calling is settled from the headers before a byte of the body is read: an anonymous or
      // oversized upload is answered at once, and its body is never buffered.
      const context = await options.createContext(req, res);
      if (!context.actor) return refuseUnread(res, 401, 'UNAUTHENTICATED', 'error.unauthenticated');
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > options.config.attachments.maxBytes)
        return refuseUnread(res, 413, 'BAD_USER_INPUT', 'error.attachment.tooLarge');
      await new Promise<void>((resolve, reject) =>
        readBody(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
      );
      const referralId = String(req.params.referralId);
      if (!UUID.test(referralId)) return fail(res, 404, 'NOT_FOUND', 'error.notFound');
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (content.length === 0) return fail(res, 400, 'BAD_USER_INPUT', 'error.attachment.empty');
      const mediaType = sniffedMediaType(req.headers['content-type'], content);
      if (!mediaType) return fail(res, 415, 'BAD_USER_INPUT', 'error.attachment.typeNotAllowed');
      const attachmentId = uuidv7();
      if (fileNameIsMisleading(req.header('x-file-name')))
        return fail(res, 400, 'BAD_USER_INPUT', 'error.attachment.fileNameInvalid');
      const upload = {
        referralId,
        fileName: cleanFileName(req.header('x-file-name')),
        mediaType,
        content,
        sha256: sha256Of(content),
        storageKey: `${referralId}/${attachmentId}`,
        attachmentId,
        idempotencyKey: req.header('idempotency-key'),
      };
      // Nothing is stored for a caller who does not work on the referral.
      if (!(await findReadableReferral(context.em, context.ability, referralId))) {
        return fail(res, 404, 'NOT_FOUND', 'error.notFound');
      }
      // The bytes are written before the row (recordAttachment); a retry with the upload's Idempotency-Key
      // gets the first upload's attachment and writes nothing.
      const attachment = await recordAttachment(context, upload, (key, bytes) => store.put(key, bytes));
      res.status(201).json({
        id: attachment.id,
        fileName: attachment.fileName,
        mediaType: attachment.mediaType,
        sizeBytes: attachment.sizeBytes,
        sha256: attachment.sha256,
        downloadPath: downloadPathOf(attachment.id),
      });
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      if (code === 'NOT_FOUND') return fail(res, 404, 'NOT_FOUND', 'error.notFound');
      const messageKey = (error as { extensions?: { messageKey?: string } }).extensions?.messageKey;
      if (code === 'CONFLICT') return fail(res, 409, 'CONFLICT', messageKey ?? 'error.conflict');
      if (code === 'BAD_USER_INPUT') return fail(res, 400, 'BAD_USER_INPUT', 'error.idempotencyKey.invalid');
      if (code === 'TOO_MANY_REQUESTS') return refuseUnread(res, 429, 'TOO_MANY_REQUESTS', 'error.tooManyRequests');
      if ((error as { type?: string }).type === 'entity.too.large')
        return refuseUnread(res, 413, 'BAD_USER_INPUT', 'error.attachment.tooLarge');
      next(error);
    }
  });

  app.get('/api/attachments/:attachmentId', async (req, res, next) => {
    try {
      const context = await options.createContext(req, res);
      if (!context.actor) return fail(res, 401, 'UNAUTHENTICATED', 'error.unauthenticated');
      const attachmentId = String(req.params.attachmentId);
      const attachment = UUID.test(attachmentId) ? await attachmentForDownload(context, attachmentId) : null;
      if (!attachment) return fail(res, 404, 'NOT_FOUND', 'error.notFound');
      const content = await store.get(attachment.storageKey);
      // A changed or missing file is refused rather than served: the checksum is the sender's guarantee.
      if (!content || sha256Of(content) !== attachment.sha256) {
        context.logger.error({ attachmentId: attachment.id }, 'attachment failed its checksum');
        return fail(res, 409, 'CONFLICT', 'error.attachment.checksumMismatch');
      }
      res.set({
        'content-type': attachment.mediaType,
        'content-length': String(content.length),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'x-checksum-sha256': attachment.sha256,
      });
      res.end(content);
    } catch (error) {
      next(error);
    }
  });
}
