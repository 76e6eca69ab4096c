import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { EnlaceConfig } from '../config/config';
import { fileStore } from '../files/file-store';
import type { Logger } from '../logging/logger';
import { ENLACE_VERSION } from '../version';
import { encryptBuffer, encryptFile, sha256, sha256OfFile } from './backup-cipher';
import { BACKUP_FORMAT, DATABASE_FILE, storedFileName, writeManifest, type BackupManifest } from './backup-manifest';
import { pgTools } from './pg-tools';

// Every table that keeps a file in the store names it by `storage_key` next to its `sha256`: found in the
// catalog, so a module adding such a table is backed up without touching this file.
const STORED_FILE_TABLES = `
select c.table_name from information_schema.columns c
where c.table_schema = 'public' and c.column_name = 'storage_key'
  and exists (select 1 from information_schema.columns s
              where s.table_schema = 'public' and s.table_name = c.table_name and s.column_name = 'sha256')
order by c.table_name`;

/**
 * `pnpm backup`: the database and the files it refers to, consistent with each other, encrypted under
 * ENLACE_BACKUP_KEY, in a new directory under `outDir`. One repeatable-read transaction exports its snapshot:
 * pg_dump dumps exactly that snapshot, and the list of files is read in it too. Files are written to the store
 * before the row naming them commits, so every file the snapshot names exists when it is copied afterwards
 * (unless the retention sweep erased it since: listed as missing). Servers keep serving meanwhile.
 */
export async function createBackup(options: {
  config: EnlaceConfig;
  /** The schema owner's connection (DATABASE_MIGRATION_URL): it can read every table. */
  databaseUrl: string;
  outDir: string;
  logger: Logger;
}): Promise<{ directory: string; manifest: BackupManifest }> {
  const { config, databaseUrl, logger } = options;
  const createdAt = new Date();
  const directory = path.join(options.outDir, `enlace-backup-${createdAt.toISOString().replace(/[-:.]/g, '')}`);
  await mkdir(path.join(directory, 'files'), { recursive: true, mode: 0o700 });
  const work = await mkdtemp(path.join(os.tmpdir(), 'enlace-backup-'));
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const snapshot = (await client.query<{ id: string }>('select pg_export_snapshot() as id')).rows[0]!.id;
    const plainDump = path.join(work, 'database.dump');
    const [, facts] = await Promise.all([
      pgTools(config.backup.pgBinDir).dump(databaseUrl, plainDump, snapshot),
      factsOf(client),
    ]);
    await client.query('commit');
    const encryptedDump = path.join(directory, DATABASE_FILE);
    await encryptFile(plainDump, encryptedDump, config.backup.key);
    const { files, missingFiles } = await copyFiles(config, directory, facts.files);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: createdAt.toISOString(),
      appVersion: ENLACE_VERSION,
      migrations: facts.migrations,
      database: {
        file: DATABASE_FILE,
        sha256: await sha256OfFile(encryptedDump),
        bytes: (await stat(encryptedDump)).size,
      },
      files,
      missingFiles,
      audit: facts.audit,
    };
    await writeManifest(directory, manifest, config.backup.key);
    if (missingFiles.length > 0) logger.warn({ missing: missingFiles.length }, 'backup: files named but not stored');
    return { directory, manifest };
  } finally {
    await client.end();
    await rm(work, { recursive: true, force: true });
  }
}

async function factsOf(client: Client) {
  const migrations = (
    await client.query<{ name: string }>('select name from mikro_orm_migrations order by id')
  ).rows.map((row) => row.name);
  const [head] = (
    await client.query<{ seq: string; hash: string }>(
      'select seq::text as seq, hash from audit_event order by seq desc limit 1',
    )
  ).rows;
  const files: { key: string; sha256: string; bytes: number }[] = [];
  for (const { table_name: table } of (await client.query<{ table_name: string }>(STORED_FILE_TABLES)).rows) {
    const rows = await client.query<{ key: string; sha256: string }>(
      `select storage_key as key, sha256 from ${client.escapeIdentifier(table)} order by storage_key`,
    );
    files.push(...rows.rows.map((row) => ({ ...row, bytes: 0 })));
  }
  return { migrations, audit: { seq: head?.seq ?? null, hash: head?.hash ?? null }, files };
}

async function copyFiles(config: EnlaceConfig, directory: string, named: { key: string; sha256: string }[]) {
  const store = fileStore(config.attachments);
  const files: BackupManifest['files'] = [];
  const missingFiles: string[] = [];
  for (const { key, sha256: expected } of named) {
    const content = await store.get(key);
    if (!content) {
      missingFiles.push(key);
      continue;
    }
    if (sha256(content) !== expected) throw new Error(`stored file ${key} does not match its checksum`);
    const target = path.join(directory, storedFileName(key));
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await writeFile(target, encryptBuffer(content, config.backup.key), { mode: 0o600 });
    files.push({ key, sha256: expected, bytes: content.length });
  }
  return { files, missingFiles };
}
