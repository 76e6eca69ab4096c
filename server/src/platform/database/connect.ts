import { Client } from 'pg';
import type { EnlaceConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import { startEmbeddedPostgres } from './embedded-postgres';
import { databaseName, withDatabase } from './database-url';
import { asRole, EMBEDDED_RUNTIME_PASSWORD, EMBEDDED_RUNTIME_ROLE, ensureRuntimeRole } from './runtime-role';

export interface DatabaseHandle {
  /** What the server's pool connects as: the runtime role. */
  url: string;
  /** What migrations run as: the role that owns the schema (the same as `url` when only one is configured). */
  migrationUrl: string;
  /** Stops what we started (the embedded server); a DATABASE_URL server is left alone. */
  stop(): Promise<void>;
}

export const EMBEDDED_DATABASE_NAME = 'enlace';

/** DATABASE_URL when given; otherwise an embedded PostgreSQL under the data directory. */
export async function provideDatabase(config: EnlaceConfig, logger: Logger): Promise<DatabaseHandle> {
  if (config.databaseUrl) {
    const migrationUrl = config.databaseMigrationUrl ?? config.databaseUrl;
    return { url: config.databaseUrl, migrationUrl, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: `${config.dataDir}/postgres`,
    port: config.embeddedPostgresPort,
    logger,
  });
  // The embedded superuser owns the schema and migrates; the server runs as the unprivileged runtime role.
  const migrationUrl = withDatabase(embedded.url, EMBEDDED_DATABASE_NAME);
  await ensureDatabaseExists(migrationUrl);
  await ensureRuntimeRole(migrationUrl, EMBEDDED_RUNTIME_ROLE, EMBEDDED_RUNTIME_PASSWORD);
  const url = asRole(migrationUrl, EMBEDDED_RUNTIME_ROLE, EMBEDDED_RUNTIME_PASSWORD);
  return { url, migrationUrl, stop: embedded.stop };
}

export async function ensureDatabaseExists(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(databaseName(url))} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
