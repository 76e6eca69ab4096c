import type { JobDefinition, JobRuntime } from '../../platform/jobs/job';
import type { ModuleRuntime } from '../../platform/module';
import { openPersonalData } from './survivor-sealing';
import { STAT_VERSION, setStatisticColumns } from './survivor-statistics';
import { Survivor } from './survivor.entity';

export const STATISTICS_BACKFILL_JOB = 'protection.statistics-backfill';
const BATCH = 200;

/**
 * One batch, in its own transaction: the next survivors whose statistic columns predate their derivation
 * (stat_version below STAT_VERSION) are opened and their de-identified columns written. The state is each row's
 * stat_version, so a crash loses at most the batch in flight and the next attempt resumes there; rows locked by
 * another worker are skipped. A record whose personal data cannot be opened is marked done with null columns
 * (counted as "not recorded"), so it never blocks the job. No personal data leaves the transaction or the log.
 */
export async function backfillStatisticsBatch(runtime: JobRuntime, batchSize = BATCH): Promise<number> {
  return runtime.orm.em.fork().transactional(async (em) => {
    const rows = await em.execute<{ id: string }[]>(
      'select id from survivor where stat_version < ? order by id limit ? for update skip locked',
      [STAT_VERSION, batchSize],
    );
    if (rows.length === 0) return 0;
    const survivors = await em.find(Survivor, { id: { $in: rows.map((row) => row.id) } });
    for (const survivor of survivors) {
      try {
        setStatisticColumns(survivor, openPersonalData(runtime.config.encryption, survivor));
      } catch {
        survivor.statVersion = STAT_VERSION;
      }
    }
    return survivors.length;
  });
}

/** The job: batch after batch until no survivor lacks its columns; a retry resumes where the last one stopped. */
export const statisticsBackfillJob: JobDefinition<Record<string, never>> = {
  name: STATISTICS_BACKFILL_JOB,
  onlyOneAtATime: true,
  timeoutSeconds: 30 * 60,
  async handle(_data, _attempt, runtime) {
    let done = 0;
    for (let n = await backfillStatisticsBatch(runtime); n > 0; n = await backfillStatisticsBatch(runtime)) done += n;
    runtime.logger.info({ survivors: done }, 'survivor statistic columns back-filled');
  },
};

/** At start-up: enqueues the back-fill when any survivor lacks its statistic columns (once, after the migration). */
export async function enqueueStatisticsBackfill(runtime: ModuleRuntime<object>): Promise<boolean> {
  const em = runtime.orm.em.fork();
  const [pending] = await em.execute<{ any: boolean }[]>(
    'select exists (select 1 from survivor where stat_version < ?) as any',
    [STAT_VERSION],
  );
  if (!pending?.any) return false;
  await em.transactional((tx) => runtime.jobs.enqueue(tx, STATISTICS_BACKFILL_JOB, {}));
  return true;
}
