import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { registerSurvivor } from '../../server/src/modules/protection';
import { ageBandOf } from '../../server/src/modules/protection/survivor-statistics';
import { protectionStatistics } from '../../server/src/modules/statistics/protection-statistics.service';
import type { ProtectionStatisticsInput } from '../../server/src/modules/statistics/protection-statistics.types';
import { DisclosureLevel, StatisticsScope } from '../../server/src/modules/statistics/statistics.enums';
import { Role } from '../../server/src/platform/authz/roles';
import {
  aBorderWorld,
  type BorderWorld,
  contextFor,
  outcomeOf,
  startTestOrm,
  type WorldUser,
} from '../support/factories';

type Answer = Awaited<ReturnType<typeof protectionStatistics>>;

/**
 * Protection figures come from de-identified columns only, under the caller's rules and always through disclosure
 * control; the test recounts them from its own plan of who was registered.
 */
describe('protection statistics', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  let worker: WorldUser;
  let receiverWorker: WorldUser;
  let statistician: WorldUser;
  let auditor: WorldUser;
  const ids: string[] = [];

  // 14 survivors of the sending agency: 9 women, 5 men; ages chosen so one band is small.
  const plan: { sex: string; age: number; nationality: string; kinds: string[] }[] = [
    ...Array.from({ length: 9 }, (_, i) => ({
      sex: 'FEMALE',
      age: i < 7 ? 16 : 25,
      nationality: 'HN',
      kinds: i % 2 ? ['SEXUAL_EXPLOITATION', 'EXTORTION'] : ['SEXUAL_EXPLOITATION'],
    })),
    ...Array.from({ length: 5 }, () => ({ sex: 'MALE', age: 34, nationality: 'HN', kinds: ['FORCED_LABOUR'] })),
  ];

  beforeAll(async () => {
    orm = (await startTestOrm()).orm;
    world = await aBorderWorld(orm);
    worker = world.users.senderCaseWorker;
    receiverWorker = world.users.receiverCaseWorker;
    statistician = await world.colleagueIn('sameCountry', [Role.STATISTICIAN]);
    auditor = await world.colleagueIn('sender', [Role.AUDITOR]);
    for (const [i, person] of plan.entries()) {
      const survivor = await registerSurvivor(contextFor(orm, worker), {
        givenNames: `Persona ${i}`,
        estimatedAge: person.age,
        sex: person.sex,
        nationality: person.nationality,
        exploitations: person.kinds.map((kind) => ({ kind, countryCode: 'GT', place: 'Lugar secreto' })),
      } as never);
      ids.push(survivor.id);
    }
    for (let i = 0; i < 3; i++)
      await registerSurvivor(contextFor(orm, receiverWorker), { sex: 'MALE', estimatedAge: 40 } as never);
    // Six durable plans of the sending agency's survivors, two closed; three criteria met on one.
    for (const [i, survivorId] of ids.slice(0, 6).entries()) {
      const planId = randomUUID();
      await orm.em.getConnection().execute(
        `insert into durable_plan (id, survivor_id, holding_agency_id, case_worker_id, lead_agency_id, solution,
           status, outcome, closure_reason, sealed_wishes)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, '\\x00')`,
        [
          planId,
          survivorId,
          world.agencies.sender.id,
          worker.actor.id,
          world.agencies.sender.id,
          i < 5 ? 'VOLUNTARY_RETURN' : 'LOCAL_INTEGRATION',
          i < 2 ? 'CLOSED' : 'OPEN',
          i < 2 ? 'SOLUTION_SUSTAINED' : null,
          i < 2 ? 'cerrado' : null,
        ],
      );
      if (i === 0)
        for (const criterion of ['SAFETY_AND_SECURITY', 'DOCUMENTATION', 'LIVELIHOODS'])
          await orm.em.getConnection().execute(
            `insert into durable_plan_criterion (id, plan_id, criterion, status, entry_agency_id)
             values (?, ?, ?, 'MET', ?)`,
            [randomUUID(), planId, criterion, world.agencies.sender.id],
          );
    }
  });
  afterAll(() => orm.close());

  const ask = (who: WorldUser, input: Partial<ProtectionStatisticsInput> = {}) =>
    protectionStatistics(contextFor(orm, who), {
      scope: StatisticsScope.AGENCY,
      ...input,
    } as ProtectionStatisticsInput);
  const table = (answer: Answer, dimension: string) =>
    Object.fromEntries(answer.tables.find((t) => t.dimension === dimension)!.cells.map((c) => [c.key, c.count]));
  const suppression = (answer: Answer, dimension: string, key: string) =>
    answer.tables.find((t) => t.dimension === dimension)!.cells.find((c) => c.key === key)!.suppression;

  it('writes only de-identified statistic columns: sex, age band at registration, nationality, kinds', async () => {
    const [row] = await orm.em
      .getConnection()
      .execute('select stat_sex, stat_age_band, stat_nationality, stat_exploitations from survivor where id = ?', [
        ids[1],
      ]);
    expect(row).toEqual({
      stat_sex: 'FEMALE',
      stat_age_band: '9-17',
      stat_nationality: 'HN',
      stat_exploitations: ['EXTORTION', 'SEXUAL_EXPLOITATION'],
    });
    expect(JSON.stringify(row)).not.toMatch(/Persona|secreto|GT/);
    expect([ageBandOf(0), ageBandOf(8), ageBandOf(17), ageBandOf(18), ageBandOf(48), ageBandOf(null)]).toEqual([
      '0-8',
      '0-8',
      '9-17',
      '18-20',
      '48+',
      null,
    ]);
  });

  it("counts an agency's own survivors by sex, age band, nationality and exploitation, small cells suppressed", async () => {
    const answer = await ask(worker);
    expect(answer.threshold).toBe(5);
    expect(answer.survivors.count).toBe(14);
    expect(table(answer, 'SEX')).toMatchObject({ FEMALE: 9, MALE: 5, INTERSEX: 0, UNKNOWN: 0 });
    expect(table(answer, 'NATIONALITY')).toEqual({ HN: 14 });
    // 7 aged 16, 2 aged 25 (suppressed: fewer than 5), 5 aged 34; the 2 alone would be 14 - 7 - 5: a second hidden.
    const bands = table(answer, 'AGE_BAND');
    expect(bands['24-26']).toBeNull();
    expect(suppression(answer, 'AGE_BAND', '24-26')).toBe('PRIMARY');
    expect(Object.values(bands).filter((count) => count === null).length).toBeGreaterThanOrEqual(2);
    expect(bands['0-8']).toBe(0);
    // Multi-valued: each kind counts survivors who suffered it; EXTORTION (4) is suppressed, never zero.
    const kinds = table(answer, 'EXPLOITATION');
    expect(kinds).toMatchObject({ SEXUAL_EXPLOITATION: 9, FORCED_LABOUR: 5, EXTORTION: null, KIDNAPPING: 0 });
    expect(answer.tables.find((t) => t.dimension === 'EXPLOITATION')!.multiValued).toBe(true);
  });

  it('counts durable plans by solution, status and outcome, and criteria met, under the same control', async () => {
    const answer = await ask(worker);
    expect(answer.durablePlans.count).toBe(6);
    // 5 return, 1 local integration: the 1 is primary, and the 5 would be 6 - 1: hidden too.
    expect(table(answer, 'SOLUTION')).toMatchObject({ VOLUNTARY_RETURN: null, LOCAL_INTEGRATION: null });
    expect(table(answer, 'PLAN_STATUS')).toMatchObject({ OPEN: null, CLOSED: null });
    expect(table(answer, 'CRITERION_MET').SAFETY_AND_SECURITY).toBeNull();
    expect(answer.serviceReferrals.count).toBe(0);
    expect(answer.consentWithdrawals.count).toBe(0);
  });

  it("never counts another agency's survivors for an agency, and gives the region to a statistician", async () => {
    const receiver = await ask(receiverWorker);
    expect(receiver.survivors).toMatchObject({ count: null, suppression: 'PRIMARY' });
    const region = await ask(statistician, { scope: StatisticsScope.REGION });
    expect(region.survivors.count).toBe(17);
    expect(table(region, 'SEX')).toMatchObject({ FEMALE: 9, MALE: 8 });
    const ctdc = await ask(statistician, { scope: StatisticsScope.REGION, disclosure: DisclosureLevel.CTDC });
    expect(ctdc.threshold).toBe(11);
    expect(table(ctdc, 'SEX').FEMALE).toBeNull();
  });

  it("gives a mechanism's members the survivors referred through it (none here), and refuses who may not", async () => {
    const mechanism = await ask(world.users.secretariat, {
      scope: StatisticsScope.MECHANISM,
      mechanismId: world.mechanism.id,
    });
    expect(mechanism.survivors.count).toBe(0);
    expect(await outcomeOf(ask(auditor))).toBe('FORBIDDEN');
    expect(await outcomeOf(ask(worker, { scope: StatisticsScope.REGION }))).toBe('FORBIDDEN');
    expect(
      await outcomeOf(
        ask(world.users.foreignOfficer, { scope: StatisticsScope.MECHANISM, mechanismId: world.mechanism.id }),
      ),
    ).toBe('NOT_FOUND');
    expect(await outcomeOf(ask(worker, { from: new Date('2026-02-01'), to: new Date('2026-01-01') }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
