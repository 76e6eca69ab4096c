import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EnlaceConfig } from '../config/config';
import { s3FileStore } from './s3-file-store';

/**
 * Where uploaded files' bytes live (referral attachments, action evidence, library documents, consent forms).
 * Keys are made of ids only (`<owner record id>/<file id>`), never file names, so nothing personal ends up in a
 * path, a bucket listing or a log line.
 */
export interface FileStore {
  put(key: string, content: Buffer): Promise<void>;
  /** The bytes, or null when the store has nothing under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Erases the bytes (the retention sweep); nothing under the key is not an error. */
  remove(key: string): Promise<void>;
}

const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/** Files under a directory (default `.data/attachments`); written to a temporary name, then renamed. */
export function localFileStore(directory: string): FileStore {
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new Error('file key must be <uuid>/<uuid>');
    return path.join(directory, key);
  };
  return {
    async put(key, content) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await writeFile(`${file}.partial`, content, { mode: 0o600 });
      await rename(`${file}.partial`, file);
    },
    async get(key) {
      try {
        return await readFile(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}

/**
 * The app's store: an S3-compatible bucket when ENLACE_ATTACHMENTS_S3_BUCKET is set (with its endpoint,
 * region, credentials and path style, see s3-file-store.ts), else files under ENLACE_ATTACHMENTS_DIR or
 * `<data dir>/attachments`. Same keys either way.
 */
export function fileStore(settings: EnlaceConfig['attachments']): FileStore {
  return settings.s3 ? s3FileStore(settings.s3, settings.maxBytes) : localFileStore(settings.dir);
}
