import path from 'node:path';
import { anchorAuditTrail } from '../modules/audit';
import { createBackup } from '../platform/backup/backup';
import { loadConfig } from '../platform/config/config';
import { runCli, withDatabase } from './with-database';

// pnpm backup [directory]: anchors the audit trail, then writes an encrypted, checksummed backup of the database
// and the stored files into a new folder under the directory (default `<data dir>/backups`). Servers keep
// running. docs/operations.md, "Backup and restore".
runCli(() =>
  withDatabase(async (orm, logger) => {
    const config = loadConfig();
    const outDir = path.resolve(process.argv[2] ?? path.join(config.dataDir, 'backups'));
    const anchored = await anchorAuditTrail(orm.em.fork(), config).catch((error: unknown) => {
      logger.warn({ err: error }, 'backup: the audit trail could not be anchored');
      return null;
    });
    if (anchored && !anchored.verification.valid)
      logger.warn({ problem: anchored.verification.problem }, 'backup: the audit trail does not verify');
    const started = Date.now();
    const { directory, manifest } = await createBackup({
      config,
      databaseUrl: orm.config.get('clientUrl')!,
      outDir,
      logger,
    });
    process.stdout.write(
      `Backup written to ${directory}: database ${manifest.database.bytes} bytes, ${manifest.files.length} files, audit head ${manifest.audit.seq ?? 'none'}, in ${Date.now() - started} ms.\n`,
    );
    if (config.backup.development)
      process.stdout.write('WARNING: encrypted with the published development key: set ENLACE_BACKUP_KEY.\n');
  }),
);
