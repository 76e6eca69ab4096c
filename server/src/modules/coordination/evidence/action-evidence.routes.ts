import type { Express } from 'express';
import type { RequestContext } from '../../../platform/context';
import { downloadRoute, uploadRoute } from '../../../platform/files/upload-routes';
import type { ModuleRuntime } from '../../../platform/module';
import { evidenceDownloadPathOf } from './action-evidence.entity';
import { evidenceForDownload, findReadableUpdate, recordEvidence } from './action-evidence.service';

/**
 * Evidence travels like referral attachments and library files (platform/files/upload-routes.ts); an update
 * the caller may not read answers 404, one whose action the caller may not report on 403.
 *
 * POST /api/coordination/action-updates/:id/evidence  body: the file; X-File-Name: URI-encoded name;
 *                                                    Idempotency-Key (optional): a retry answers the first
 * GET  /api/coordination/evidence/:id                  the file, after its SHA-256 is checked again
 */
export function actionEvidenceRoutes(app: Express, runtime: ModuleRuntime<RequestContext>) {
  uploadRoute(app, runtime, '/api/coordination/action-updates/:id/evidence', {
    find: (context, updateId) => findReadableUpdate(context.em, context, updateId),
    mayUpload: (context, found) => context.ability.can('report', found.action),
    async save(context, found, file, store, req) {
      const evidence = await recordEvidence(
        context,
        {
          updateId: found.update.id,
          evidenceId: file.fileId,
          fileName: file.fileName,
          mediaType: file.mediaType,
          content: file.content,
          sha256: file.sha256,
          // Keys are <uuid>/<uuid>: the action item's and the evidence's own ids.
          storageKey: `${found.action.id}/${file.fileId}`,
          idempotencyKey: req.header('idempotency-key'),
        },
        (key, bytes) => store.put(key, bytes),
      );
      return {
        id: evidence.id,
        fileName: evidence.fileName,
        mediaType: evidence.mediaType,
        sizeBytes: evidence.sizeBytes,
        sha256: evidence.sha256,
        downloadPath: evidenceDownloadPathOf(evidence.id),
      };
    },
  });
  downloadRoute(app, runtime, '/api/coordination/evidence/:id', evidenceForDownload);
}
