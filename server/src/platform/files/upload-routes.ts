import express, { type Express, type Request, type Response } from 'express';
import type { RequestContext } from '../context';
import { UUID, uuidv7 } from '../ids';
import type { ModuleRuntime } from '../module';
import { cleanFileName, fileNameIsMisleading, sha256Of, sniffedMediaType } from './file-content';
import { fileStore, type FileStore } from './file-store';

/** A JSON error with the same code / messageKey shape as GraphQL errors, so the client translates both. */
export function fail(res: Response, status: number, code: string, messageKey: string) {
  res.status(status).json({ code, messageKey });
}

/** Refuses without reading the rest of the body, and closes the connection so it is not read later either. */
function refuseUnread(res: Response, status: number, code: string, messageKey: string) {
  res.setHeader('Connection', 'close');
  fail(res, status, code, messageKey);
}

/** A stored file as its row keeps it: what a download needs. */
export interface StoredFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

/** An upload that passed every check, with the id its row will have (the store's key ends with it). */
export interface ReceivedFile {
  fileId: string;
  fileName: string;
  mediaType: string;
  content: Buffer;
  sha256: string;
}

export interface UploadRoute<Target> {
  /**
   * What the file is for, from the URL and headers alone (the body is not read yet); null when it does not
   * exist or the caller may not read it (both 404). An id that is not a UUID is answered 404 before this runs.
   */
  find(context: RequestContext, id: string): Promise<Target | null>;
  /** Whether the caller may add a file to it (403 otherwise); anyone who may read it when left out. */
  mayUpload?(context: RequestContext, target: Target): boolean;
  /** Stores the file and its row; the answer is sent with 201 (a `downloadPath` among its fields). */
  save(
    context: RequestContext,
    target: Target,
    file: ReceivedFile,
    store: FileStore,
    req: Request,
    res: Response,
  ): Promise<Record<string, unknown> | void>;
}

/**
 * Files travel outside GraphQL, as raw bytes over authenticated routes (session cookie or bearer token, like
 * /graphql), the same way for referral attachments, library files and action evidence: the caller is settled
 * from the headers before a byte of the body is read (an anonymous, oversized, unknown or forbidden upload is
 * answered at once and its body never buffered); the content is sniffed, size-limited (the ENLACE attachment
 * limit), its name checked and cleaned, checksummed; the module's `save` stores it. URLs carry ids only.
 *
 * POST `path` (with an `:id` parameter): body the file; Content-Type its type; X-File-Name the URI-encoded name.
 */
export function uploadRoute<Target>(
  app: Express,
  runtime: ModuleRuntime<RequestContext>,
  path: string,
  route: UploadRoute<Target>,
) {
  const limits = runtime.config.attachments;
  const store = fileStore(limits);
  const readBody = express.raw({ type: () => true, limit: limits.maxBytes });
  app.post(path, async (req, res, next) => {
    try {
      const context = await runtime.createContext(req, res);
      if (!context.actor) return refuseUnread(res, 401, 'UNAUTHENTICATED', 'error.unauthenticated');
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > limits.maxBytes)
        return refuseUnread(res, 413, 'BAD_USER_INPUT', 'error.attachment.tooLarge');
      const id = String(req.params.id);
      const target = UUID.test(id) ? await route.find(context, id) : null;
      if (target === null || target === undefined) return refuseUnread(res, 404, 'NOT_FOUND', 'error.notFound');
      if (route.mayUpload && !route.mayUpload(context, target))
        return refuseUnread(res, 403, 'FORBIDDEN', 'error.forbidden');
      await new Promise<void>((resolve, reject) =>
        readBody(req, res, (error?: unknown) => (error ? reject(error) : resolve())),
      );
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (content.length === 0) return fail(res, 400, 'BAD_USER_INPUT', 'error.attachment.empty');
      const mediaType = sniffedMediaType(req.headers['content-type'], content);
      if (!mediaType) return fail(res, 415, 'BAD_USER_INPUT', 'error.attachment.typeNotAllowed');
      if (fileNameIsMisleading(req.header('x-file-name')))
        return fail(res, 400, 'BAD_USER_INPUT', 'error.attachment.fileNameInvalid');
      const file: ReceivedFile = {
        fileId: uuidv7(),
        fileName: cleanFileName(req.header('x-file-name')),
        mediaType,
        content,
        sha256: sha256Of(content),
      };
      const answer = await route.save(context, target, file, store, req, res);
      if (answer) res.status(201).json(answer);
    } catch (error) {
      const code = (error as { extensions?: { code?: string } }).extensions?.code;
      const messageKey = (error as { extensions?: { messageKey?: string } }).extensions?.messageKey;
      if (code === 'NOT_FOUND') return fail(res, 404, 'NOT_FOUND', 'error.notFound');
      if (code === 'FORBIDDEN') return fail(res, 403, 'FORBIDDEN', 'error.forbidden');
      if (code === 'CONFLICT') return fail(res, 409, 'CONFLICT', messageKey ?? 'error.conflict');
      // The only input the services read besides the file: the Idempotency-Key header.
      if (code === 'BAD_USER_INPUT') return fail(res, 400, 'BAD_USER_INPUT', 'error.idempotencyKey.invalid');
      if (code === 'TOO_MANY_REQUESTS') return refuseUnread(res, 429, 'TOO_MANY_REQUESTS', 'error.tooManyRequests');
      if ((error as { type?: string }).type === 'entity.too.large')
        return refuseUnread(res, 413, 'BAD_USER_INPUT', 'error.attachment.tooLarge');
      next(error);
    }
  });
}

/**
 * GET `path` (with an `:id` parameter): the file, after its SHA-256 is checked again (a changed or missing file
 * is refused rather than served: the checksum is the sender's guarantee). `find` answers null for a file the
 * caller may not read, the same 404 as for one that does not exist, and audits the download.
 */
export function downloadRoute(
  app: Express,
  runtime: ModuleRuntime<RequestContext>,
  path: string,
  find: (context: RequestContext, id: string) => Promise<StoredFile | null>,
  options: {
    /**
     * Turns the stored bytes back into the file (a module that encrypts its files at rest); the SHA-256 is then
     * checked on what it returns. Throwing (wrong key, altered bytes) is answered like a checksum mismatch.
     */
    decode?(context: RequestContext, file: StoredFile, stored: Buffer): Buffer;
  } = {},
) {
  const store = fileStore(runtime.config.attachments);
  app.get(path, async (req, res, next) => {
    try {
      const context = await runtime.createContext(req, res);
      if (!context.actor) return fail(res, 401, 'UNAUTHENTICATED', 'error.unauthenticated');
      const id = String(req.params.id);
      const file = UUID.test(id) ? await find(context, id) : null;
      if (!file) return fail(res, 404, 'NOT_FOUND', 'error.notFound');
      const stored = await store.get(file.storageKey);
      let content: Buffer | null = stored;
      if (stored && options.decode) {
        try {
          content = options.decode(context, file, stored);
        } catch {
          content = null;
        }
      }
      if (!content || sha256Of(content) !== file.sha256) {
        context.logger.error({ fileId: file.id, path: req.route?.path }, 'stored file failed its checksum');
        return fail(res, 409, 'CONFLICT', 'error.attachment.checksumMismatch');
      }
      res.set({
        'content-type': file.mediaType,
        'content-length': String(content.length),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
        'x-checksum-sha256': file.sha256,
      });
      res.end(content);
    } catch (error) {
      next(error);
    }
  });
}
