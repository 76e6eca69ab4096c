import type { EntityClass } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { buildAbility } from '../../server/src/platform/authz/ability';
import type { Actor } from '../../server/src/platform/authz/actor';
import { findPermitted } from '../../server/src/platform/authz/accessible-query';
import { Role } from '../../server/src/platform/authz/roles';
import { initOrm, policies } from '../../server/src/app';
import { Agency, Mechanism, User } from '../../server/src/modules/identity';
import { migrateDatabase } from '../../server/src/platform/orm/migrate';
import { createLogger } from '../../server/src/platform/logging/logger';
import { generateDirectory, type GeneratedDirectory } from './generated-directory';
import { HandlingCode, Referral, ReferralPerson } from '../../server/src/modules/referrals';
import { forwardReferral } from '../../server/src/modules/referrals/forwarding/forwarding.service';
import { aBorderWorld, ACKNOWLEDGED, contextFor, referralAfter, SENT } from '../support/factories';
import { at } from '../support/indexing';

/**
 * The rules are enforced twice: in SQL for lists (accessibleWhere) and in memory for single records
 * (ability.can, the field guard). For many generated records and actors, both must agree row for row.
 */
describe('SQL permission conditions agree with ability.can', () => {
  let orm: MikroORM;
  let directory: GeneratedDirectory;

  beforeAll(async () => {
    orm = await initOrm(process.env.DATABASE_URL!);
    await migrateDatabase(orm, createLogger('silent'));
    directory = await generateDirectory(orm, { seed: 20261123, countries: 6, agenciesPerCountry: 4 });
  });
  afterAll(() => orm.close());

  const subjects: [string, EntityClass<{ id: string }>][] = [
    ['Agency', Agency],
    ['User', User],
    ['Mechanism', Mechanism],
  ];

  it.each(Object.values(Role).flatMap((role) => subjects.map(([name, entity]) => [role, name, entity] as const)))(
    'for %s reading %s',
    async (role, _name, entity) => {
      for (const actor of directory.actorsWithRole(role)) {
        const ability = buildAbility(actor, policies);
        const em = orm.em.fork();
        const fromSql = (await findPermitted(em, ability, 'read', entity)).map((record) => record.id).sort();
        const everything = await em.find(entity, {});
        const fromCan = everything
          .filter((record) => ability.can('read', record))
          .map((record) => record.id)
          .sort();
        expect({ actor: actor.id, ids: fromSql }).toEqual({ actor: actor.id, ids: fromCan });
      }
    },
  );

  it('covers both outcomes: every subject has rows some actor may and may not read', async () => {
    const actor: Actor = at(directory.actorsWithRole(Role.LIAISON_OFFICER), 0);
    const ability = buildAbility(actor, policies);
    for (const [, entity] of subjects.filter(([name]) => name !== 'Agency')) {
      const em = orm.em.fork();
      const visible = await findPermitted(em, ability, 'read', entity);
      const total = await em.count(entity, {});
      expect(visible.length).toBeGreaterThan(0);
      expect(visible.length).toBeLessThan(total);
    }
  });
});

/**
 * The same for referrals and their persons, where a rule matches an array column (forward recipients,
 * `@>` in SQL): drafts, sent referrals, and referrals forwarded to a third agency, read by every user of the
 * referral world.
 */
describe('SQL permission conditions agree with ability.can for referrals and forward recipients', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await initOrm(process.env.DATABASE_URL!);
    await migrateDatabase(orm, createLogger('silent'));
  });
  afterAll(() => orm.close());

  it('for every user of the referral world, on drafts, sent and forwarded referrals', async () => {
    const world = await aBorderWorld(orm);
    await referralAfter(orm, world, []);
    await referralAfter(orm, world, SENT);
    for (const handlingCode of [HandlingCode.H2, HandlingCode.H3]) {
      const id = await referralAfter(orm, world, ACKNOWLEDGED, { handlingCode });
      await forwardReferral(contextFor(orm, world.users.receiverOfficer), {
        referralId: id,
        recipientAgencyId: world.agencies.fellowMember.id,
      });
    }
    let forwardedSeen = 0;
    for (const who of Object.values(world.users)) {
      const ability = buildAbility(who.actor, policies);
      for (const entity of [Referral, ReferralPerson] as EntityClass<{ id: string }>[]) {
        const em = orm.em.fork();
        const fromSql = (await findPermitted(em, ability, 'read', entity)).map((record) => record.id).sort();
        const fromCan = (await em.find(entity, {}))
          .filter((record) => ability.can('read', record))
          .map((record) => record.id)
          .sort();
        expect({ who: who.actor.roles, agency: who.actor.agencyId, ids: fromSql }).toEqual({
          who: who.actor.roles,
          agency: who.actor.agencyId,
          ids: fromCan,
        });
        if (who === world.users.fellowMemberOfficer && entity === Referral) forwardedSeen = fromSql.length;
      }
    }
    // The H2 forward is ACTIVE, the H3 one only requested: the recipient reads exactly one referral.
    expect(forwardedSeen).toBe(1);
  });
});
