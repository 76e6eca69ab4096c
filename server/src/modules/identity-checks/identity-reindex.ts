import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { newDataKey, openJson, sealJson, unwrapDataKey } from '../../platform/crypto/envelope';
import type { Keyring } from '../../platform/crypto/keyring';
import { enqueueJob } from '../../platform/jobs/enqueue';
import type { JobDefinition, JobRuntime } from '../../platform/jobs/job';
import { Mechanism } from '../identity';
import { IdentityRecord, IdentityReindexRun, IdentityReindexStatus } from './identity-check.entity';
import { blindIndexesOf, normalisedForms, type Identifiers } from './identity-check.identifiers';

export const REINDEX_JOB = 'identity-checks.reindex';
const PURPOSE = 'identityRecord.identifiers';
const BATCH = 100;

/** Seals what was typed with the record's own data key, so a key rotation can re-index it (ADR 0036). */
export function sealIdentifiers(keyring: Keyring, record: IdentityRecord, identifiers: Identifiers) {
  const dataKey = newDataKey(keyring, record.id);
  const kept = { person: identifiers.person ?? null, document: identifiers.document ?? null };
  record.sealedIdentifiers = sealJson(dataKey, record.id, PURPOSE, kept);
  record.dataKey = dataKey.wrapped;
  record.keyId = dataKey.keyId;
}

/**
 * Starts re-indexing a mechanism's records under `version`, in the rotation's transaction: earlier runs of the
 * mechanism are superseded (this one covers their records too), the run is written and the job is enqueued, so
 * it exists exactly when the rotation commits. Its totals are counted by the job's first batch: row-level security
 * shows the rotating agency's transaction its own records only (ADR 0048), the job every agency's.
 */
export async function beginReindex(em: EntityManager, mechanismId: string, version: number) {
  await em.execute(
    `update identity_reindex_run set status = 'SUPERSEDED', updated_at = now(), finished_at = now()
      where mechanism_id = ? and status = 'RUNNING'`,
    [mechanismId],
  );
  const run = em.create(IdentityReindexRun, {
    mechanism: em.getReference(Mechanism, mechanismId),
    targetVersion: version,
    total: 0,
    notReindexable: 0,
  });
  await em.flush();
  await enqueueJob(em, REINDEX_JOB, { runId: run.id });
  return run;
}

interface SealedRow {
  id: string;
  sealed_identifiers: Buffer;
  data_key: Buffer;
  key_id: string;
}

/**
 * One batch, in its own transaction: the next records under an older version are opened, indexed under the
 * run's version and counted. The state is the records' key versions, so a crash loses at most the batch in
 * flight and the next attempt goes on from there. 'stopped' when the run is no longer running (superseded).
 */
export async function reindexBatch(
  runtime: JobRuntime,
  runId: string,
  batchSize = BATCH,
): Promise<'more' | 'done' | 'stopped'> {
  return runtime.orm.em.fork().transactional(async (em) => {
    const run = await em.findOne(IdentityReindexRun, runId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!run || run.status !== IdentityReindexStatus.RUNNING) return 'stopped';
    const mechanismId = run.mechanism.id;
    if (run.done === 0) await countRecordsToReindex(em, run);
    const rows = await em.execute<SealedRow[]>(
      `select id, sealed_identifiers, data_key, key_id from identity_record
        where mechanism_id = ? and key_version < ? and sealed_identifiers is not null
        order by id limit ? for update`,
      [mechanismId, run.targetVersion, batchSize],
    );
    const keyring = runtime.config.encryption;
    for (const row of rows) {
      const dataKey = unwrapDataKey(keyring, { wrapped: row.data_key, keyId: row.key_id }, row.id);
      const identifiers = openJson<Identifiers>(dataKey, row.id, PURPOSE, row.sealed_identifiers);
      const indexes = blindIndexesOf(normalisedForms(identifiers), keyring, mechanismId, run.targetVersion, false);
      await em.nativeUpdate(
        IdentityRecord,
        { id: row.id },
        { exactIndexes: indexes.exact, looseIndexes: indexes.loose, keyVersion: run.targetVersion },
      );
    }
    run.done += rows.length;
    run.updatedAt = new Date();
    if (rows.length < batchSize) {
      run.status = IdentityReindexStatus.DONE;
      run.finishedAt = new Date();
    }
    return run.status === IdentityReindexStatus.DONE ? 'done' : 'more';
  });
}

/** What the run covers, counted before its first batch changes any version (again on a retry of that batch). */
async function countRecordsToReindex(em: EntityManager, run: IdentityReindexRun) {
  const [counts] = await em.execute<{ total: number; legacy: number }[]>(
    `select count(*)::int as total, count(*) filter (where sealed_identifiers is null)::int as legacy
       from identity_record where mechanism_id = ? and key_version < ?`,
    [run.mechanism.id, run.targetVersion],
  );
  if (!counts) throw new Error('count(*) answered no row');
  run.total = counts.total;
  run.notReindexable = counts.legacy;
}

/** The job: batch after batch until the run is done or superseded; a retry resumes where the last one stopped. */
export const reindexJob: JobDefinition<{ runId: string }> = {
  name: REINDEX_JOB,
  timeoutSeconds: 30 * 60,
  async handle({ runId }, _attempt, runtime) {
    while ((await reindexBatch(runtime, runId)) === 'more');
    runtime.logger.info({ runId }, 'identity check re-indexing finished');
  },
};

@ObjectType({ description: "Re-indexing a mechanism's identity records under a new check key version" })
export class IdentityReindexProgress {
  @Field(() => ID)
  id!: string;

  @Field(() => Mechanism)
  mechanism!: Mechanism;

  @Field(() => Int)
  targetVersion!: number;

  @Field(() => IdentityReindexStatus)
  status!: IdentityReindexStatus;

  @Field(() => Int, { description: 'Records under older versions when the run started' })
  total!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int, { description: 'Records registered before identifiers were sealed: they keep their version' })
  notReindexable!: number;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  finishedAt?: Date | null;
}

/** The latest runs, newest first, for platform admins (and nobody else: see identity-check.policy.ts). */
export async function reindexRuns(em: EntityManager, limit: number): Promise<IdentityReindexProgress[]> {
  const runs = await em.find(
    IdentityReindexRun,
    {},
    { orderBy: { startedAt: 'desc', id: 'desc' }, limit: Math.max(1, Math.min(limit, 100)), populate: ['mechanism'] },
  );
  return runs.map((run) => ({ ...run, mechanism: run.mechanism.getEntity() }));
}
