import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sealOf, sealValid } from './backup-cipher';

export const BACKUP_FORMAT = 'enlace-backup/1';
export const DATABASE_FILE = 'database.dump.enc';

/** One stored file (attachment, library document version) the database refers to. */
export interface BackedUpFile {
  key: string;
  /** Of the plain bytes, as the database records it: checked when backed up and again when restored. */
  sha256: string;
  bytes: number;
}

/**
 * What a backup holds, with checksums: written last, sealed with an HMAC under ENLACE_BACKUP_KEY. Ids and
 * checksums only: nothing personal is readable without the key.
 */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  appVersion: string;
  /** The migrations the dump's schema has: a restore needs an app that knows them all. */
  migrations: string[];
  database: { file: typeof DATABASE_FILE; sha256: string; bytes: number };
  files: BackedUpFile[];
  /** Files the database named but the store no longer had at backup time (e.g. mid retention sweep). */
  missingFiles: string[];
  /** The audit chain's head in the dump's snapshot: a restore continues the chain from here. */
  audit: { seq: string | null; hash: string | null };
}

export const storedFileName = (key: string) => path.join('files', `${key}.enc`);

export async function writeManifest(directory: string, manifest: BackupManifest, key: Buffer): Promise<void> {
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  await writeFile(path.join(directory, 'manifest.json'), text, { mode: 0o600 });
  await writeFile(path.join(directory, 'manifest.seal'), `${sealOf(text, key)}\n`, { mode: 0o600 });
}

export async function readManifest(directory: string, key: Buffer): Promise<BackupManifest> {
  const text = await readFile(path.join(directory, 'manifest.json'), 'utf8');
  const seal = (await readFile(path.join(directory, 'manifest.seal'), 'utf8')).trim();
  if (!sealValid(text, seal, key))
    throw new Error('the backup manifest is altered, or was sealed with another ENLACE_BACKUP_KEY');
  const manifest = JSON.parse(text) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`unknown backup format ${String(manifest.format)}`);
  return manifest;
}
