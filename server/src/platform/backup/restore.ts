import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { EnlaceConfig } from '../config/config';
import { fileStore } from '../files/file-store';
import { decryptBuffer, decryptFile, sha256, sha256OfFile } from './backup-cipher';
import { readManifest, storedFileName, type BackupManifest } from './backup-manifest';
import { pgTools } from './pg-tools';

/**
 * `pnpm restore <backup directory>`: checks the manifest's seal and every checksum, loads the dump into the
 * configured database (which must be empty: a restore never merges), then puts every file back into the
 * configured store, each checked against the checksum the database records. The caller then migrates (grants
 * the runtime role) and anchors the restored audit chain.
 */
export async function restoreBackup(options: {
  config: EnlaceConfig;
  /** The schema owner's connection: the restored objects belong to it. */
  databaseUrl: string;
  directory: string;
  /** Migrations this app knows: a backup made by a newer app is refused. */
  knownMigrations: string[];
}): Promise<BackupManifest> {
  const { config, databaseUrl, directory } = options;
  const manifest = await readManifest(directory, config.backup.key);
  const bare = (name: string) => name.replace(/\.[jt]s$/, '');
  const known = new Set(options.knownMigrations.map(bare));
  const unknown = manifest.migrations.filter((name) => !known.has(bare(name)));
  if (unknown.length > 0) throw new Error(`the backup comes from a newer Enlace (migrations ${unknown.join(', ')})`);
  const encryptedDump = path.join(directory, manifest.database.file);
  if ((await sha256OfFile(encryptedDump)) !== manifest.database.sha256)
    throw new Error('the database dump does not match the manifest');
  await assertEmpty(databaseUrl);

  const work = await mkdtemp(path.join(os.tmpdir(), 'enlace-restore-'));
  try {
    const plainDump = path.join(work, 'database.dump');
    await decryptFile(encryptedDump, plainDump, config.backup.key);
    await pgTools(config.backup.pgBinDir).restore(databaseUrl, plainDump);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  const store = fileStore(config.attachments);
  for (const file of manifest.files) {
    const content = decryptBuffer(await readFile(path.join(directory, storedFileName(file.key))), config.backup.key);
    if (sha256(content) !== file.sha256) throw new Error(`backed-up file ${file.key} does not match its checksum`);
    await store.put(file.key, content);
  }
  return manifest;
}

async function assertEmpty(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
         and n.nspname not like 'pg\\_%'`,
    );
    if (rows[0]!.n > 0) throw new Error('restore into an empty database: this one already has tables');
  } finally {
    await client.end();
  }
}
