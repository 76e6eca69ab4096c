import { createMongoAbility } from '@casl/ability';
import type { FilterQuery } from '@mikro-orm/core';
import type { AppAbility } from '../../server/src/platform/authz/ability';
import type { MikroORM } from '@mikro-orm/postgresql';
import { accessibleWhereFor } from '../../server/src/platform/authz/accessible-where';
import {
  ReferralAction,
  Referral,
  ReferralCategory,
  ReferralStatus,
  ReferralUrgency,
  transitionReferral,
  updateReferralDraft,
} from '../../server/src/modules/referrals';
import {
  type AggregatePart,
  aggregatePlan,
  answerTimeErrorHours,
  daysCounted,
  splitPeriod,
  bucketMiddleMinutes,
  TIMED_STATUSES,
  timedPlanCondition,
} from '../../server/src/modules/statistics/referral-aggregates.query';
import type { DurationRow, FigureRow } from '../../server/src/modules/statistics/referral-figures.query';
import { countReferralFigures } from '../../server/src/modules/statistics/referral-figure-sources';
import { countDataQuality } from '../../server/src/modules/statistics/data-quality-sources';
import { scopeCondition } from '../../server/src/modules/statistics/referral-statistics.service';
import { StatisticsScope } from '../../server/src/modules/statistics/statistics.enums';
import type { ReferralStatisticsInput } from '../../server/src/modules/statistics/statistics.types';
import { aDraft, type BorderWorld, contextFor, draftInput, referralIn, type WorldUser } from '../support/factories';
import { aStatisticsWorld } from './statistics-world';

/**
 * The aggregates the triggers keep (ADR 0056) answer exactly the counts of the row-level query, for every caller
 * and period, partial months included: referrals written through the services (sent, acknowledged, answered,
 * declined, closed, withdrawn, drafts edited and deleted), moved across month borders, changed after.
 */
