// Issue 11: PostgreSQL row-level security as defence in depth under the CASL conditions. A query written
// without any permission condition, run as the runtime role in a transaction of another agency, still finds
// nothing of a referral that agency has no part in, and cannot write into it.
import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { initOrm } from '../../server/src/app';
import { ReferralMessage } from '../../server/src/modules/referrals/conversation/referral-message.entity';
import { ReferralPerson } from '../../server/src/modules/referrals/referral-person.entity';
import { ReferralTransition } from '../../server/src/modules/referrals/referral-transition.entity';
import { Referral } from '../../server/src/modules/referrals/referral.entity';
import { grantRuntimeRole } from '../../server/src/platform/database/runtime-role';
import { inUnitOfWork } from '../../server/src/platform/orm/unit-of-work';
import { aBorderWorld, type BorderWorld, contextFor, referralAfter, SENT, type TestUser } from '../support/factories';
import { createRuntimeRole } from './runtime-role';
import { at } from '../support/indexing';

let runtime: Awaited<ReturnType<typeof createRuntimeRole>>;
let ownerOrm: MikroORM;
let runtimeOrm: MikroORM;
let world: BorderWorld;
let referralId: string;

beforeAll(async () => {
  runtime = await createRuntimeRole();
  ownerOrm = await initOrm(runtime.migrationUrl);
  const owner = new Client({ connectionString: runtime.migrationUrl });
  await owner.connect();
  await grantRuntimeRole((sql) => owner.query(sql), runtime.role).finally(() => owner.end());
  runtimeOrm = await initOrm(runtime.url, { poolMax: 2 });
  world = await aBorderWorld(ownerOrm);
  referralId = await referralAfter(ownerOrm, world, SENT);
}, 60_000);
afterAll(async () => {
  await runtimeOrm?.close();
  await ownerOrm?.close();
  await runtime?.drop();
});

/** A unit of work of `who`'s agency on the runtime role's pool, exactly as a request runs one. */
const asAgencyOf = <T>(who: TestUser, work: Parameters<typeof inUnitOfWork<T>>[1]) =>
  inUnitOfWork({ ...contextFor(runtimeOrm, who), em: runtimeOrm.em.fork() }, work);

/** Every row of the referral, looked up with no permission condition at all. */
const everythingOf = (who: TestUser) =>
  asAgencyOf(who, async (em) => ({
    referrals: await em.count(Referral, { id: referralId }),
    persons: await em.count(ReferralPerson, { referral: referralId }),
    transitions: await em.count(ReferralTransition, { referral: referralId }),
  }));

describe('row-level security on the tenant tables', () => {
  it('the two parties find the referral, its persons and history with a query that has no CASL condition', async () => {
    for (const party of [world.users.senderOfficer, world.users.receiverOfficer]) {
      const found = await everythingOf(party);
      expect(found.referrals).toBe(1);
      expect(found.persons).toBeGreaterThan(0);
      expect(found.transitions).toBeGreaterThan(0);
    }
  });

  it('another agency finds no row of it with the same query, whatever it asks for', async () => {
    for (const outsider of [
      world.users.sameCountryOfficer,
      world.users.fellowMemberOfficer,
      world.users.foreignOfficer,
    ]) {
      expect(await everythingOf(outsider)).toEqual({ referrals: 0, persons: 0, transitions: 0 });
    }
  });

  it('another agency can neither change the referral nor write into its conversation', async () => {
    const changed = await asAgencyOf(world.users.foreignOfficer, (em) =>
      em.nativeUpdate(Referral, { id: referralId }, { title: 'Cambiado por otra agencia' }),
    );
    expect(changed).toBe(0);
    const write = asAgencyOf(world.users.foreignOfficer, async (em) => {
      em.create(ReferralMessage, {
        referral: referralId,
        authorAgency: world.agencies.foreign.id,
        body: 'Mensaje ajeno',
        createdAt: new Date(),
      } as never);
      await em.flush();
    });
    await expect(write).rejects.toMatchObject({ code: '42501' });
    const row = at(
      await ownerOrm.em.fork().execute<{ title: string }[]>('select title from referral where id = ?', [referralId]),
      0,
    );
    expect(row.title).not.toBe('Cambiado por otra agencia');
  });
});
