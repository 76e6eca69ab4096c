import type { EntityManager } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { badInput, notFound } from '../graphql/errors';
import { JOB_SCHEMA } from './enqueue';
import { sqlOf } from './job-sql';

/** A job that ran out of attempts (or failed for good): what the platform admin sees. No data, no output text. */
export interface FailedJobRow {
  id: string;
  kind: string;
  createdAt: Date;
  failedAt: Date | null;
  attempts: number;
  lastErrorCode: string | null;
}

export const FAILED_JOBS_MAX_PAGE = 100;

// pg-boss's own cron queue is its business, not an operator's.
const OURS = `name not like '\\_\\_pgboss\\_\\_%'`;

// The failure time as PostgreSQL prints it (microseconds kept), so the keyset comparison is exact.
const cursorOf = (row: { failed_key: string; id: string }) =>
  Buffer.from(JSON.stringify([row.failed_key, row.id])).toString('base64url');

function parseCursor(after: string): [string, string] {
  try {
    const [failedAt, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as unknown[];
    if (typeof failedAt === 'string' && !Number.isNaN(Date.parse(failedAt)) && typeof id === 'string' && UUID.test(id))
      return [failedAt, id];
  } catch {
    // falls through to the error below
  }
  throw badInput({ after: 'error.invalidCursor' });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Failed jobs, most recently failed first (keyset on failure time and id). */
export async function listFailedJobs(em: EntityManager, page: { first: number; after?: string | null }) {
  const { first, after } = page;
  if (!Number.isInteger(first) || first < 1 || first > FAILED_JOBS_MAX_PAGE)
    throw badInput({ first: 'error.pageSize' });
  const [afterTime, afterId] = after ? parseCursor(after) : [null, null];
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
      where state = 'failed' and ${OURS}
        and (?::timestamptz is null or (completed_on, id) < (?::timestamptz, ?::uuid))
      order by completed_on desc, id desc
      limit ?`,
    [afterTime, afterTime, afterId, first + 1],
  );
  const nodes: FailedJobRow[] = rows.slice(0, first).map((row) => ({
    id: row.id,
    kind: row.name,
    createdAt: new Date(row.created_on),
    failedAt: new Date(row.completed_on),
    attempts: row.retry_count + 1,
    lastErrorCode: row.code,
  }));
  const last = rows[Math.min(rows.length, first) - 1];
  return { nodes, endCursor: last ? cursorOf(last) : null, hasNextPage: rows.length > first };
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
