import type { EntityManager } from '@mikro-orm/postgresql';
import { setTimeout as wait } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import type { Stoppable } from '../module';
import { enqueueJob, JOB_SCHEMA } from './enqueue';
import { JobError, type JobDefinition, type JobRuntime, type RetryPolicy } from './job';
import { sqlOf, type JobSql } from './job-sql';

// pg-boss's own queue for cron: its schedules become jobs here first, once per minute across processes.
const SCHEDULE_QUEUE = '__pgboss__send-it';

const DEFAULT_RETRY: RetryPolicy = { limit: 3, delaySeconds: 30, backoff: true };

/** What modules get in their runtime: writing a job in the caller's transaction. */
export interface JobQueue {
  enqueue(em: EntityManager, name: string, data: object): Promise<string>;
}

export const jobQueue: JobQueue = { enqueue: enqueueJob };

/**
 * Creates (or upgrades) pg-boss's tables in schema `pgboss` and the queues of `names`, on the connection
 * given. Called by the migration step, under its advisory lock: the server then starts pg-boss with its own
 * migrations off, and a test template database carries the queues into every copy made from it.
 */
export async function installJobQueue(sql: JobSql, names: readonly string[]): Promise<void> {
  const installer = new PgBoss({ db: sql, schema: JOB_SCHEMA, migrate: true, supervise: false, schedule: false });
  await installer.start(); // creates or migrates the schema; starts nothing else with these options
  for (const name of [SCHEDULE_QUEUE, ...names]) await installer.createQueue(name);
  await installer.stop({ graceful: false, close: false });
}

export interface JobQueueOptions {
  databaseUrl: string;
  definitions: readonly JobDefinition<never>[];
  runtime: JobRuntime;
  /** Seconds between polls of each queue when it was empty; default 2. */
  pollingSeconds?: number;
}

/**
 * This process's workers: one per kind of job (pg-boss takes each job with FOR UPDATE SKIP LOCKED, so every
 * job runs in one process only), plus pg-boss's cron and maintenance, which several processes share through
 * the database. Failures are retried with back-off; a job out of attempts stays in state `failed`, the dead
 * letter the platform admin sees (failed-jobs.ts).
 */
export async function startJobQueue(options: JobQueueOptions): Promise<Stoppable> {
  const { runtime, definitions } = options;
  const { config, logger } = runtime;
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    application_name: 'enlace-jobs',
    schema: JOB_SCHEMA,
    max: 3,
    migrate: false,
    // A failed job stays visible (and can be retried) for 30 days before pg-boss archives it.
    archiveFailedAfterSeconds: 30 * 24 * 3600,
  });
  // Once stopping, pg-boss's own statements are cut as its pool closes (the database itself stops after the
  // queue): expected, not an operator's concern. Before that, a database error is.
  let closing = false;
  boss.on('error', (error) =>
    closing
      ? logger.debug({ err: error }, 'job queue: database error while stopping')
      : logger.warn({ err: error }, 'job queue: database error; retrying'),
  );
  // Queue settings and schedules are written before pg-boss starts: its first cron check (at start) must
  // already see this process's schedules, or the first run waits for the next check half a minute later.
  const setup = new PgBoss({ db: sqlOf(runtime.orm.em.fork()), schema: JOB_SCHEMA });
  for (const definition of definitions) {
    const retry = definition.retry?.(config) ?? DEFAULT_RETRY;
    await setup.updateQueue(definition.name, {
      name: definition.name,
      policy: definition.onlyOneAtATime ? 'stately' : 'standard',
      retryLimit: retry.limit,
      retryDelay: retry.delaySeconds,
      retryBackoff: retry.backoff,
      expireInSeconds: definition.timeoutSeconds ?? 300,
    });
    const cron = definition.schedule?.(config) ?? null;
    if (cron) await setup.schedule(definition.name, cron, {}, { tz: 'UTC' });
    else await setup.unschedule(definition.name);
  }
  await boss.start();
  const workers = definitions.map((definition) =>
    startWorker(boss, definition, runtime, (options.pollingSeconds ?? 2) * 1000),
  );
  return {
    // Lets running jobs finish (within the shutdown grace; the rest expire and are retried), then closes
    // pg-boss's pool.
    stop: async () => {
      closing = true;
      const patience = new AbortController();
      const graceMs = config.shutdown.graceSeconds * 1000;
      await Promise.race([Promise.all(workers.map((worker) => worker.stop())), sleep(graceMs, patience.signal)]);
      patience.abort();
      await boss.stop({ graceful: false });
    },
  };
}

/**
 * One poll loop per kind of job, ours rather than pg-boss's `work()`: pg-boss leaves a timer running after
 * `stop()` resolves (its worker monitor), so a stopped server still had code scheduled; this loop is awaited
 * whole on stop.
 */
function startWorker(
  boss: PgBoss,
  definition: JobDefinition<never>,
  runtime: JobRuntime,
  pollingMs: number,
): Stoppable {
  let stopping = false;
  const idle = new AbortController();
  const loop = (async () => {
    while (!stopping) {
      let jobs: PgBoss.JobWithMetadata<unknown>[] = [];
      try {
        jobs = await boss.fetch(definition.name, { batchSize: definition.batchSize ?? 1, includeMetadata: true });
      } catch (error) {
        runtime.logger.warn({ err: error, job: definition.name }, 'job queue: fetch failed; retrying');
      }
      for (const job of jobs) await runJob(boss, definition, job, runtime);
      if (jobs.length === 0 && !stopping) await sleep(pollingMs, idle.signal);
    }
  })();
  return {
    stop: async () => {
      stopping = true;
      idle.abort();
      await loop;
    },
  };
}

/** Resolves after `ms`, or at once when `signal` aborts. */
async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  await wait(ms, undefined, { signal }).catch(() => undefined);
}

async function runJob(
  boss: PgBoss,
  definition: JobDefinition<never>,
  job: PgBoss.JobWithMetadata<unknown>,
  runtime: JobRuntime,
): Promise<void> {
  const attempt = { id: job.id, attempt: job.retryCount + 1, lastAttempt: job.retryCount >= job.retryLimit };
  const log = runtime.logger.child({ job: definition.name, jobId: job.id, attempt: attempt.attempt });
  try {
    await definition.handle(job.data as never, attempt, runtime);
    await boss.complete(definition.name, job.id);
  } catch (error) {
    const code = error instanceof JobError ? error.code : 'INTERNAL';
    // A JobError's code is all there is to say; anything else is a bug, logged in full.
    if (error instanceof JobError) log.warn({ code }, 'job failed');
    else log.error({ err: error }, 'job failed unexpectedly');
    await recordFailure(boss, definition, job, error instanceof JobError && error.permanent, code).catch(
      (recordError: unknown) =>
        // The database is gone (an outage, a stop): the job stays active and pg-boss hands it out again once
        // it expires, so the failure is not lost, and the poll loop must not die with an unhandled rejection.
        log.warn({ err: recordError }, 'job failure not recorded; the job comes back when it expires'),
    );
  }
}

async function recordFailure(
  boss: PgBoss,
  definition: JobDefinition<never>,
  job: PgBoss.JobWithMetadata<unknown>,
  permanent: boolean,
  code: string,
): Promise<void> {
  if (permanent) {
    // pg-boss retries while retry_count < retry_limit; a permanent failure has no attempts left.
    await boss
      .getDb()
      .executeSql(`update ${JOB_SCHEMA}.job set retry_limit = retry_count where name = $1 and id = $2`, [
        definition.name,
        job.id,
      ]);
  }
  await boss.fail(definition.name, job.id, { code });
}
