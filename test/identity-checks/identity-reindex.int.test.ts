// Issue 17, "rotatable" keys: after a mechanism's check key rotates, a job re-indexes its records under the new
// version (resumable, superseded by a later rotation) and platform admins follow its progress.
import { reindexBatch, reindexJob } from '../../server/src/modules/identity-checks/identity-reindex';
import { createLogger } from '../../server/src/platform/logging/logger';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  callerOf,
  codeOf,
  createCoordinationWorld,
  dataOf,
  type Caller,
  type CoordinationWorld,
  type Who,
} from '../support/factories/coordination-world';
import { at } from '../support/indexing';

let server: TestServer;
let world: CoordinationWorld;
const callers = {} as Record<Who, Caller>;
const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
  server.server.orm.em.fork().execute<T[]>(query, params);

beforeAll(async () => {
  server = await startTestServer();
  world = await createCoordinationWorld(server.server.orm);
  for (const who of Object.keys(world.cookieOf) as Who[]) callers[who] = callerOf(server, world.cookieOf[who]);
}, 60_000);
afterAll(() => server?.stop());

const REGISTER = `mutation ($input: IdentityRecordInput!) { registerIdentityRecord(input: $input) }`;
const ROTATE = `mutation ($m: ID!) { rotateIdentityCheckKey(mechanismId: $m) }`;
const RUNS = `{ identityReindexRuns { id mechanism { id } targetVersion status total done notReindexable finishedAt } }`;
const CHECK = `mutation ($input: IdentityCheckInput!) { checkIdentity(input: $input) { outcome matches { reference } } }`;

interface Run {
  id: string;
  targetVersion: number;
  status: string;
  total: number;
  done: number;
  notReindexable: number;
}
const runtime = () => ({ orm: server.server.orm, config: server.server.config, logger: createLogger('silent') });
const person = (n: number) => ({ familyNames: `Ramírez ${n}`, givenNames: 'Ana Lucía', dateOfBirth: '1995-02-0' + n });

async function outcomeOf(identifiers: Record<string, unknown>) {
  const result = await callers.memberOfficer<{ checkIdentity: { outcome: string } }>(CHECK, {
    input: { mechanismId: world.mechanism.id, purpose: 'Verificación en Tecún Umán', ...identifiers },
  });
  return dataOf<{ checkIdentity: { outcome: string } }>(result).checkIdentity.outcome;
}

async function runs(): Promise<Run[]> {
  return dataOf<{ identityReindexRuns: Run[] }>(await callers.platformAdmin(RUNS)).identityReindexRuns;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  for (let n = 1; n <= 5; n += 1)
    dataOf(
      await callers.otherMemberOfficer(REGISTER, {
        input: { mechanismId: world.mechanism.id, reference: `FGR-2026-${n}`, person: person(n) },
      }),
    );
  // A record registered before identifiers were sealed: it cannot be re-indexed and keeps its version.
  await sql(`update identity_record set sealed_identifiers = null, data_key = null, key_id = null
              where reference = 'FGR-2026-5'`);
});

it('keeps what was typed only sealed: the row holds no name or date in the clear', async () => {
  const rows = await sql<{ row: string }>(
    `select r::text as row from identity_record r where reference = 'FGR-2026-1'`,
  );
  expect(at(rows, 0).row).not.toMatch(/Ram[ií]rez|RAMIREZ|Luc[ií]a|1995/i);
});

it('re-indexes every sealed record under the new version after a rotation, visible to platform admins', async () => {
  expect(
    dataOf<{ rotateIdentityCheckKey: number }>(await callers.secretariat(ROTATE, { m: world.mechanism.id })),
  ).toEqual({ rotateIdentityCheckKey: 2 });
  const [run] = await until(runs, (list) => list[0]?.status === 'DONE');
  expect(run).toMatchObject({ targetVersion: 2, status: 'DONE', total: 5, done: 4, notReindexable: 1 });
  const versions = await sql<{ reference: string; key_version: number }>(
    `select reference, key_version from identity_record where mechanism_id = ? order by reference`,
    [world.mechanism.id],
  );
  expect(versions.map((row) => row.key_version)).toEqual([2, 2, 2, 2, 1]);
  // Re-indexed records match under the new key; the one left behind still matches under its own.
  expect(await outcomeOf({ person: person(1) })).toBe('HIT');
  expect(await outcomeOf({ person: { ...person(2), dateOfBirth: '1996-02-02' } })).toBe('POSSIBLE_MATCH');
  expect(await outcomeOf({ person: person(5) })).toBe('HIT');
});

it('resumes where a stopped run left off, and stops a run a later rotation superseded', async () => {
  // A run whose job crashed after one batch: the state is in the records, so the next attempt goes on from there.
  await sql(`update identity_check_key set current_version = 3 where mechanism_id = ?`, [world.mechanism.id]);
  const { id } = at(
    await sql<{ id: string }>(
      `insert into identity_reindex_run (id, mechanism_id, target_version, total, not_reindexable)
     values (gen_random_uuid(), ?, 3, 5, 1) returning id`,
      [world.mechanism.id],
    ),
    0,
  );
  expect(await reindexBatch(runtime(), id, 1)).toBe('more');
  expect((await runs()).find((run) => run.id === id)).toMatchObject({ status: 'RUNNING', done: 1 });
  await reindexJob.handle({ runId: id }, { id: 'job', attempt: 2, lastAttempt: false }, runtime());
  expect((await runs()).find((run) => run.id === id)).toMatchObject({ status: 'DONE', done: 4 });
  expect(await outcomeOf({ person: person(3) })).toBe('HIT');

  // A run still going when the secretariat rotates again is superseded: the new run covers its records.
  await sql(`update identity_check_key set current_version = 4 where mechanism_id = ?`, [world.mechanism.id]);
  const pending = at(
    await sql<{ id: string }>(
      `insert into identity_reindex_run (id, mechanism_id, target_version, total) values (gen_random_uuid(), ?, 4, 4)
     returning id`,
      [world.mechanism.id],
    ),
    0,
  );
  const rotated = dataOf<{ rotateIdentityCheckKey: number }>(
    await callers.secretariat(ROTATE, { m: world.mechanism.id }),
  );
  expect(rotated.rotateIdentityCheckKey).toBe(5);
  expect((await runs()).find((run) => run.id === pending.id)).toMatchObject({ status: 'SUPERSEDED', done: 0 });
  expect(await reindexBatch(runtime(), pending.id)).toBe('stopped');
  const [latest] = await until(runs, (list) => list[0]?.status === 'DONE');
  expect(latest).toMatchObject({ targetVersion: 5, status: 'DONE', done: 4 });
  const { versions } = at(
    await sql<{ versions: number[] }>(
      `select array_agg(distinct key_version order by key_version) as versions from identity_record where mechanism_id = ?`,
      [world.mechanism.id],
    ),
    0,
  );
  expect(versions).toEqual([1, 5]);
});

it('shows the runs to platform admins only', async () => {
  for (const who of ['secretariat', 'memberOfficer', 'memberAuditor'] as const)
    expect(codeOf(await callers[who](RUNS))).toBe('FORBIDDEN');
});
