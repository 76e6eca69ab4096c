// Issue 11 / ADR 0048: row-level security on the identity-check tables. A query written without any permission
// condition, run as the runtime role in an agency's unit of work, finds only that agency's registered records and
// only the checks it made or that matched its records; yet a check still finds a hit in another agency's records,
// through the database function that matches given blind indexes, and only for a member of the mechanism.
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { initOrm } from '../../server/src/app';
import { checkIdentity, registerIdentityRecord } from '../../server/src/modules/identity-checks';
import { grantRuntimeRole } from '../../server/src/platform/database/runtime-role';
import { inUnitOfWork } from '../../server/src/platform/orm/unit-of-work';
import { aBorderWorld, type BorderWorld, contextFor, type TestUser } from '../support/factories';
import { createRuntimeRole } from './runtime-role';

let runtime: Awaited<ReturnType<typeof createRuntimeRole>>;
let ownerOrm: MikroORM;
let runtimeOrm: MikroORM;
let world: BorderWorld;
let receiverRecord: string;
let senderRecord: string;
const maria = { familyNames: 'García López', givenNames: 'María José', dateOfBirth: '2001-05-14' };

/** A request context of `who` on the runtime role's pool, exactly as a request runs one. */
const onRuntime = (who: TestUser) => ({ ...contextFor(runtimeOrm, who), em: runtimeOrm.em.fork() });
const asAgencyOf = <T>(who: TestUser, work: (em: EntityManager) => Promise<T>) => inUnitOfWork(onRuntime(who), work);
const ids = async (em: EntityManager, sql: string, params: unknown[] = []) =>
  ((await em.execute(sql, params)) as { id: string }[]).map((row) => row.id).sort();

beforeAll(async () => {
  runtime = await createRuntimeRole();
  ownerOrm = await initOrm(runtime.migrationUrl);
  const owner = new Client({ connectionString: runtime.migrationUrl });
  await owner.connect();
  await grantRuntimeRole((sql) => owner.query(sql), runtime.role).finally(() => owner.end());
  runtimeOrm = await initOrm(runtime.url, { poolMax: 2 });
  world = await aBorderWorld(ownerOrm);
  const mechanismId = world.mechanism.id;
  receiverRecord = (
    await registerIdentityRecord(onRuntime(world.users.receiverOfficer), {
      mechanismId,
      reference: 'INM-2026-0042',
      person: maria,
    })
  ).id;
  senderRecord = (
    await registerIdentityRecord(onRuntime(world.users.senderOfficer), {
      mechanismId,
      reference: 'PNC-2026-0007',
      document: { number: 'P-2039 4411', issuingCountry: 'GT' },
    })
  ).id;
}, 60_000);
afterAll(async () => {
  await runtimeOrm?.close();
  await ownerOrm?.close();
  await runtime?.drop();
});

const recordsSeenBy = (who: TestUser) =>
  asAgencyOf(who, (em) => ids(em, 'select id from identity_record where id in (?, ?)', [receiverRecord, senderRecord]));

describe('row-level security on the identity-check tables', () => {
  it('an agency finds only its own registered records with a query that names no agency', async () => {
    expect(await recordsSeenBy(world.users.receiverOfficer)).toEqual([receiverRecord]);
    expect(await recordsSeenBy(world.users.senderOfficer)).toEqual([senderRecord]);
    for (const outsider of [world.users.fellowMemberOfficer, world.users.foreignOfficer])
      expect(await recordsSeenBy(outsider)).toEqual([]);
  });

  it("a check still finds another agency's record, and the check is seen by the asker and the owner only", async () => {
    const answer = await checkIdentity(onRuntime(world.users.senderOfficer), {
      mechanismId: world.mechanism.id,
      purpose: 'Entrevista de primera línea en Tecún Umán',
      person: maria,
    });
    expect(answer.outcome).toBe('HIT');
    expect(answer.matches.map((match) => [match.agency.id, match.reference])).toEqual([
      [world.agencies.receiver.id, 'INM-2026-0042'],
    ]);
    const checksSeenBy = (who: TestUser) =>
      asAgencyOf(who, (em) => ids(em, 'select id from identity_check where id = ?', [answer.checkId]));
    expect(await checksSeenBy(world.users.senderOfficer)).toEqual([answer.checkId]);
    expect(await checksSeenBy(world.users.receiverOfficer)).toEqual([answer.checkId]);
    for (const outsider of [world.users.fellowMemberOfficer, world.users.foreignOfficer])
      expect(await checksSeenBy(outsider)).toEqual([]);
  });

  it('the matching function answers a member of the mechanism only, and only for the blind indexes given', async () => {
    const [row] = await ownerOrm.em
      .fork()
      .execute<{ exact_indexes: string[] }[]>('select exact_indexes from identity_record where id = ?', [
        receiverRecord,
      ]);
    const indexes = `{${row!.exact_indexes.map((value) => `"${value}"`).join(',')}}`;
    const match = (who: TestUser, exact: string) =>
      asAgencyOf(who, (em) =>
        ids(em, `select id from enlace_identity_matches(?, 1, ?::text[], '{}'::text[])`, [world.mechanism.id, exact]),
      );
    expect(await match(world.users.senderOfficer, indexes)).toEqual([receiverRecord]);
    expect(await match(world.users.senderOfficer, '{"not-an-index"}')).toEqual([]);
    expect(await match(world.users.foreignOfficer, indexes)).toEqual([]);
    // The caller's agency is back in force after the function: the same transaction still sees only its own.
    const after = await asAgencyOf(world.users.senderOfficer, async (em) => {
      await em.execute(`select id from enlace_identity_matches(?, 1, ?::text[], '{}'::text[])`, [
        world.mechanism.id,
        indexes,
      ]);
      return ids(em, 'select id from identity_record where id in (?, ?)', [receiverRecord, senderRecord]);
    });
    expect(after).toEqual([senderRecord]);
  });

  it("an agency can neither change another agency's record nor register one in its name", async () => {
    const changed = await asAgencyOf(world.users.senderOfficer, (em) =>
      em.execute(`update identity_record set reference = 'X' where id = ?`, [receiverRecord], 'run'),
    );
    expect((changed as unknown as { affectedRows: number }).affectedRows).toBe(0);
    const forged = asAgencyOf(world.users.senderOfficer, (em) =>
      em.execute(
        `insert into identity_record (id, mechanism_id, agency_id, reference, key_version, exact_indexes,
           loose_indexes, created_by_id) values (gen_random_uuid(), ?, ?, 'forged', 1, '{}', '{}', ?)`,
        [world.mechanism.id, world.agencies.receiver.id, world.users.senderOfficer.id],
      ),
    );
    await expect(forged).rejects.toMatchObject({ code: '42501' });
  });
});