describe('referral figures from the aggregates', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  let other: BorderWorld;
  let statistician: WorldUser;
  const sql = (query: string, params: unknown[] = []) => orm.em.fork().getConnection().execute(query, params);

  // Instants around the borders of September and October 2026 (UTC), each referral sent at one of them.
  const SENT_AT = [
    '2026-08-31T23:59:30Z',
    '2026-09-01T00:00:00Z',
    '2026-09-01T00:00:01Z',
    '2026-09-15T12:00:00Z',
    '2026-09-30T23:59:59.999Z',
    '2026-10-01T00:00:00.001Z',
    '2026-10-20T08:00:00Z',
    '2026-10-31T23:00:00Z',
    '2026-11-01T00:30:00Z',
    '2026-11-03T10:00:00Z',
  ];

  beforeAll(async () => {
    ({ orm, world, other, statistician } = await aStatisticsWorld());
    const plan: [ReferralStatus, ReferralCategory, ReferralUrgency][] = [
      [ReferralStatus.SENT, ReferralCategory.SMUGGLING_INCIDENT, ReferralUrgency.URGENT],
      [ReferralStatus.ACKNOWLEDGED, ReferralCategory.SUSPECTED_TRAFFICKING, ReferralUrgency.ROUTINE],
      [ReferralStatus.ACCEPTED, ReferralCategory.DOCUMENT_FRAUD, ReferralUrgency.URGENT],
      [ReferralStatus.DECLINED, ReferralCategory.OTHER, ReferralUrgency.ROUTINE],
      [ReferralStatus.CLOSED, ReferralCategory.SMUGGLING_INCIDENT, ReferralUrgency.IMMEDIATE],
      [ReferralStatus.WITHDRAWN, ReferralCategory.NETWORK_INTELLIGENCE, ReferralUrgency.URGENT],
    ];
    const ids: string[] = [];
    for (const [i, [status, category, urgency]] of [...plan, ...plan, ...plan].entries())
      ids.push(await referralIn(orm, i % 5 === 4 ? other : world, status, { category, urgency }));
    // Moved to the instants above, with answer times from seconds to weeks (whole and odd seconds), so that a
    // histogram bucket off by one (1 %) would put a percentile outside the stated precision.
    for (const [i, id] of ids.entries()) {
      const sentAt = new Date(SENT_AT[i % SENT_AT.length]!);
      await sql(
        `update referral set sent_at = ?,
           acknowledged_at = case when acknowledged_at is not null then ?::timestamptz + ? * interval '1 second' end,
           answered_at = case when answered_at is not null then ?::timestamptz + ? * interval '1 second' end
         where id = ?`,
        [sentAt, sentAt, 7 * 2 ** i + 13, sentAt, 11 * 2 ** i + 3 * i + 7, id],
      );
    }
    // Changes after the fact: a step through the service, a category corrected, a deadline passed.
    const acknowledged = await orm.em.fork().find(Referral, { status: ReferralStatus.ACKNOWLEDGED });
    await transitionReferral(contextFor(orm, world.users.receiverOfficer), {
      referralId: acknowledged.find((referral) => referral.receivingAgency.id === world.agencies.receiver.id)!.id,
      action: ReferralAction.ACCEPT,
    });
    await sql(`update referral set category = 'OTHER' where id = ?`, [ids[0]]);
    await sql(`update referral set due_at = now() - interval '1 hour' where id in (?, ?)`, [ids[6], ids[1]]);
    // Data-quality problems: a deadline to acknowledge passed (on every SENT one but the first), key fields
    // left empty, a closed referral with no outcome, a declined one with no reason, an acknowledgement late.
    await sql(`update referral set acknowledge_by = now() - interval '1 hour' where status = 'SENT' and id <> ?`, [
      ids[0],
    ]);
    await sql(`update referral set crossing_point_id = null, place_description = null where id in (?, ?, ?)`, [
      ids[1],
      ids[7],
      ids[12],
    ]);
    await sql(`update referral set incident_date = null, latitude = null where id in (?, ?)`, [ids[2], ids[9]]);
    await sql(`update referral set person_count = 0 where id = ?`, [ids[8]]);
    await sql(`update referral set outcome = null where status = 'CLOSED' and id = ?`, [ids[4]]);
    await sql(`update referral set status_reason = ' ' where status = 'DECLINED' and id = ?`, [ids[3 + 6]]);
    await sql(`update referral set acknowledge_by = acknowledged_at - interval '1 minute' where id in (?, ?)`, [
      ids[7],
      ids[13],
    ]);
    // Drafts: one edited, one deleted, one kept; nobody's statistics.
    const edited = await aDraft(orm, world);
    await updateReferralDraft(
      contextFor(orm, world.users.senderOfficer),
      edited.id,
      draftInput(world, { category: ReferralCategory.OTHER }),
    );
    const deleted = await aDraft(orm, world);
    await sql(`delete from referral_person where referral_id = ?`, [deleted.id]);
    await sql(`delete from referral where id = ?`, [deleted.id]);
    await aDraft(orm, world);
    // A sent referral deleted (as retention does).
    await sql(`delete from referral_transition where referral_id = ?`, [ids[3]]);
    await sql(`delete from referral_person where referral_id = ?`, [ids[3]]);
    await sql(`delete from referral where id = ?`, [ids[3]]);
  });
  afterAll(() => orm.close());

  const permittedFor = (who: WorldUser, input: ReferralStatisticsInput) => {
    const context = contextFor(orm, who);
    const permitted = accessibleWhereFor(
      context.ability,
      'count',
      'ReferralFigures',
      Referral,
      context.em.getMetadata(),
    );
    const where = { $and: [permitted, scopeCondition(context, input)] } as FilterQuery<Referral>;
    return { em: context.em, where, plan: aggregatePlan(context.ability, { ...input, agencyId: who.actor.agencyId }) };
  };
  const sorted = (rows: FigureRow[]) =>
    rows.map((row) => `${row.dimension}|${row.parent}|${row.key}|${row.n}`).sort((a, b) => a.localeCompare(b));
  const expectDurationsClose = (actual: DurationRow, expected: DurationRow) => {
    expect(actual.acknowledged).toBe(expected.acknowledged);
    expect(actual.answered).toBe(expected.answered);
    expect(actual.overdue).toBe(expected.overdue);
    for (const key of ['ack_median', 'ack_p90', 'answer_median', 'answer_p90'] as const) {
      if (expected[key] === null) expect(actual[key]).toBeNull();
      else
        expect(Math.abs(Number(actual[key]) - Number(expected[key]))).toBeLessThanOrEqual(
          answerTimeErrorHours(Number(expected[key])),
        );
    }
  };

  const callers = (): [string, WorldUser, ReferralStatisticsInput][] => [
    ['the sending agency', world.users.senderOfficer, { scope: StatisticsScope.AGENCY, exact: true }],
    ['the receiving agency', world.users.receiverOfficer, { scope: StatisticsScope.AGENCY }],
    [
      "the mechanism's secretariat",
      world.users.secretariat,
      { scope: StatisticsScope.MECHANISM, mechanismId: world.mechanism.id },
    ],
    [
      'a statistician, one mechanism',
      statistician,
      { scope: StatisticsScope.MECHANISM, mechanismId: other.mechanism.id },
    ],
    ['a statistician, the region', statistician, { scope: StatisticsScope.REGION }],
  ];
  // The path the counts take: 'days' is the aggregates for a plan counted per day (a mechanism, the region) and
  // the rows for an agency's (no day axis on the agency axes, Migration20261207000400).
  type Path = 'aggregates' | 'rows' | 'days';
  const PERIODS: [string, Partial<ReferralStatisticsInput>, Path][] = [
    ['no period', {}, 'aggregates'],
    [
      'partial months at both ends',
      { from: new Date('2026-08-31T23:59:00Z'), to: new Date('2026-11-02Z') },
      'aggregates',
    ],
    ['whole months only', { from: new Date('2026-09-01Z'), to: new Date('2026-11-01Z') }, 'aggregates'],
    ['from a mid-month instant on', { from: new Date('2026-09-01T00:00:00.500Z') }, 'aggregates'],
    ['up to a mid-month instant', { to: new Date('2026-10-31T23:30:00Z') }, 'aggregates'],
    ['within one month', { from: new Date('2026-09-02Z'), to: new Date('2026-09-30T23:59:59.999Z') }, 'days'],
    // Periods starting and ending mid-month: whole days from the day axis, the partial days on the rows.
    [
      'mid-month days at both ends, whole months between',
      { from: new Date('2026-08-31T12:00:00Z'), to: new Date('2026-11-03T10:00:00Z') },
      'aggregates',
    ],
    ['mid-month midnights', { from: new Date('2026-09-15Z'), to: new Date('2026-10-20Z') }, 'days'],
    [
      'mid-month instants inside a day at both ends',
      { from: new Date('2026-09-15T11:59:59Z'), to: new Date('2026-10-31T23:30:00Z') },
      'days',
    ],
    ['whole days up to the end of a month', { from: new Date('2026-10-20Z'), to: new Date('2026-11-01Z') }, 'days'],
    [
      'across one midnight, no whole day',
      { from: new Date('2026-09-30T23:59:59.998Z'), to: new Date('2026-10-01T00:00:00.002Z') },
      'rows',
    ],
    ['up to a mid-month midnight', { to: new Date('2026-09-16Z') }, 'aggregates'],
    ['from a mid-month midnight on', { from: new Date('2026-10-20Z') }, 'aggregates'],
  ];
  const pathFor = (path: Path, plan: AggregatePart[] | null): 'aggregates' | 'rows' =>
    path === 'days' ? (plan && daysCounted(plan) ? 'aggregates' : 'rows') : path;

  it.each(PERIODS)('counts exactly as the rows for every caller: %s', async (_, period, path) => {
    let compared = 0;
    for (const [, who, scope] of callers()) {
      const input = { ...scope, ...period } as ReferralStatisticsInput;
      const { em, where, plan } = permittedFor(who, input);
      expect(plan).not.toBeNull();
      const fromAggregates = await countReferralFigures(em, where, input, plan);
      const fromRows = await countReferralFigures(em, where, input, plan, { rowsOnly: true });
      expect(fromRows.path).toBe('rows');
      expect(fromAggregates.path).toBe(pathFor(path, plan));
      expect(sorted(fromAggregates.rows)).toEqual(sorted(fromRows.rows));
      expectDurationsClose(fromAggregates.durations, fromRows.durations);
      compared += fromRows.rows.find((row) => row.dimension === 'TOTAL')?.n ?? 0;
    }
    expect(compared).toBeGreaterThan(0);
  });

  it.each(PERIODS)('counts the data-quality indicators as the rows for every caller: %s', async (_, period, path) => {
    let flagged = 0;
    for (const [, who, scope] of callers()) {
      const input = { ...scope, ...period } as ReferralStatisticsInput;
      const { em, where, plan } = permittedFor(who, input);
      const fromCounters = await countDataQuality(em, where, input, plan);
      const fromRows = await countDataQuality(em, where, input, plan, { rowsOnly: true });
      expect(fromCounters.path).toBe(pathFor(path, plan));
      expect(fromCounters.rows).toEqual(fromRows.rows);
      flagged += fromRows.rows.reduce((sum, row) => sum + row.flagged, 0);
    }
    expect(flagged).toBeGreaterThan(0);
  });

  it('reads only the partial days at either end from the rows when the plan is counted per day', () => {
    const instants = (split: ReturnType<typeof splitPeriod>) =>
      split.partial.map((part) => {
        const sentAt = (part as { sentAt: { $gte: Date; $lt: Date } }).sentAt;
        return `${sentAt.$gte.toISOString()} ${sentAt.$lt.toISOString()}`;
      });
    const from = new Date('2026-08-05T10:00:00Z');
    const to = new Date('2026-11-03T10:00:00Z');
    const byDay = splitPeriod(from, to, { days: true });
    expect(instants(byDay)).toEqual([
      '2026-08-05T10:00:00.000Z 2026-08-06T00:00:00.000Z',
      '2026-11-03T00:00:00.000Z 2026-11-03T10:00:00.000Z',
    ]);
    expect(byDay.months?.bindings).toEqual(['2026-09-01', '2026-11-01']);
    expect(byDay.days?.bindings).toHaveLength(26 + 2);
    expect(byDay.days?.bindings).toEqual(
      expect.arrayContaining(['2026-08-06', '2026-08-31', '2026-11-01', '2026-11-02']),
    );
    for (const outside of ['2026-08-05', '2026-09-01', '2026-11-03'])
      expect(byDay.days?.bindings).not.toContain(outside);
    const byMonth = splitPeriod(from, to);
    expect(byMonth.days).toBeNull();
    expect(instants(byMonth)).toEqual([
      '2026-08-05T10:00:00.000Z 2026-09-01T00:00:00.000Z',
      '2026-11-01T00:00:00.000Z 2026-11-03T10:00:00.000Z',
    ]);
    const withinMonth = splitPeriod(new Date('2026-09-02Z'), new Date('2026-09-30T12:00:00Z'), { days: true });
    expect(withinMonth.months).toBeNull();
    expect(withinMonth.days?.bindings).toEqual(expect.arrayContaining(['2026-09-02', '2026-09-29']));
    expect(withinMonth.days?.bindings).toHaveLength(28);
    expect(instants(withinMonth)).toEqual(['2026-09-30T00:00:00.000Z 2026-09-30T12:00:00.000Z']);
  });

  it('keeps the same counters a full recount gives', async () => {
    const snapshot = async () =>
      JSON.stringify(
        await sql(`select * from (
          select axis, party_id, month, status::text, dimension || '|' || coalesce(parent, '') || '|' || coalesce(key, '') as cell, count
            from referral_figure_count where count <> 0
          union all select axis, party_id, month, '', kind || '|' || bucket, count
            from referral_answer_time_count where count <> 0
          union all select axis, party_id, month, status::text, 'QUALITY|' || fact, count
            from referral_quality_count where count <> 0) c order by 1, 2, 3, 4, 5`),
      );
    const kept = await snapshot();
    await sql(`select referral_figure_rebuild()`);
    expect(await snapshot()).toBe(kept);
  });

  it('puts every answer time in the bucket whose middle is within 0.5 % of (the time + 1 minute)', async () => {
    // Seconds from -2 days to 90 days, dense near zero and spread wider after, with fractions.
    const times = (await sql(
      `select t, referral_answer_time_bucket(t) as bucket from (
         select s * abs(s) * 0.37 + s * 0.013 as t from generate_series(-4000, 4000) s
         union all select 60 * (1.01 ^ b - 1) from generate_series(0, 1200) b) times`,
    )) as { t: number; bucket: number }[];
    expect(times.length).toBeGreaterThan(9000);
    for (const { t, bucket } of times) {
      const minutes = Number(t) / 60;
      // 1 + |minutes| lies in [1.01^b, 1.01^(b+1)) for b (mirrored below zero): the bucket holds the time...
      const b = bucket >= 0 ? bucket : -bucket - 1;
      expect(1 + Math.abs(minutes)).toBeGreaterThanOrEqual(1.01 ** b * (1 - 1e-12));
      expect(1 + Math.abs(minutes)).toBeLessThan(1.01 ** (b + 1) * (1 + 1e-12));
      expect(Math.sign(bucket + 0.5)).toBe(minutes < 0 ? -1 : 1);
      // ...and its middle is as close to it as ADR 0056 says.
      const error = Math.abs(bucketMiddleMinutes(bucket) - minutes) / 60;
      expect(error).toBeLessThanOrEqual(answerTimeErrorHours(minutes / 60) + 1e-12);
    }
  });

  it('reads the histogram, which has no status, only for a plan that counts every status a time can have', () => {
    const part = (statuses: ReferralStatus[]) => ({ axis: 'MECHANISM' as const, party: world.mechanism.id, statuses });
    const sentOnly = [ReferralStatus.DRAFT, ReferralStatus.SENT];
    expect(TIMED_STATUSES).toEqual(expect.arrayContaining([ReferralStatus.ACKNOWLEDGED, ReferralStatus.WITHDRAWN]));
    expect(TIMED_STATUSES).not.toEqual(expect.arrayContaining([ReferralStatus.DRAFT]));
    expect(TIMED_STATUSES).not.toEqual(expect.arrayContaining([ReferralStatus.SENT]));
    expect(timedPlanCondition([part(Object.values(ReferralStatus))])?.sql).toBe('(r.axis = ? and r.party_id = ?)');
    expect(timedPlanCondition([part(sentOnly)])?.sql).toBe('false');
    expect(timedPlanCondition([part([...sentOnly, ReferralStatus.ACCEPTED])])).toBeNull();
  });

  it('counts row by row a caller whose rules look at a column the counters do not carry', () => {
    const ability = (conditions: object) =>
      createMongoAbility([{ action: 'count', subject: 'ReferralFigures', conditions }]) as unknown as AppAbility;
    const agencyId = world.agencies.sender.id;
    const region = { scope: StatisticsScope.REGION, agencyId };
    expect(aggregatePlan(ability({ category: ReferralCategory.OTHER }), region)).toBeNull();
    expect(aggregatePlan(ability({ 'sendingAgency.id': agencyId }), region)).toBeNull();
    expect(aggregatePlan(ability({ status: { $ne: ReferralStatus.DRAFT } }), region)).toEqual([
      { axis: 'MECHANISM', party: null, statuses: Object.values(ReferralStatus).filter((s) => s !== 'DRAFT') },
    ]);
    // An agency's own figures: sent or received, whatever else its rules allow.
    const own = aggregatePlan(ability({ 'sendingAgency.id': agencyId }), { ...region, scope: StatisticsScope.AGENCY });
    expect(own?.map((part) => [part.axis, part.statuses.length])).toEqual([
      ['SENDER', Object.values(ReferralStatus).length],
      ['RECEIVER', 0],
    ]);
  });
});
