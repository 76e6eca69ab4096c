import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { initOrm } from '../app';
import { loadConfig } from '../platform/config/config';
import { provideDatabase } from '../platform/database/connect';
import { roleOf } from '../platform/database/runtime-role';
import { createLogger, type Logger } from '../platform/logging/logger';

/** Runs a command-line task against the configured database (embedded or DATABASE_[MIGRATION_]URL), then cleans up. */
export async function withDatabase(
  task: (orm: MikroORM, logger: Logger, runtimeRole: string | undefined) => Promise<void>,
): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await provideDatabase(config, logger);
  // Command-line tasks (migrate, create a migration) act on the schema: as the migration role.
  const orm = await initOrm(database.migrationUrl, { poolMax: 2, logger });
  const runtimeRole = database.migrationUrl === database.url ? undefined : roleOf(database.url);
  try {
    await task(orm, logger, runtimeRole);
  } finally {
    await orm.close();
    await database.stop();
  }
}

export function runCli(task: () => Promise<void>): void {
  task().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
