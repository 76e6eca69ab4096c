// Issue 16: row-level security on notifications (ADR 0051), under notification.policy.ts. A query written without
// any condition, run as the runtime role in a user's unit of work, finds, changes and deletes only that user's
// rows; the actor of an event may still write rows for its recipients.
import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { initOrm } from '../../server/src/app';
import { grantRuntimeRole } from '../../server/src/platform/database/runtime-role';
import { inUnitOfWork } from '../../server/src/platform/orm/unit-of-work';
import { aBorderWorld, type BorderWorld, contextFor, type TestUser } from '../support/factories';
import { createRuntimeRole } from './runtime-role';
import { at } from '../support/indexing';

describe('row-level security on notifications', () => {
  let runtime: Awaited<ReturnType<typeof createRuntimeRole>>;
  let ownerOrm: MikroORM;
  let runtimeOrm: MikroORM;
  let rlsWorld: BorderWorld;

  beforeAll(async () => {
    runtime = await createRuntimeRole();
    ownerOrm = await initOrm(runtime.migrationUrl);
    const owner = new Client({ connectionString: runtime.migrationUrl });
    await owner.connect();
    await grantRuntimeRole((sql) => owner.query(sql), runtime.role).finally(() => owner.end());
    runtimeOrm = await initOrm(runtime.url, { poolMax: 2 });
    rlsWorld = await aBorderWorld(ownerOrm);
    for (const who of [rlsWorld.users.receiverOfficer, rlsWorld.users.receiverCaseWorker])
      await ownerOrm.em
        .fork()
        .getConnection()
        .execute(
          `insert into notification (id, user_id, kind, subject_type, subject_id) values (?, ?, 'REFERRAL_RECEIVED', 'REFERRAL', ?)`,
          [randomUUID(), who.id, randomUUID()],
        );
  }, 60_000);
  afterAll(async () => {
    await runtimeOrm?.close();
    await ownerOrm?.close();
    await runtime?.drop();
  });

  const asUser = <T>(who: TestUser, work: (em: EntityManager) => Promise<T>) =>
    inUnitOfWork({ ...contextFor(runtimeOrm, who), em: runtimeOrm.em.fork() }, work);

  it('a query with no condition finds only the acting user’s rows, even a colleague’s in the same agency is hidden', async () => {
    const users = (who: TestUser) =>
      asUser(who, async (em) =>
        ((await em.execute('select user_id from notification')) as { user_id: string }[]).map((row) => row.user_id),
      );
    expect(new Set(await users(rlsWorld.users.receiverOfficer))).toEqual(new Set([rlsWorld.users.receiverOfficer.id]));
    expect(new Set(await users(rlsWorld.users.receiverCaseWorker))).toEqual(
      new Set([rlsWorld.users.receiverCaseWorker.id]),
    );
  });

  it('an update or delete with no condition leaves other users’ rows alone; writing one for another user is allowed', async () => {
    const changed = await asUser(rlsWorld.users.receiverOfficer, (em) =>
      em.execute('update notification set read_at = now()', [], 'run'),
    );
    expect((changed as unknown as { affectedRows: number }).affectedRows).toBe(1);
    const removed = await asUser(rlsWorld.users.receiverOfficer, (em) =>
      em.execute('delete from notification where user_id = ?', [rlsWorld.users.receiverCaseWorker.id], 'run'),
    );
    expect((removed as unknown as { affectedRows: number }).affectedRows).toBe(0);
    // The event's actor writes the recipients' rows (a referral sent to another agency).
    await asUser(rlsWorld.users.senderOfficer, (em) =>
      em.execute(
        `insert into notification (id, user_id, kind, subject_type, subject_id) values (?, ?, 'REFERRAL_RECEIVED', 'REFERRAL', ?)`,
        [randomUUID(), rlsWorld.users.receiverOfficer.id, randomUUID()],
      ),
    );
    const unread = await ownerOrm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>('select count(*)::int as n from notification where user_id = ? and read_at is null', [
        rlsWorld.users.receiverOfficer.id,
      ]);
    expect(at(unread, 0).n).toBe(1);
  });
});
