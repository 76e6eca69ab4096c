import type { MikroORM } from '@mikro-orm/postgresql';
import { ActionItem, ActionPriority, Meeting, MeetingKind } from '../../server/src/modules/coordination';
import { coordinationStatistics } from '../../server/src/modules/statistics/coordination-statistics.service';
import { StatisticsScope } from '../../server/src/modules/statistics/statistics.enums';
import type { CoordinationStatisticsInput } from '../../server/src/modules/statistics/statistics.types';
import { Role } from '../../server/src/platform/authz/roles';
import {
  aBorderWorld,
  type BorderWorld,
  contextFor,
  outcomeOf,
  startTestOrm,
  type WorldUser,
} from '../support/factories';
import { at } from '../support/indexing';

const DAY = 86_400_000;

/** Coordination figures: the meetings, decisions and action items of the mechanisms the caller may count. */
describe('coordination statistics', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  let other: BorderWorld;
  let statistician: WorldUser;

  beforeAll(async () => {
    orm = (await startTestOrm()).orm;
    [world, other] = [await aBorderWorld(orm), await aBorderWorld(orm)];
    statistician = await other.colleagueIn('foreign', [Role.STATISTICIAN]);
    const em = orm.em.fork();
    const meetingOf = (w: BorderWorld, daysFromNow: number) =>
      em.create(Meeting, {
        mechanism: w.mechanism.id,
        title: 'Reunión ordinaria',
        kind: MeetingKind.ORDINARY,
        startsAt: new Date(Date.now() + daysFromNow * DAY),
        endsAt: new Date(Date.now() + daysFromNow * DAY + 2 * 3_600_000),
        timeZone: 'America/Guatemala',
        placeText: 'Puente fronterizo',
        createdBy: w.users.secretariat.id,
      });
    const held = Array.from({ length: 6 }, (_, i) => meetingOf(world, -10 - i));
    meetingOf(world, 5); // not held yet
    meetingOf(other, -3);
    const action = (dueInDays: number) =>
      em.create(ActionItem, {
        mechanism: world.mechanism.id,
        meeting: held[0],
        title: 'Compartir el protocolo',
        ownerAgency: world.agencies.receiver.id,
        dueDate: new Date(Date.now() + dueInDays * DAY).toISOString().slice(0, 10),
        dueAt: new Date(Date.now() + dueInDays * DAY),
        priority: ActionPriority.MEDIUM,
        createdBy: world.users.secretariat.id,
      });
    for (let i = 0; i < 7; i++) action(-2);
    for (let i = 0; i < 2; i++) action(3);
    await em.flush();
  });
  afterAll(() => orm.close());

  const ask = (who: WorldUser, input: Partial<CoordinationStatisticsInput>) =>
    coordinationStatistics(contextFor(orm, who), {
      scope: StatisticsScope.MECHANISM,
      mechanismId: world.mechanism.id,
      ...input,
    } as CoordinationStatisticsInput);
  const count = async (query: string, params: unknown[]) =>
    Number(at(await orm.em.getConnection().execute(query, params), 0).n);

  it("gives a mechanism's secretariat its meetings held and action items by how they stand, small ones hidden", async () => {
    const result = await ask(world.users.secretariat, {});
    const held = await count(`select count(*) as n from meeting where mechanism_id = ? and ends_at < now()`, [
      world.mechanism.id,
    ]);
    expect(result.meetingsHeld.total.count).toBe(held);
    expect(result.meetingsHeld.total.count).toBe(6);
    const actions = Object.fromEntries(result.actions.cells.map((cell) => [cell.key, cell]));
    expect(actions.OPEN_NOT_DUE).toMatchObject({ count: null, suppression: 'PRIMARY' });
    expect(result.actions.total.count).toBe(9);
    // The 2 hidden alone would be 9 - 7: so the 7 is hidden too, and zeros stay zeros.
    expect(actions.OPEN_OVERDUE).toMatchObject({ count: null, suppression: 'SECONDARY' });
    expect(actions.CANCELLED?.count).toBe(0);
  });

  it('answers for a mechanism the caller is not in like for a missing one; the statistician gets the region', async () => {
    expect(await outcomeOf(ask(other.users.secretariat, {}))).toBe('NOT_FOUND');
    const region = await coordinationStatistics(contextFor(orm, statistician), { scope: StatisticsScope.REGION });
    const held = await count(`select count(*) as n from meeting where ends_at < now()`, []);
    expect(region.meetingsHeld.total.count).toBe(held);
    expect(await outcomeOf(ask(world.users.secretariat, { scope: StatisticsScope.REGION }))).toBe('FORBIDDEN');
  });
});
