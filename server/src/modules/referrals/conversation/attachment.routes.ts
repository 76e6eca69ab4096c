import type { Express } from 'express';
import type { RequestContext } from '../../../platform/context';
import { downloadRoute, uploadRoute } from '../../../platform/files/upload-routes';
import type { ModuleRuntime } from '../../../platform/module';
import { findReadableReferral } from '../referral.access';
import { downloadPathOf } from './referral-attachment.entity';
import { attachmentForDownload, recordAttachment } from './conversation.service';

/**
 * Attachments travel outside GraphQL, as raw bytes over authenticated routes (platform/files/upload-routes.ts).
 * A caller who may not read the referral gets the same 404 as for an id that does not exist, and nothing of
 * the upload is read or stored.
 *
 * POST /api/referrals/:id/attachments  body: the file; Content-Type: its type;
 *                                      X-File-Name: the URI-encoded original name;
 *                                      Idempotency-Key (optional): a retry answers the first upload
 * GET  /api/attachments/:id            the file, after its SHA-256 is checked again
 */
export function attachmentRoutes(app: Express, runtime: ModuleRuntime<RequestContext>) {
  uploadRoute(app, runtime, '/api/referrals/:id/attachments', {
    find: async (context, referralId) =>
      (await findReadableReferral(context.em, context.ability, referralId)) ? referralId : null,
    async save(context, referralId, file, store, req) {
      // The bytes are written before the row (recordAttachment); a retry with the upload's Idempotency-Key
      // gets the first upload's attachment and writes nothing.
      const attachment = await recordAttachment(
        context,
        {
          referralId,
          fileName: file.fileName,
          mediaType: file.mediaType,
          content: file.content,
          sha256: file.sha256,
          storageKey: `${referralId}/${file.fileId}`,
          attachmentId: file.fileId,
          idempotencyKey: req.header('idempotency-key'),
        },
        (key, bytes) => store.put(key, bytes),
      );
      return {
        id: attachment.id,
        fileName: attachment.fileName,
        mediaType: attachment.mediaType,
        sizeBytes: attachment.sizeBytes,
        sha256: attachment.sha256,
        downloadPath: downloadPathOf(attachment.id),
      };
    },
  });
  downloadRoute(app, runtime, '/api/attachments/:id', attachmentForDownload);
}
