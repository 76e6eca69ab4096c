import type { Express } from 'express';
import type { RequestContext } from '../../platform/context';
import { downloadRoute, uploadRoute } from '../../platform/files/upload-routes';
import type { ModuleRuntime } from '../../platform/module';
import {
  openServiceReferralFile,
  serviceReferralFileForDownload,
  uploadServiceReferralFile,
} from './service-referral-conversation.service';
import { serviceReferralFilePath } from './service-referral-conversation.view';
import { findReadableServiceReferral } from './service-referral.service';

/**
 * Files on a referral's conversation, over the platform's upload routes (sniffed, size-limited, name checked,
 * checksummed; Idempotency-Key). A caller who may not read the referral gets 404, like a missing one.
 *
 * POST /api/service-referrals/:id/files   body: the file; Content-Type; X-File-Name; Idempotency-Key (optional)
 * GET  /api/service-referral-files/:id    the file, decrypted, after its SHA-256 is checked again; audited
 */
export function serviceReferralFileRoutes(app: Express, runtime: ModuleRuntime<RequestContext>) {
  uploadRoute(app, runtime, '/api/service-referrals/:id/files', {
    find: async (context, referralId) => findReadableServiceReferral(context.em, context.ability, referralId),
    mayUpload: (context, referral) => context.ability.can('converse', referral),
    async save(context, referral, file, store, req) {
      const record = await uploadServiceReferralFile(
        context,
        {
          referralId: referral.id,
          fileId: file.fileId,
          fileName: file.fileName,
          mediaType: file.mediaType,
          content: file.content,
          sha256: file.sha256,
          idempotencyKey: req.header('idempotency-key'),
        },
        (key, bytes) => store.put(key, bytes),
      );
      return {
        id: record.id,
        fileName: file.fileName,
        mediaType: record.mediaType,
        sizeBytes: record.sizeBytes,
        sha256: record.sha256,
        downloadPath: serviceReferralFilePath(record.id),
      };
    },
  });
  downloadRoute(app, runtime, '/api/service-referral-files/:id', serviceReferralFileForDownload, {
    decode: openServiceReferralFile,
  });
}
