import { registerSurvivor } from '../../server/src/modules/protection';
import {
  backfillStatisticsBatch,
  enqueueStatisticsBackfill,
  statisticsBackfillJob,
} from '../../server/src/modules/protection/survivor-statistics-backfill';
import { jobQueue } from '../../server/src/platform/jobs/job-queue';
import { createLogger } from '../../server/src/platform/logging/logger';
import { aBorderWorld, type BorderWorld, contextFor } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Survivors sealed before the de-identified statistic columns existed get them from a resumable job: batch by
 * batch, each row marked when derived, so an interrupted run goes on where it stopped.
 */
describe('the back-fill of survivors’ statistic columns', () => {
  let server: TestServer;
  let world: BorderWorld;
  const runtime = () => ({ orm: server.server.orm, config: server.server.config, logger: createLogger('silent') });
  const columns = () =>
    server.server.orm.em.fork().execute<
      {
        stat_sex: string | null;
        stat_age_band: string | null;
        stat_nationality: string | null;
        stat_version: number;
      }[]
    >('select stat_sex, stat_age_band, stat_nationality, stat_version from survivor order by id');

  beforeAll(async () => {
    server = await startTestServer();
    world = await aBorderWorld(server.server.orm);
    for (const [sex, age] of [
      ['FEMALE', 30],
      ['MALE', 16],
      ['FEMALE', 50],
    ] as const)
      await registerSurvivor(contextFor(server.server.orm, world.users.senderCaseWorker), {
        sex,
        estimatedAge: age,
        nationality: 'HN',
        exploitations: [{ kind: 'FORCED_LABOUR' }],
      } as never);
  }, 120_000);
  afterAll(() => server?.stop());

  it('derives the columns of rows that lack them, batch by batch, resuming where it stopped', async () => {
    expect((await columns()).every((row) => row.stat_version === 1 && row.stat_sex !== null)).toBe(true);
    // As the rows were before Migration20261204140000: sealed, with no statistic columns.
    await server.server.orm.em
      .fork()
      .execute(
        "update survivor set stat_sex = null, stat_age_band = null, stat_nationality = null, stat_exploitations = '{}', stat_version = 0",
      );
    expect(await backfillStatisticsBatch(runtime(), 2)).toBe(2);
    expect((await columns()).filter((row) => row.stat_version === 0)).toHaveLength(1);
    // The job (as after a crash, a new attempt) picks up the rest and stops when none is left.
    await statisticsBackfillJob.handle({}, { id: 'job', attempt: 2, lastAttempt: false }, runtime());
    const rows = await columns();
    expect(rows.every((row) => row.stat_version === 1)).toBe(true);
    expect(rows.map((row) => `${row.stat_sex} ${row.stat_age_band} ${row.stat_nationality}`).sort()).toEqual([
      'FEMALE 30-38 HN',
      'FEMALE 48+ HN',
      'MALE 9-17 HN',
    ]);
    expect(await backfillStatisticsBatch(runtime())).toBe(0);
  });

  it('is enqueued at start-up when rows lack the columns, and not otherwise', async () => {
    const em = server.server.orm.em.fork();
    const jobs = async () =>
      (
        await em.execute<{ n: number }[]>(
          "select count(*)::int as n from pgboss.job where name = 'protection.statistics-backfill'",
        )
      )[0]!.n;
    const before = await jobs();
    const moduleRuntime = { orm: server.server.orm, jobs: jobQueue } as never;
    expect(await enqueueStatisticsBackfill(moduleRuntime)).toBe(false);
    await em.execute('update survivor set stat_version = 0');
    expect(await enqueueStatisticsBackfill(moduleRuntime)).toBe(true);
    expect(await jobs()).toBe(before + 1);
  });
});
