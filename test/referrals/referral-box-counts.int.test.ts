import type { MikroORM } from '@mikro-orm/postgresql';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildEnlaceSchema } from '../../server/src/app';
import {
  Referral,
  ReferralAction,
  ReferralCategory,
  ReferralOutcome,
  ReferralStatus,
  transitionReferral,
} from '../../server/src/modules/referrals';
import { aBorderWorld, aDraft, type BorderWorld, contextFor, startTestOrm, type TestUser } from '../support/factories';
import { at } from '../support/indexing';

const COUNTS = `query ($box: ReferralBox!, $filter: ReferralFilter) {
  referrals(box: $box, filter: $filter, first: 100) { totalCount statusCounts { status count } edges { node { id } } }
}`;

interface Counts {
  totalCount: number;
  statusCounts: { status: string; count: number }[];
  edges: { node: { id: string } }[];
}

/**
 * The badges of an unfiltered inbox come from counters a trigger keeps (referral_box_count) rather than from
 * counting rows. They must say exactly what counting the rows the caller may read says, after every kind of
 * change, for every kind of caller.
 */
describe('inbox and outbox counters', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    ({ orm } = await startTestOrm());
    world = await aBorderWorld(orm);
    schema = await buildEnlaceSchema();
    const sender = contextFor(orm, world.users.senderOfficer);
    const receiver = () => contextFor(orm, world.users.receiverOfficer);
    const ids: string[] = [];
    for (let index = 0; index < 12; index += 1) {
      const { id } = await aDraft(orm, world, {
        title: `Remisión ${index}`,
        category: index % 2 ? ReferralCategory.SMUGGLING_INCIDENT : ReferralCategory.DOCUMENT_FRAUD,
      });
      ids.push(id);
    }
    // Drafts stay drafts (2), some are sent (10), then walked further down the lifecycle.
    for (const id of ids.slice(2)) await transitionReferral(sender, { referralId: id, action: ReferralAction.SEND });
    await transitionReferral(sender, { referralId: at(ids, 2), action: ReferralAction.WITHDRAW, reason: 'Duplicado' });
    for (const id of ids.slice(3, 9))
      await transitionReferral(receiver(), { referralId: id, action: ReferralAction.ACKNOWLEDGE });
    await transitionReferral(receiver(), {
      referralId: at(ids, 3),
      action: ReferralAction.DECLINE,
      reason: 'Fuera de competencia',
    });
    for (const id of ids.slice(4, 8))
      await transitionReferral(receiver(), { referralId: id, action: ReferralAction.ACCEPT });
    for (const id of ids.slice(5, 7))
      await transitionReferral(receiver(), { referralId: id, action: ReferralAction.START });
    await transitionReferral(receiver(), {
      referralId: at(ids, 5),
      action: ReferralAction.CLOSE,
      outcome: ReferralOutcome.INFORMATION_PROVIDED,
    });
    // A referral removed outright (as an administrator's clean-up would) leaves the counters too.
    await orm.em.fork().nativeDelete(Referral, { id: ids[11] });
  });
  afterAll(() => orm.close());

  async function counts(who: TestUser, box: 'INBOX' | 'OUTBOX', filter?: object): Promise<Counts> {
    const result = await graphql({
      schema,
      source: COUNTS,
      contextValue: contextFor(orm, who),
      variableValues: { box, filter },
    });
    if (result.errors) throw result.errors[0];
    return (result.data as { referrals: Counts }).referrals;
  }

  /** What counting the box's rows one by one with ability.can gives. */
  async function countedOneByOne(who: TestUser, box: 'INBOX' | 'OUTBOX'): Promise<Map<string, number>> {
    const context = contextFor(orm, who);
    const side = box === 'INBOX' ? { receivingAgency: who.actor.agencyId } : { sendingAgency: who.actor.agencyId };
    const rows = await context.em.find(Referral, side);
    const tally = new Map<string, number>();
    for (const row of rows.filter((referral) => context.ability.can('read', referral)))
      tally.set(row.status, (tally.get(row.status) ?? 0) + 1);
    return tally;
  }

  const asMap = (page: Counts) => new Map(page.statusCounts.map(({ status, count }) => [status, count]));

  it.each([
    ['receiverOfficer', 'INBOX'],
    ['receiverCaseWorker', 'INBOX'],
    ['senderOfficer', 'OUTBOX'],
    ['senderCaseWorker', 'OUTBOX'],
    ['senderOfficer', 'INBOX'],
    ['receiverOfficer', 'OUTBOX'],
    ['senderAdmin', 'OUTBOX'],
    ['foreignOfficer', 'INBOX'],
  ] as const)('%s, %s: the counters say what counting the readable rows says', async (who, box) => {
    const user = world.users[who];
    const page = await counts(user, box);
    const expected = await countedOneByOne(user, box);
    expect(asMap(page)).toEqual(expected);
    expect(page.totalCount).toBe([...expected.values()].reduce((sum, count) => sum + count, 0));
    expect(page.edges).toHaveLength(page.totalCount);
  });

  it('has the cases this test means to cover: drafts hidden from the inbox, every later status present', async () => {
    const inbox = asMap(await counts(world.users.receiverOfficer, 'INBOX'));
    const outbox = asMap(await counts(world.users.senderOfficer, 'OUTBOX'));
    expect(inbox.has(ReferralStatus.DRAFT)).toBe(false);
    expect(outbox.get(ReferralStatus.DRAFT)).toBe(2);
    expect([...inbox.keys()].sort()).toEqual(
      ['ACCEPTED', 'ACKNOWLEDGED', 'CLOSED', 'DECLINED', 'IN_PROGRESS', 'SENT', 'WITHDRAWN'].sort(),
    );
    expect([...inbox.values()].every((count) => count > 0)).toBe(true);
  });

  it('gives the same counts when a filter makes it count rows instead', async () => {
    const everyCategory = { categories: Object.values(ReferralCategory) };
    const fromCounters = await counts(world.users.receiverOfficer, 'INBOX');
    const fromRows = await counts(world.users.receiverOfficer, 'INBOX', everyCategory);
    expect(asMap(fromRows)).toEqual(asMap(fromCounters));
    const onlyFraud = await counts(world.users.receiverOfficer, 'INBOX', { categories: ['DOCUMENT_FRAUD'] });
    expect(onlyFraud.totalCount).toBeLessThan(fromCounters.totalCount);
    expect(onlyFraud.totalCount).toBe(onlyFraud.edges.length);
  });

  it('keeps the counters equal to a full recount', async () => {
    const connection = orm.em.getConnection();
    const kept = await connection.execute(
      `select agency_id, box, status, count from referral_box_count where count <> 0 order by 1, 2, 3`,
    );
    const recounted = await connection.execute(`
      select agency_id, box, status, count from (
        select receiving_agency_id as agency_id, 'INBOX'::referral_box as box, status, count(*)::int as count
          from referral group by 1, 3
        union all
        select sending_agency_id, 'OUTBOX'::referral_box, status, count(*)::int from referral group by 1, 3) counted
      order by 1, 2, 3`);
    expect(kept).toEqual(recounted);
    expect(kept.length).toBeGreaterThan(7);
  });
});
