// Issue 17: row-level security on bulletins, like the library (row-level-security-library.int.test.ts). A query
// written without any permission condition, run as the runtime role in an agency's unit of work, finds a mechanism's
// bulletins and their acknowledgements only for member agencies and the secretariat, and an H3 bulletin only for the
// agencies it names (and the secretariat); outsiders can neither change a bulletin nor acknowledge it.
import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { initOrm } from '../../server/src/app';
import { grantRuntimeRole } from '../../server/src/platform/database/runtime-role';
import { inUnitOfWork } from '../../server/src/platform/orm/unit-of-work';
import { aBorderWorld, type BorderWorld, contextFor, type TestUser } from '../support/factories';
import { createRuntimeRole } from './runtime-role';

let runtime: Awaited<ReturnType<typeof createRuntimeRole>>;
let ownerOrm: MikroORM;
let runtimeOrm: MikroORM;
let world: BorderWorld;
const shared = randomUUID();
const restricted = randomUUID();

async function aBulletin(em: EntityManager, id: string, code: 'H2' | 'H3', named: string[]): Promise<void> {
  await em.execute(
    `insert into bulletin (id, mechanism_id, kind, status, texts, handling_code, named_agency_ids, valid_from,
       valid_until, drafting_agency_id, drafted_by_id)
     values (?, ?, 'ROUTE_MODUS_OPERANDI', 'PUBLISHED', '[]', ?, ?::uuid[], now(), now() + interval '30 days', ?, ?)`,
    [id, world.mechanism.id, code, `{${named.join(',')}}`, world.agencies.receiver.id, world.users.secretariat.id],
  );
  await em.execute(
    `insert into bulletin_acknowledgement (id, bulletin_id, agency_id, acknowledged_by_id) values (?, ?, ?, ?)`,
    [randomUUID(), id, world.agencies.receiver.id, world.users.receiverOfficer.id],
  );
}

beforeAll(async () => {
  runtime = await createRuntimeRole();
  ownerOrm = await initOrm(runtime.migrationUrl);
  const owner = new Client({ connectionString: runtime.migrationUrl });
  await owner.connect();
  await grantRuntimeRole((sql) => owner.query(sql), runtime.role).finally(() => owner.end());
  runtimeOrm = await initOrm(runtime.url, { poolMax: 2 });
  world = await aBorderWorld(ownerOrm);
  const em = ownerOrm.em.fork();
  await aBulletin(em, shared, 'H2', []);
  await aBulletin(em, restricted, 'H3', [world.agencies.receiver.id]);
}, 60_000);
afterAll(async () => {
  await runtimeOrm?.close();
  await ownerOrm?.close();
  await runtime?.drop();
});

/** A unit of work of `who`'s agency on the runtime role's pool, exactly as a request runs one. */
const asAgencyOf = <T>(who: TestUser, work: (em: EntityManager) => Promise<T>) =>
  inUnitOfWork({ ...contextFor(runtimeOrm, who), em: runtimeOrm.em.fork() }, work);

const ids = async (em: EntityManager, sql: string) =>
  ((await em.execute(sql, [shared, restricted])) as { id: string }[]).map((row) => row.id).sort();

const bulletinsOf = (who: TestUser) =>
  asAgencyOf(who, async (em) => ({
    bulletins: await ids(em, 'select id from bulletin where id in (?, ?)'),
    acknowledged: await ids(em, 'select bulletin_id as id from bulletin_acknowledgement where bulletin_id in (?, ?)'),
  }));

describe('row-level security on bulletins', () => {
  it('members find the shared bulletin; only the named agency and the secretariat the H3 one', async () => {
    const both = [shared, restricted].sort();
    for (const who of [world.users.receiverOfficer, world.users.secretariat])
      expect(await bulletinsOf(who)).toEqual({ bulletins: both, acknowledged: both });
    expect(await bulletinsOf(world.users.senderOfficer)).toEqual({ bulletins: [shared], acknowledged: [shared] });
  });

  it('an agency outside the mechanism finds nothing with the same query, and can neither change nor acknowledge', async () => {
    for (const outsider of [world.users.sameCountryOfficer, world.users.foreignOfficer])
      expect(await bulletinsOf(outsider)).toEqual({ bulletins: [], acknowledged: [] });
    const changed = await asAgencyOf(world.users.foreignOfficer, (em) =>
      em.execute(`update bulletin set kind = 'FALSE_DOCUMENT' where id = ?`, [shared], 'run'),
    );
    expect((changed as unknown as { affectedRows: number }).affectedRows).toBe(0);
    const write = asAgencyOf(world.users.foreignOfficer, (em) =>
      em.execute(
        `insert into bulletin_acknowledgement (id, bulletin_id, agency_id, acknowledged_by_id) values (?, ?, ?, ?)`,
        [randomUUID(), shared, world.users.foreignOfficer.agencyId, world.users.foreignOfficer.id],
      ),
    );
    await expect(write).rejects.toMatchObject({ code: '42501' });
  });
});
