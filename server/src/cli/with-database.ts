import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { initOrm } from '../app';
import { loadConfig } from '../platform/config/config';
import { provideDatabase } from '../platform/database/connect';
import { createLogger, type Logger } from '../platform/logging/logger';

/** Runs a command-line task against the configured database (embedded or DATABASE_URL), then cleans up. */
export async function withDatabase(task: (orm: MikroORM, logger: Logger) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await provideDatabase(config, logger);
  const orm = await initOrm(database.url, { poolMax: 2, logger });
  try {
    await task(orm, logger);
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
