import type { MikroORM } from '@mikro-orm/postgresql';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildEnlaceSchema } from '../../server/src/app';
import { Referral, ReferralStatus } from '../../server/src/modules/referrals';
import {
  isOverdue,
  notOverdueWhere,
  overdueSql,
  overdueWhere,
  STATUSES_WITH_A_DEADLINE,
} from '../../server/src/modules/referrals/referral-overdue';
import { aBorderWorld, type BorderWorld, contextFor, referralIn, startTestOrm } from '../support/factories';

const HOUR = 3_600_000;
const DEADLINES = { passed: -HOUR, coming: HOUR, none: null } as const;

/**
 * "Overdue" is one rule (server/src/modules/referrals/referral-overdue.ts) said three ways: in memory, as an ORM
 * condition, as SQL for the deadline watch. For a referral in every status with a deadline passed, coming or
 * absent, all of them — and what the API shows and filters — give the same answer.
 */
describe('when a referral is overdue', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  let schema: GraphQLSchema;
  const cases: { id: string; status: ReferralStatus; deadline: keyof typeof DEADLINES }[] = [];

  beforeAll(async () => {
    orm = (await startTestOrm()).orm;
    world = await aBorderWorld(orm);
    schema = await buildEnlaceSchema();
    for (const status of Object.values(ReferralStatus)) {
      for (const [deadline, offset] of Object.entries(DEADLINES) as [keyof typeof DEADLINES, number | null][]) {
        const id = await referralIn(orm, world, status);
        const dueAt = offset === null ? null : new Date(Date.now() + offset);
        await orm.em.fork().nativeUpdate(Referral, { id }, { dueAt });
        cases.push({ id, status, deadline });
      }
    }
  });
  afterAll(() => orm.close());

  const overdueIds = () =>
    cases
      .filter((entry) => entry.deadline === 'passed' && STATUSES_WITH_A_DEADLINE.includes(entry.status))
      .map((entry) => entry.id)
      .sort();
  const ours = () => cases.map((entry) => entry.id);

  it('is a deadline running in the status (acknowledge when SENT, answer when ACKNOWLEDGED) that has passed', () => {
    expect([...STATUSES_WITH_A_DEADLINE].sort()).toEqual([ReferralStatus.ACKNOWLEDGED, ReferralStatus.SENT]);
    expect(overdueIds()).toHaveLength(2);
  });

  it('gives the same answer in memory, as an ORM condition and as SQL', async () => {
    const now = new Date();
    const em = orm.em.fork();
    const referrals = await em.find(Referral, { id: { $in: ours() } });
    const inMemory = referrals.filter((referral) => isOverdue(referral, now)).map((referral) => referral.id);
    expect(inMemory.sort()).toEqual(overdueIds());
    expect(
      referrals
        .filter((referral) => referral.isOverdue(now))
        .map((referral) => referral.id)
        .sort(),
    ).toEqual(overdueIds());
    const byOrm = await em.find(Referral, { $and: [{ id: { $in: ours() } }, overdueWhere(now)] });
    expect(byOrm.map((referral) => referral.id).sort()).toEqual(overdueIds());
    const notByOrm = await em.find(Referral, { $and: [{ id: { $in: ours() } }, notOverdueWhere(now)] });
    expect(notByOrm.map((referral) => referral.id).sort()).toEqual(
      ours()
        .filter((id) => !overdueIds().includes(id))
        .sort(),
    );
    const bySql = await em
      .getConnection()
      .execute<{ id: string }[]>(`select r.id from referral r where r.id in (?) and ${overdueSql('r')}`, [ours()]);
    expect(bySql.map((row) => row.id).sort()).toEqual(overdueIds());
  });

  it('is what the API shows on each referral and filters the outbox by', async () => {
    const run = async (overdue: boolean) => {
      const result = await graphql({
        schema,
        source: `query ($overdue: Boolean!) {
          referrals(box: OUTBOX, first: 100, filter: { overdue: $overdue }) { nodes { id overdue } } }`,
        variableValues: { overdue },
        contextValue: contextFor(orm, world.users.senderOfficer),
      });
      expect(result.errors).toBeUndefined();
      const nodes = (result.data as { referrals: { nodes: { id: string; overdue: boolean }[] } }).referrals.nodes;
      return nodes.filter((node) => ours().includes(node.id));
    };
    const overdue = await run(true);
    expect(overdue.map((node) => node.id).sort()).toEqual(overdueIds());
    expect(overdue.every((node) => node.overdue)).toBe(true);
    const onTime = await run(false);
    expect(onTime).toHaveLength(cases.length - overdueIds().length);
    expect(onTime.some((node) => node.overdue)).toBe(false);
  });
});
