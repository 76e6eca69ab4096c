import type { Express } from 'express';
import type { RequestContext } from '../../../platform/context';
import { downloadRoute, fail, uploadRoute } from '../../../platform/files/upload-routes';
import type { ModuleRuntime } from '../../../platform/module';
import { libraryDownloadPathOf } from './library-version.entity';
import { LIBRARY_LIMITS } from './library.enums';
import { findReadableDocument, libraryVersionForDownload, recordLibraryVersion } from './library.service';

/**
 * Library files travel like referral attachments (platform/files/upload-routes.ts). A document the caller may
 * not read answers the same 404 as a missing one; only its secretariat uploads.
 *
 * POST /api/library/documents/:id/versions  body: the file; X-File-Name: URI-encoded name;
 *                                           X-Version-Note: URI-encoded note (optional, ≤ 500)
 * GET  /api/library/versions/:id             the file, after its SHA-256 is checked again
 */
export function libraryRoutes(app: Express, runtime: ModuleRuntime<RequestContext>) {
  uploadRoute(app, runtime, '/api/library/documents/:id/versions', {
    find: (context, documentId) => findReadableDocument(context.em, context, documentId),
    mayUpload: (context, document) => context.ability.can('update', document),
    async save(context, document, file, store, req, res) {
      let note: string | null = null;
      try {
        note = decodeURIComponent(req.header('x-version-note') ?? '').trim() || null;
      } catch {
        return fail(res, 400, 'BAD_USER_INPUT', 'error.coordination.tooLong');
      }
      if (note && note.length > LIBRARY_LIMITS.versionNote)
        return fail(res, 400, 'BAD_USER_INPUT', 'error.coordination.tooLong');
      // The store's keys are <uuid>/<uuid>: document and version ids are uuids of their own, never a referral's.
      const storageKey = `${document.id}/${file.fileId}`;
      // Bytes before the row: a row never points at missing bytes (an orphan file has an id-only name).
      await store.put(storageKey, file.content);
      const version = await recordLibraryVersion(context, {
        documentId: document.id,
        versionId: file.fileId,
        fileName: file.fileName,
        mediaType: file.mediaType,
        sizeBytes: file.content.length,
        sha256: file.sha256,
        storageKey,
        note,
      });
      return {
        id: version.id,
        number: version.number,
        fileName: version.fileName,
        mediaType: version.mediaType,
        sizeBytes: version.sizeBytes,
        sha256: version.sha256,
        downloadPath: libraryDownloadPathOf(version.id),
      };
    },
  });
  downloadRoute(app, runtime, '/api/library/versions/:id', libraryVersionForDownload);
}
