import type { MikroORM } from '@mikro-orm/postgresql';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildEnlaceSchema } from '../../server/src/app';
import { Referral, ReferralCategory, ReferralStatus } from '../../server/src/modules/referrals';
import { referralStatistics } from '../../server/src/modules/statistics/referral-statistics.service';
import { DisclosureLevel, StatisticsScope } from '../../server/src/modules/statistics/statistics.enums';
import type { ReferralStatisticsInput } from '../../server/src/modules/statistics/statistics.types';
import { aDraft, type BorderWorld, contextFor, outcomeOf, referralIn, type WorldUser } from '../support/factories';
import { aStatisticsWorld } from './statistics-world';
import { at } from '../support/indexing';

const HOUR = 3_600_000;

/**
 * Referral statistics are counted in SQL under the caller's rules and scope; the test recounts every figure it
 * checks on its own, straight from the tables.
 */
describe('referral statistics', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  let other: BorderWorld;
  let statistician: WorldUser;
  let auditor: WorldUser;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    ({ orm, world, other, statistician, auditor } = await aStatisticsWorld());
    schema = await buildEnlaceSchema();
    const plan: [ReferralStatus, number, ReferralCategory][] = [
      [ReferralStatus.SENT, 7, ReferralCategory.SMUGGLING_INCIDENT],
      [ReferralStatus.ACKNOWLEDGED, 6, ReferralCategory.SUSPECTED_TRAFFICKING],
      [ReferralStatus.DECLINED, 2, ReferralCategory.DOCUMENT_FRAUD],
      [ReferralStatus.CLOSED, 6, ReferralCategory.SMUGGLING_INCIDENT],
    ];
    for (const [status, times, category] of plan)
      for (let i = 0; i < times; i++) await referralIn(orm, world, status, { category });
    for (let i = 0; i < 3; i++) await referralIn(orm, other, ReferralStatus.SENT);
    await aDraft(orm, world); // a working copy: nobody's statistics
    // Two of the SENT referrals are past their acknowledgement deadline.
    const sent = await orm.em
      .fork()
      .find(Referral, { status: ReferralStatus.SENT, sendingAgency: world.agencies.sender });
    for (const referral of sent.slice(0, 2))
      await orm.em.fork().nativeUpdate(Referral, { id: referral.id }, { dueAt: new Date(Date.now() - HOUR) });
  });
  afterAll(() => orm.close());

  const ask = (who: WorldUser, input: Partial<ReferralStatisticsInput>) =>
    referralStatistics(contextFor(orm, who), { scope: StatisticsScope.AGENCY, ...input } as ReferralStatisticsInput);
  const sql = async (query: string, params: unknown[] = []) => orm.em.getConnection().execute(query, params);
  const table = (result: Awaited<ReturnType<typeof ask>>, dimension: string) =>
    Object.fromEntries(
      result.tables.find((entry) => entry.dimension === dimension)!.cells.map((cell) => [cell.key, cell.count]),
    );

  it("gives an agency its own referrals exactly, by status and category, drafts and other agencies' left out", async () => {
    const result = await ask(world.users.senderOfficer, { exact: true });
    const agency = world.agencies.sender.id;
    const byStatus = await sql(
      `select status::text as key, count(*)::int as n from referral
        where (sending_agency_id = ? or receiving_agency_id = ?) and status <> 'DRAFT' group by status`,
      [agency, agency],
    );
    expect(result.total.count).toBe(byStatus.reduce((sum, row) => sum + Number(row.n), 0));
    expect(result.total.count).toBe(21);
    const statuses = table(result, 'STATUS');
    for (const row of byStatus) expect(statuses[row.key as string]).toBe(row.n);
    expect(statuses.DRAFT).toBeUndefined();
    expect(table(result, 'CATEGORY')).toMatchObject({
      SMUGGLING_INCIDENT: 13,
      SUSPECTED_TRAFFICKING: 6,
      DOCUMENT_FRAUD: 2,
    });
    expect(table(result, 'OUTCOME')).toMatchObject({ ARRESTS_MADE: 6 });
    expect(result.overdue.count).toBe(2);
    expect(result.overdueShare).toBeCloseTo(2 / 21);
  });

  it('computes the time to acknowledge as PostgreSQL does on its own: median and 90th percentile', async () => {
    const result = await ask(world.users.senderOfficer, { exact: true });
    const hours = (
      await sql(
        `select extract(epoch from t.at - r.sent_at) / 3600 as h from referral r
          join referral_transition t on t.referral_id = r.id and t.action = 'acknowledge'
         where r.sending_agency_id = ? order by h`,
        [world.agencies.sender.id],
      )
    ).map((row) => Number(row.h));
    // Linear interpolation between the closest ranks, as percentile_cont does.
    const percentile = (p: number) => {
      const position = (hours.length - 1) * p;
      const [low, high] = [Math.floor(position), Math.ceil(position)];
      return at(hours, low) + (at(hours, high) - at(hours, low)) * (position - low);
    };
    expect(result.timeToAcknowledge.count).toBe(hours.length);
    expect(result.timeToAcknowledge.medianHours).toBeCloseTo(percentile(0.5), 1);
    expect(result.timeToAcknowledge.p90Hours).toBeCloseTo(percentile(0.9), 1);
  });

  it('suppresses small counts for publication and never shows them as zero (5 by default, 11 for CTDC)', async () => {
    const standard = await ask(world.users.senderOfficer, {});
    expect(table(standard, 'STATUS').DECLINED).toBeNull();
    expect(
      standard.tables.find((t) => t.dimension === 'STATUS')!.cells.find((c) => c.key === 'DECLINED'),
    ).toMatchObject({ suppression: 'PRIMARY' });
    // DECLINED (2) alone would be total minus the others: a second status is hidden with it.
    const hiddenStatuses = Object.values(table(standard, 'STATUS')).filter((count) => count === null);
    expect(hiddenStatuses.length).toBeGreaterThanOrEqual(2);
    expect(table(standard, 'STATUS').WITHDRAWN).toBe(0);
    const ctdc = await ask(world.users.senderOfficer, { disclosure: DisclosureLevel.CTDC });
    expect(ctdc.threshold).toBe(11);
    expect(table(ctdc, 'STATUS').SENT).toBeNull();
    expect(ctdc.total.count).toBe(21);
  });

  it("gives a mechanism's secretariat the mechanism's figures, and another mechanism answers like a missing one", async () => {
    const result = await ask(world.users.secretariat, {
      scope: StatisticsScope.MECHANISM,
      mechanismId: world.mechanism.id,
    });
    const { n } = at(
      await sql(`select count(*)::int as n from referral where mechanism_id = ? and status <> 'DRAFT'`, [
        world.mechanism.id,
      ]),
      0,
    );
    expect(result.total.count).toBe(n);
    const foreign = ask(world.users.secretariat, { scope: StatisticsScope.MECHANISM, mechanismId: other.mechanism.id });
    expect(await outcomeOf(foreign)).toBe('NOT_FOUND');
  });

  it('gives a statistician the whole region, and nobody else', async () => {
    const result = await ask(statistician, { scope: StatisticsScope.REGION });
    const { n } = at(await sql(`select count(*)::int as n from referral where status <> 'DRAFT'`), 0);
    expect(result.total.count).toBe(n);
    expect(await outcomeOf(ask(world.users.secretariat, { scope: StatisticsScope.REGION }))).toBe('FORBIDDEN');
    expect(await outcomeOf(ask(world.users.senderOfficer, { scope: StatisticsScope.REGION, exact: true }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('counts nothing an agency could not count: an outsider has no referrals in its figures', async () => {
    const result = await ask(world.users.foreignOfficer, { exact: true });
    expect(result.total.count).toBe(0);
  });

  it('is refused to auditors and platform admins at the API', async () => {
    const source = `{ referralStatistics(input: { scope: AGENCY }) { total { count } } }`;
    for (const who of [auditor]) {
      const answer = await graphql({ schema, source, contextValue: contextFor(orm, who) });
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
