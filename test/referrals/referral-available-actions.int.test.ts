import type { MikroORM } from '@mikro-orm/postgresql';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildEnlaceSchema } from '../../server/src/app';
import { ReferralStatus } from '../../server/src/modules/referrals';
import {
  aBorderWorld,
  type BorderWorld,
  contextFor,
  referralIn,
  startTestOrm,
  type TestUser,
} from '../support/factories';

const { DRAFT, SENT, ACKNOWLEDGED, ACCEPTED, DECLINED, IN_PROGRESS, CLOSED, WITHDRAWN } = ReferralStatus;
type Who = 'senderOfficer' | 'receiverOfficer' | 'senderCaseWorker' | 'receiverCaseWorker';

/**
 * What each person may do next, per status, written out by hand (not derived from the lifecycle table, which the
 * server computes from): the screens show exactly these buttons. null: the referral does not exist for them.
 */
const EXPECTED: Record<Who, Record<ReferralStatus, string[] | null>> = {
  senderOfficer: {
    [DRAFT]: ['SEND'],
    [SENT]: ['WITHDRAW'],
    [ACKNOWLEDGED]: ['WITHDRAW'],
    [ACCEPTED]: [],
    [DECLINED]: [],
    [IN_PROGRESS]: [],
    [CLOSED]: [],
    [WITHDRAWN]: [],
  },
  receiverOfficer: {
    [DRAFT]: null,
    [SENT]: ['ACKNOWLEDGE'],
    [ACKNOWLEDGED]: ['ACCEPT', 'DECLINE'],
    [ACCEPTED]: ['START'],
    [DECLINED]: [],
    [IN_PROGRESS]: ['CLOSE'],
    [CLOSED]: [],
    [WITHDRAWN]: [],
  },
  // Reading is not acting: only liaison officers take steps.
  senderCaseWorker: Object.fromEntries(Object.values(ReferralStatus).map((status) => [status, []])) as never,
  receiverCaseWorker: Object.fromEntries(
    Object.values(ReferralStatus).map((status) => [status, status === DRAFT ? null : []]),
  ) as never,
};

describe("a referral's available actions", () => {
  let orm: MikroORM;
  let world: BorderWorld;
  let schema: GraphQLSchema;
  const ids = new Map<ReferralStatus, string>();

  beforeAll(async () => {
    orm = (await startTestOrm()).orm;
    world = await aBorderWorld(orm);
    schema = await buildEnlaceSchema();
    for (const status of Object.values(ReferralStatus)) ids.set(status, await referralIn(orm, world, status));
  });
  afterAll(() => orm.close());

  const run = async (who: TestUser, source: string, variableValues: Record<string, unknown>) => {
    const result = await graphql({ schema, source, variableValues, contextValue: contextFor(orm, who) });
    return { data: result.data as Record<string, unknown> | null, code: result.errors?.[0]?.extensions?.code };
  };

  const cases = (Object.keys(EXPECTED) as Who[]).flatMap((who) =>
    Object.values(ReferralStatus).map((status) => ({ who, status, expected: EXPECTED[who][status] })),
  );

  it.each(cases)('$who, on a $status referral: $expected', async ({ who, status, expected }) => {
    const { data, code } = await run(world.users[who], 'query ($id: ID!) { referral(id: $id) { availableActions } }', {
      id: ids.get(status),
    });
    if (expected === null) expect(code).toBe('NOT_FOUND');
    else expect((data?.referral as { availableActions: string[] }).availableActions).toEqual(expected);
  });

  it.each(['senderOfficer', 'receiverOfficer'] as const)(
    "lists the same actions in the %s's box as on each referral (read records)",
    async (who) => {
      const box = who === 'senderOfficer' ? 'OUTBOX' : 'INBOX';
      // Only what the actions need, so the list loads nothing else the client did not ask for.
      const { data } = await run(
        world.users[who],
        'query ($box: ReferralBox!) { referrals(box: $box, first: 100) { nodes { id availableActions } } }',
        { box },
      );
      const listed = (data!.referrals as { nodes: { id: string; availableActions: string[] }[] }).nodes;
      for (const [status, id] of ids) {
        const row = listed.find((node) => node.id === id);
        if (EXPECTED[who][status] === null) expect(row).toBeUndefined();
        else expect(row?.availableActions).toEqual(EXPECTED[who][status]);
      }
    },
  );
});
