import type { MikroORM } from '@mikro-orm/postgresql';
import { Referral, ReferralCategory, ReferralStatus } from '../../server/src/modules/referrals';
import { figureRecords, type FigureRecordsInput } from '../../server/src/modules/statistics/figure-records';
import { ReferralDimension, StatisticsScope } from '../../server/src/modules/statistics/statistics.enums';
import { Role } from '../../server/src/platform/authz/roles';
import {
  aBorderWorld,
  type BorderWorld,
  contextFor,
  outcomeOf,
  referralIn,
  startTestOrm,
  type WorldUser,
} from '../support/factories';
import { at } from '../support/indexing';

/**
 * Behind a data-quality indicator or a referral figure: the records it counted that the caller may open, by
 * reference, and never one they may not — recounted by the test straight from the tables.
 */
describe('the records behind a figure', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  let statistician: WorldUser;
  let withoutOutcome: string[];
  let closed: string[];

  beforeAll(async () => {
    orm = (await startTestOrm()).orm;
    world = await aBorderWorld(orm);
    statistician = await world.colleagueIn('sameCountry', [Role.STATISTICIAN]);
    closed = [];
    for (let i = 0; i < 5; i++)
      closed.push(await referralIn(orm, world, ReferralStatus.CLOSED, { category: ReferralCategory.DOCUMENT_FRAUD }));
    for (let i = 0; i < 4; i++) await referralIn(orm, world, ReferralStatus.SENT);
    withoutOutcome = closed.slice(0, 3);
    await orm.em.fork().nativeUpdate(Referral, { id: { $in: withoutOutcome } }, { outcome: null });
  });
  afterAll(() => orm.close());

  const ask = (who: WorldUser, input: Partial<FigureRecordsInput>) =>
    figureRecords(contextFor(orm, who), { scope: StatisticsScope.AGENCY, ...input } as FigureRecordsInput);

  it('lists the referrals a data-quality indicator flags, by reference, for a party to them', async () => {
    const answer = await ask(world.users.senderOfficer, { indicator: 'CLOSED_WITHOUT_OUTCOME' });
    expect(answer.records.map((record) => record.id).sort()).toEqual([...withoutOutcome].sort());
    const references = await orm.em.fork().find(Referral, { id: { $in: withoutOutcome } }, { fields: ['reference'] });
    expect(answer.records.map((record) => record.reference).sort()).toEqual(
      references.map((referral) => referral.reference).sort(),
    );
    expect(Object.keys(answer.records[0]!).sort()).toEqual(['id', 'reference']);
    expect(answer.more).toBe(false);
  });

  it('lists the referrals behind a table cell: a status, a category, a crossing point of its mechanism', async () => {
    const status = await ask(world.users.receiverOfficer, { dimension: ReferralDimension.STATUS, key: 'CLOSED' });
    expect(status.records.map((record) => record.id).sort()).toEqual([...closed].sort());
    const category = await ask(world.users.senderOfficer, {
      scope: StatisticsScope.MECHANISM,
      mechanismId: world.mechanism.id,
      dimension: ReferralDimension.CATEGORY,
      key: 'DOCUMENT_FRAUD',
    });
    expect(category.records).toHaveLength(5);
    const point = await ask(world.users.senderOfficer, {
      dimension: ReferralDimension.CROSSING_POINT,
      key: world.crossingPoint.id,
      parent: world.mechanism.id,
    });
    const { n } = at(
      await orm.em
        .getConnection()
        .execute('select count(*)::int as n from referral where crossing_point_id = ? and status <> ?', [
          world.crossingPoint.id,
          'DRAFT',
        ]),
      0,
    );
    expect(point.records).toHaveLength(n);
  });

  it('never lists a record the caller may not open, though the figure counts it', async () => {
    // A fellow member counts the mechanism's referrals but is party to none of them.
    const fellow = await ask(world.users.fellowMemberOfficer, {
      scope: StatisticsScope.MECHANISM,
      mechanismId: world.mechanism.id,
      dimension: ReferralDimension.STATUS,
      key: 'CLOSED',
    });
    expect(fellow.records).toEqual([]);
    // A statistician reads figures only.
    const region = await ask(statistician, { scope: StatisticsScope.REGION, indicator: 'CLOSED_WITHOUT_OUTCOME' });
    expect(region.records).toEqual([]);
    // An agency outside the mechanism: not found, as for the figures.
    expect(
      await outcomeOf(
        ask(world.users.foreignOfficer, {
          scope: StatisticsScope.MECHANISM,
          mechanismId: world.mechanism.id,
          indicator: 'CLOSED_WITHOUT_OUTCOME',
        }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('refuses an unknown indicator, a free-text table, a missing figure and an overlong key', async () => {
    for (const input of [
      { indicator: 'NO_SUCH_THING' },
      { dimension: ReferralDimension.DECLINE_REASON, key: 'x' },
      {},
      { dimension: ReferralDimension.STATUS, key: 'x'.repeat(201) },
    ])
      expect(await outcomeOf(ask(world.users.senderOfficer, input))).toBe('BAD_USER_INPUT');
  });
});
