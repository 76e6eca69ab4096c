import type { MikroORM } from '@mikro-orm/postgresql';
import { Referral, ReferralStatus } from '../../server/src/modules/referrals';
import { dataQuality, type DataQualityInput } from '../../server/src/modules/statistics/data-quality.service';
import { StatisticsScope } from '../../server/src/modules/statistics/statistics.enums';
import { type BorderWorld, contextFor, outcomeOf, referralIn, type WorldUser } from '../support/factories';
import { aStatisticsWorld } from './statistics-world';

const HOUR = 3_600_000;

/**
 * Data-quality indicators are counted in SQL over the referrals the caller may count; the fixture plants each
 * problem a known number of times, so every figure is checked against a hand count.
 */
describe('referral data quality', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  let other: BorderWorld;
  let statistician: WorldUser;
  let auditor: WorldUser;

  beforeAll(async () => {
    ({ orm, world, other, statistician, auditor } = await aStatisticsWorld());
    const closed: string[] = [];
    const sent: string[] = [];
    for (let i = 0; i < 7; i++) closed.push(await referralIn(orm, world, ReferralStatus.CLOSED));
    for (let i = 0; i < 8; i++) sent.push(await referralIn(orm, world, ReferralStatus.SENT));
    await referralIn(orm, world, ReferralStatus.DECLINED);
    // Planted problems: 2 closed with no outcome, 3 sent past their deadline, 6 with no crossing point or place,
    // 1 with no incident date. The other world has the same problems everywhere: never counted here.
    const em = orm.em.fork();
    await em.nativeUpdate(Referral, { id: { $in: closed.slice(0, 2) } }, { outcome: null });
    await em.nativeUpdate(Referral, { id: { $in: sent.slice(0, 3) } }, { acknowledgeBy: new Date(Date.now() - HOUR) });
    await em.nativeUpdate(
      Referral,
      { id: { $in: [...closed.slice(2, 5), ...sent.slice(3, 6)] } },
      { crossingPoint: null, placeDescription: null },
    );
    await em.nativeUpdate(Referral, { id: sent[7] }, { incidentDate: null });
    for (let i = 0; i < 3; i++) {
      const id = await referralIn(orm, other, ReferralStatus.CLOSED);
      await em.nativeUpdate(Referral, { id }, { outcome: null, incidentDate: null });
    }
  });
  afterAll(() => orm.close());

  const ask = async (who: WorldUser, input: Partial<DataQualityInput>) => {
    const result = await dataQuality(contextFor(orm, who), {
      scope: StatisticsScope.AGENCY,
      ...input,
    } as DataQualityInput);
    return Object.fromEntries(result.indicators.map((row) => [row.indicator, row]));
  };

  it('gives an agency its own indicators exactly, each against the referrals it applies to', async () => {
    const q = await ask(world.users.senderOfficer, { exact: true });
    expect(q.CLOSED_WITHOUT_OUTCOME).toMatchObject({ base: 7, flagged: 2, share: 2 / 7, suppression: null });
    expect(q.NOT_ACKNOWLEDGED_PAST_DEADLINE).toMatchObject({ base: 8, flagged: 3 });
    expect(q.CROSSING_POINT_MISSING).toMatchObject({ base: 16, flagged: 6 });
    expect(q.INCIDENT_DATE_MISSING).toMatchObject({ base: 16, flagged: 1 });
    expect(q.DECLINED_WITHOUT_REASON).toMatchObject({ base: 1, flagged: 0 });
    expect(q.ACKNOWLEDGED_LATE).toMatchObject({ base: 8, flagged: 0 });
    expect(q.CATEGORY_OTHER?.base).toBe(16);
  });

  it('hides a small count of flagged records, or of unflagged ones, outside an exact reading', async () => {
    const q = await ask(statistician, { scope: StatisticsScope.MECHANISM, mechanismId: world.mechanism.id });
    expect(q.CLOSED_WITHOUT_OUTCOME).toMatchObject({ base: 7, flagged: null, share: null, suppression: 'PRIMARY' });
    expect(q.NOT_ACKNOWLEDGED_PAST_DEADLINE).toMatchObject({ base: 8, flagged: null, suppression: 'PRIMARY' });
    expect(q.CROSSING_POINT_MISSING).toMatchObject({ base: 16, flagged: 6, suppression: null });
    // 15 of 16 have an incident date: 1 missing is small, so it is hidden.
    expect(q.INCIDENT_DATE_MISSING).toMatchObject({ base: 16, flagged: null });
    expect(q.DECLINED_WITHOUT_REASON).toMatchObject({ base: 1, flagged: null });
  });

  it('counts only what the caller may count, and refuses whom the figures refuse', async () => {
    const region = await ask(statistician, { scope: StatisticsScope.REGION, exact: false });
    expect(region.CLOSED_WITHOUT_OUTCOME?.base).toBe(10);
    expect(region.CLOSED_WITHOUT_OUTCOME?.flagged).toBe(5);
    const outsider = await ask(world.users.foreignOfficer, { exact: true });
    expect(outsider.CLOSED_WITHOUT_OUTCOME).toMatchObject({ base: 0, flagged: 0, share: null });
    expect(await outcomeOf(ask(auditor, {}))).toBe('FORBIDDEN');
    expect(await outcomeOf(ask(world.users.senderOfficer, { scope: StatisticsScope.REGION }))).toBe('FORBIDDEN');
  });
});
