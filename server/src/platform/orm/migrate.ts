import type { MikroORM } from '@mikro-orm/postgresql';
import { installJobQueue } from '../jobs/job-queue';
import { grantRuntimeRole } from '../database/runtime-role';
import type { Logger } from '../logging/logger';

// Any fixed number works; it only has to be the same for every Enlace process on one database.
/** Held while migrating and granting roles; whoever changes grants on the same database takes it too. */
export const MIGRATION_LOCK_KEY = 7_362_514_001;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so several server processes (or test files)
 * starting together against one database migrate it exactly once. Then, under the same lock, pg-boss's schema
 * (`pgboss`) is created or upgraded and the job queues named in `jobQueues` are created if missing.
 */
export async function migrateDatabase(
  orm: MikroORM,
  logger: Logger,
  jobQueues: readonly string[] = [],
  /** The role the server runs as, when it is not the one migrating: granted what it needs afterwards. */
  runtimeRole?: string,
): Promise<string[]> {
  const connection = orm.em.getConnection();
  const knex = connection.getKnex();
  const lockConnection = await knex.client.acquireConnection();
  try {
    await lockConnection.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await orm.getMigrator().up();
    const names = applied.map((migration) => migration.name);
    if (names.length > 0) logger.info({ migrations: names }, 'database migrated');
    await installJobQueue(
      { executeSql: async (text, values) => lockConnection.query(text, values) as Promise<{ rows: [] }> },
      jobQueues,
    );
    if (runtimeRole) await grantRuntimeRole((text) => lockConnection.query(text), runtimeRole);
    return names;
  } finally {
    await lockConnection.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    await knex.client.releaseConnection(lockConnection);
  }
}
