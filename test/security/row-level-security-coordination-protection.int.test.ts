// Issue 11: row-level security as defence in depth on the coordination and protection tables, as on the
// referral tables (row-level-security.int.test.ts). A query written without any permission condition, run as the
// runtime role in the unit of work of an agency outside the mechanism (or outside the survivor's holding
// agency), finds no meeting, agenda item, action item or survivor, and cannot change them; members, the
// secretariat and the holding agency still find theirs.
import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { initOrm } from '../../server/src/app';
import { registerSurvivor } from '../../server/src/modules/protection';
import type { SurvivorInput } from '../../server/src/modules/protection/survivor.inputs';
import { grantRuntimeRole } from '../../server/src/platform/database/runtime-role';
import { inUnitOfWork } from '../../server/src/platform/orm/unit-of-work';
import { aBorderWorld, type BorderWorld, contextFor, type TestUser } from '../support/factories';
import { createRuntimeRole } from './runtime-role';

let runtime: Awaited<ReturnType<typeof createRuntimeRole>>;
let ownerOrm: MikroORM;
let runtimeOrm: MikroORM;
let world: BorderWorld;
const meetingId = randomUUID();
const actionId = randomUUID();
let survivorId: string;

beforeAll(async () => {
  runtime = await createRuntimeRole();
  ownerOrm = await initOrm(runtime.migrationUrl);
  const owner = new Client({ connectionString: runtime.migrationUrl });
  await owner.connect();
  await grantRuntimeRole((sql) => owner.query(sql), runtime.role).finally(() => owner.end());
  runtimeOrm = await initOrm(runtime.url, { poolMax: 2 });
  world = await aBorderWorld(ownerOrm);
  const em = ownerOrm.em.fork();
  const secretary = world.users.secretariat.id;
  await em.execute(
    `insert into meeting (id, mechanism_id, title, kind, starts_at, ends_at, time_zone, place_text, created_by_id)
     values (?, ?, 'Reunión ordinaria', 'ORDINARY', now(), now() + interval '2 hours', 'America/Guatemala', 'Tecún Umán', ?)`,
    [meetingId, world.mechanism.id, secretary],
  );
  await em.execute(`insert into agenda_item (id, meeting_id, position, title) values (?, ?, 1, 'Rutas')`, [
    randomUUID(),
    meetingId,
  ]);
  await em.execute(
    `insert into action_item (id, mechanism_id, meeting_id, title, owner_agency_id, due_date, due_at, priority, created_by_id)
     values (?, ?, ?, 'Compartir lista', ?, current_date + 7, now() + interval '7 days', 'HIGH', ?)`,
    [actionId, world.mechanism.id, meetingId, world.agencies.receiver.id, secretary],
  );
  const survivor = await registerSurvivor(contextFor(ownerOrm, world.users.senderCaseWorker), {
    givenNames: 'Ana',
    familyNames: 'Reyes',
    vulnerabilities: [],
  } as unknown as SurvivorInput);
  survivorId = survivor.id;
}, 60_000);
afterAll(async () => {
  await runtimeOrm?.close();
  await ownerOrm?.close();
  await runtime?.drop();
});

/** A unit of work of `who`'s agency on the runtime role's pool, exactly as a request runs one. */
const asAgencyOf = <T>(who: TestUser, work: (em: EntityManager) => Promise<T>) =>
  inUnitOfWork({ ...contextFor(runtimeOrm, who), em: runtimeOrm.em.fork() }, work);

const count = async (em: EntityManager, sql: string, id: string) =>
  ((await em.execute(`select count(*)::int as n from ${sql}`, [id])) as { n: number }[])[0]!.n;

/** Every row of the mechanism's meeting and action and of the survivor, with no permission condition at all. */
const everythingOf = (who: TestUser) =>
  asAgencyOf(who, async (em) => ({
    meetings: await count(em, 'meeting where id = ?', meetingId),
    agenda: await count(em, 'agenda_item where meeting_id = ?', meetingId),
    actions: await count(em, 'action_item where id = ?', actionId),
    survivors: await count(em, 'survivor where id = ?', survivorId),
  }));

describe('row-level security on the coordination and protection tables', () => {
  it('member agencies and the secretariat find the meeting and the action; the holding agency its survivor', async () => {
    expect(await everythingOf(world.users.senderCaseWorker)).toEqual({
      meetings: 1,
      agenda: 1,
      actions: 1,
      survivors: 1,
    });
    for (const member of [world.users.receiverOfficer, world.users.secretariat])
      expect(await everythingOf(member)).toEqual({ meetings: 1, agenda: 1, actions: 1, survivors: 0 });
  });

  it('an agency outside the mechanism finds none of it, nor another agency survivor, with the same query', async () => {
    for (const outsider of [world.users.sameCountryOfficer, world.users.foreignOfficer])
      expect(await everythingOf(outsider)).toEqual({ meetings: 0, agenda: 0, actions: 0, survivors: 0 });
  });

  it('an outsider can change neither the meeting nor the survivor record', async () => {
    const changed = await asAgencyOf(world.users.foreignOfficer, async (em) => [
      await em.execute(`update meeting set title = 'Cambiada' where id = ?`, [meetingId], 'run'),
      await em.execute(`update survivor set status = 'CLOSED' where id = ?`, [survivorId], 'run'),
    ]);
    expect(changed.map((result) => (result as unknown as { affectedRows: number }).affectedRows)).toEqual([0, 0]);
    const write = asAgencyOf(world.users.foreignOfficer, (em) =>
      em.execute(`insert into agenda_item (id, meeting_id, position, title) values (?, ?, 9, 'Ajeno')`, [
        randomUUID(),
        meetingId,
      ]),
    );
    await expect(write).rejects.toMatchObject({ code: '42501' });
  });
});
