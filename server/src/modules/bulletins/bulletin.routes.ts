import type { Express } from 'express';
import type { RequestContext } from '../../platform/context';
import { downloadRoute, fail, uploadRoute } from '../../platform/files/upload-routes';
import type { ModuleRuntime } from '../../platform/module';
import { BulletinImage, bulletinImagePathOf } from './bulletin.entity';
import { BULLETIN_LIMITS, SPECIMEN_MEDIA_TYPES } from './bulletin.enums';
import { findReadableBulletin, recordSpecimenImage, specimenForDownload } from './bulletin.service';

/**
 * Specimen images travel like library files (platform/files/upload-routes.ts): sniffed, then narrowed here to
 * PNG and JPEG of at most 5 MB, at most six per bulletin, added to drafts only. Downloads are audited.
 *
 * POST /api/bulletins/:id/images   body: the image; X-File-Name: URI-encoded name
 * GET  /api/bulletins/images/:id   the image, after its SHA-256 is checked again
 */
export function bulletinRoutes(app: Express, runtime: ModuleRuntime<RequestContext>) {
  uploadRoute(app, runtime, '/api/bulletins/:id/images', {
    find: (context, id) => findReadableBulletin(context.em, context, id),
    mayUpload: (context, bulletin) => context.ability.can('update', bulletin),
    async save(context, bulletin, file, store, _req, res) {
      if (!(SPECIMEN_MEDIA_TYPES as readonly string[]).includes(file.mediaType))
        return fail(res, 415, 'BAD_USER_INPUT', 'error.attachment.typeNotAllowed');
      if (file.content.length > BULLETIN_LIMITS.imageBytes)
        return fail(res, 413, 'BAD_USER_INPUT', 'error.attachment.tooLarge');
      if ((await context.em.count(BulletinImage, { bulletin: bulletin.id })) >= BULLETIN_LIMITS.images)
        return fail(res, 400, 'BAD_USER_INPUT', 'error.bulletin.tooManyImages');
      const storageKey = `${bulletin.id}/${file.fileId}`;
      await store.put(storageKey, file.content);
      const image = await recordSpecimenImage(context, {
        bulletinId: bulletin.id,
        imageId: file.fileId,
        fileName: file.fileName,
        mediaType: file.mediaType,
        sizeBytes: file.content.length,
        sha256: file.sha256,
        storageKey,
      });
      return {
        id: image.id,
        fileName: image.fileName,
        mediaType: image.mediaType,
        sizeBytes: image.sizeBytes,
        sha256: image.sha256,
        downloadPath: bulletinImagePathOf(image.id),
      };
    },
  });
  downloadRoute(app, runtime, '/api/bulletins/images/:id', specimenForDownload);
}
