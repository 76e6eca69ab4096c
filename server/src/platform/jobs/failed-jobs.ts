import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { paginate, type Connection, type PageArgs } from '../graphql/connection';
import { notFound } from '../graphql/errors';
import { by, Keyset } from '../orm/keyset';
import { JOB_SCHEMA } from './enqueue';
import { sqlOf } from './job-sql';
import { UUID } from '../ids';

/** A job that ran out of attempts (or failed for good): what the platform admin sees. No data, no output text. */
export interface FailedJobRow {
  id: string;
  kind: string;
  createdAt: Date;
  failedAt: Date | null;
  attempts: number;
  lastErrorCode: string | null;
}

// pg-boss's own cron queue is its business, not an operator's.
const OURS = `name not like '\\_\\_pgboss\\_\\_%'`;

type FailedJobRecord = FailedJobRow & { failedKey: string };

// Most recently failed first. The failure time is kept as PostgreSQL prints it (microseconds), so the keyset
// comparison is exact.
const FAILED_ORDER = new Keyset<FailedJobRecord>(
  [by.instant('desc', 'failedAt', { read: (row) => row.failedKey })],
  by.id('desc'),
);
const COLUMNS = { failedAt: 'completed_on', id: 'id' };

/** Failed jobs, most recently failed first, a page at a time (platform/graphql/connection.ts). */
export function listFailedJobs(em: EntityManager, page: PageArgs): Promise<Connection<FailedJobRow>> {
  return paginate(page, FAILED_ORDER, async ({ after, limit }) => {
    const seek = after ? FAILED_ORDER.afterSql(after, COLUMNS) : { sql: 'true', bindings: [] };
    const rows = await em.getConnection().execute<
      {
        id: string;
        name: string;
        created_on: Date | string;
        completed_on: Date | string;
        failed_key: string;
        retry_count: number;
        code: string | null;
      }[]
    >(
      `select id, name, created_on, completed_on, completed_on::text as failed_key, retry_count,
              output->>'code' as code
         from ${JOB_SCHEMA}.job
        where state = 'failed' and ${OURS} and ${seek.sql}
        order by ${FAILED_ORDER.orderBySql(COLUMNS)}
        limit ?`,
      [...seek.bindings, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.name,
      createdAt: new Date(row.created_on),
      failedAt: new Date(row.completed_on),
      attempts: row.retry_count + 1,
      lastErrorCode: row.code,
      failedKey: row.failed_key,
    }));
  });
}

const statements = new PgBoss({
  schema: JOB_SCHEMA,
  db: { executeSql: () => Promise.reject(new Error('failed-jobs: pass the transaction')) },
});

async function failedJobKind(em: EntityManager, id: string): Promise<string> {
  const rows = UUID.test(id)
    ? await em
        .getConnection()
        .execute<{ name: string }[]>(
          `select name from ${JOB_SCHEMA}.job where id = ? and state = 'failed' and ${OURS}`,
          [id],
          'all',
          em.getTransactionContext(),
        )
    : [];
  if (!rows[0]) throw notFound('FailedJob');
  return rows[0].name;
}

/** Gives a failed job one more attempt (pg-boss adds one to its limit); returns its kind. */
export async function retryFailedJob(em: EntityManager, id: string): Promise<string> {
  const kind = await failedJobKind(em, id);
  await statements.retry(kind, id, { db: sqlOf(em) });
  return kind;
}

/** Removes a failed job for good; what it was about (e.g. its mail_outbox row) keeps its FAILED state. */
export async function discardFailedJob(em: EntityManager, id: string): Promise<string> {
  const kind = await failedJobKind(em, id);
  await statements.deleteJob(kind, id, { db: sqlOf(em) });
  return kind;
}
