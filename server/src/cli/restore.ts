import path from 'node:path';
import { migrations } from '../../../migrations';
import { migrateEnlace } from '../app';
import { anchorRestoredTrail } from '../modules/audit';
import { restoreBackup } from '../platform/backup/restore';
import { loadConfig } from '../platform/config/config';
import { runCli, withDatabase } from './with-database';

// pnpm restore <backup directory>: into the configured database, which must be empty (a new one), and the
// configured file store; then migrates (grants the runtime role), and writes a signed restore checkpoint so the
// audit trail verifies from the restored head on. docs/operations.md, "Backup and restore".
runCli(() =>
  withDatabase(async (orm, logger, runtimeRole) => {
    const directory = process.argv[2];
    if (!directory) throw new Error('usage: pnpm restore <backup directory>');
    const config = loadConfig();
    const started = Date.now();
    const manifest = await restoreBackup({
      config,
      databaseUrl: orm.config.get('clientUrl')!,
      directory: path.resolve(directory),
      knownMigrations: migrations.map((migration) => migration.name),
    });
    await migrateEnlace(orm, logger, undefined, runtimeRole);
    const marker = await anchorRestoredTrail(orm.em.fork(), config);
    process.stdout.write(
      `Restored the backup of ${manifest.createdAt}: ${manifest.files.length} files, audit chain continues from event ${marker?.seq ?? 'none'}, in ${Date.now() - started} ms.\n`,
    );
  }),
);
