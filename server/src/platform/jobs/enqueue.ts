import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { sqlOf } from './job-sql';

export const JOB_SCHEMA = 'pgboss';

// Builds pg-boss's statements only: every call passes the caller's connection, so this one never connects.
const statements = new PgBoss({
  schema: JOB_SCHEMA,
  db: {
    executeSql: () => Promise.reject(new Error('enqueueJob: pass the transaction')),
  },
});

/**
 * Writes a job in `em`'s transaction: it exists exactly when the change that asked for it commits, and a
 * worker of any server process takes it after that (never inside the request). `data` holds ids only.
 */
export async function enqueueJob(em: EntityManager, name: string, data: object): Promise<string> {
  const id = await statements.send(name, data, { db: sqlOf(em) });
  // pg-boss inserts nothing for a queue it does not know; a lost job must not pass silently.
  if (!id) throw new Error(`job queue "${name}" does not exist (is it declared by a module?)`);
  return id;
}
