import { startTestServer, type TestServer } from '../support/test-server';
import {
  callerOf,
  codeOf,
  createCoordinationWorld,
  dataOf,
  meetingWithAgenda,
  type Caller,
  type CoordinationWorld,
  type Who,
} from '../support/factories/coordination-world';

let server: TestServer;
let world: CoordinationWorld;
const callers = {} as Record<Who, Caller>;

beforeAll(async () => {
  server = await startTestServer();
  world = await createCoordinationWorld(server.server.orm);
  for (const who of Object.keys(world.cookieOf) as Who[]) callers[who] = callerOf(server, world.cookieOf[who]);
}, 60_000);
afterAll(() => server?.stop());

const DECIDE = `mutation ($m: ID!, $text: String!) { recordDecision(meetingId: $m, text: $text) { id reference } }`;
const ASSIGN = `mutation ($m: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $m, input: $input) { id } }`;
const PAGE = `query ($m: ID!, $filter: FollowUpFilter, $sort: FollowUpSort, $first: Int, $after: String) {
  followUpActions(mechanismId: $m, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount nodes { id title priority overdue } pageInfo { hasNextPage endCursor } } }`;
const COUNTS = `query ($m: ID!) { followUpBoard(mechanismId: $m) {
  countsByMeeting { id label open overdue } countsByDecision { id label open overdue } } }`;

type Page = {
  followUpActions: {
    totalCount: number;
    nodes: { id: string; title: string; priority: string; overdue: boolean }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

let meeting: { id: string };
let decision: { id: string; reference: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  meeting = await meetingWithAgenda(callers.secretariat, world, -24 * 5);
  decision = dataOf<{ recordDecision: { id: string; reference: string } }>(
    await callers.secretariat(DECIDE, { m: meeting.id, text: 'Intercambio de listas' }),
  ).recordDecision;
  const plan: [string, string, string, string, boolean][] = [
    ['Vencida', world.agencies.fgr.id, '2020-01-10', 'LOW', true],
    ['Urgente', world.agencies.fgr.id, '2099-01-10', 'HIGH', true],
    ['Normal', world.agencies.inm.id, '2098-01-10', 'MEDIUM', false],
  ];
  for (const [title, ownerAgencyId, dueDate, priority, withDecision] of plan) {
    ids[title] = dataOf<{ addActionItem: { id: string } }>(
      await callers.secretariat(ASSIGN, {
        m: meeting.id,
        input: { title, ownerAgencyId, dueDate, priority, decisionId: withDecision ? decision.id : null },
      }),
    ).addActionItem.id;
  }
}, 60_000);

describe("the secretariat's follow-up board", () => {
  it('pages through the actions in the chosen order, with how many match', async () => {
    const byDue = dataOf<Page>(await callers.secretariat(PAGE, { m: world.mechanism.id, first: 2 })).followUpActions;
    expect(byDue.totalCount).toBe(3);
    expect(byDue.nodes.map((n) => n.title)).toEqual(['Vencida', 'Normal']);
    expect(byDue.pageInfo.hasNextPage).toBe(true);
    const rest = dataOf<Page>(
      await callers.secretariat(PAGE, { m: world.mechanism.id, first: 2, after: byDue.pageInfo.endCursor }),
    ).followUpActions;
    expect(rest.nodes.map((n) => n.title)).toEqual(['Urgente']);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const byPriority = dataOf<Page>(
      await callers.secretariat(PAGE, { m: world.mechanism.id, sort: 'PRIORITY' }),
    ).followUpActions;
    expect(byPriority.nodes.map((n) => n.priority)).toEqual(['HIGH', 'MEDIUM', 'LOW']);
    const newest = dataOf<Page>(
      await callers.secretariat(PAGE, { m: world.mechanism.id, sort: 'NEWEST' }),
    ).followUpActions;
    expect(newest.nodes.map((n) => n.title)).toEqual(['Normal', 'Urgente', 'Vencida']);
  });

  it('narrows by agency, meeting, decision and overdue, and refuses a cursor it did not write', async () => {
    const narrowed = async (filter: Record<string, unknown>) =>
      dataOf<Page>(await callers.secretariat(PAGE, { m: world.mechanism.id, filter })).followUpActions.nodes.map(
        (n) => n.title,
      );
    expect(await narrowed({ ownerAgencyId: world.agencies.inm.id })).toEqual(['Normal']);
    expect(await narrowed({ decisionId: decision.id })).toEqual(['Vencida', 'Urgente']);
    expect(await narrowed({ meetingId: meeting.id, overdueOnly: true })).toEqual(['Vencida']);
    expect(await narrowed({ meetingId: world.foreignMechanism.id })).toEqual([]);
    expect(codeOf(await callers.secretariat(PAGE, { m: world.mechanism.id, after: 'bm9wZQ' }))).toBe('BAD_USER_INPUT');
  });

  it('counts open and overdue actions per meeting and per decision', async () => {
    const board = dataOf<{
      followUpBoard: {
        countsByMeeting: { id: string; label: string; open: number; overdue: number }[];
        countsByDecision: { id: string; label: string; open: number; overdue: number }[];
      };
    }>(await callers.secretariat(COUNTS, { m: world.mechanism.id })).followUpBoard;
    expect(board.countsByMeeting.find((c) => c.id === meeting.id)).toMatchObject({ open: 3, overdue: 1 });
    expect(board.countsByDecision).toEqual([{ id: decision.id, label: decision.reference, open: 2, overdue: 1 }]);
  });

  it('shows nothing of the mechanism to another mechanism, and one action by id to members only', async () => {
    const foreign = dataOf<Page & { followUpBoard: { countsByMeeting: unknown[] } }>(
      await callers.foreignSecretariat(
        `query ($m: ID!) { followUpActions(mechanismId: $m) { totalCount nodes { id } } 
        followUpBoard(mechanismId: $m) { countsByMeeting { id } } }`,
        { m: world.mechanism.id },
      ),
    );
    expect(foreign.followUpActions).toEqual({ totalCount: 0, nodes: [] });
    expect(foreign.followUpBoard.countsByMeeting).toEqual([]);

    const ONE = `query ($id: ID!) { actionItem(id: $id) { id title canReport ownerAgency { acronym } } }`;
    expect(
      dataOf<{ actionItem: unknown }>(await callers.otherMemberOfficer(ONE, { id: ids.Vencida })).actionItem,
    ).toMatchObject({ title: 'Vencida', canReport: true, ownerAgency: { acronym: 'FGR' } });
    expect(
      dataOf<{ actionItem: { canReport: boolean } }>(await callers.memberOfficer(ONE, { id: ids.Vencida })).actionItem
        .canReport,
    ).toBe(false);
    expect(codeOf(await callers.foreignOfficer(ONE, { id: ids.Vencida }))).toBe('NOT_FOUND');
    expect(codeOf(await callers.memberOfficer(ONE, { id: world.foreignMechanism.id }))).toBe('NOT_FOUND');
  });
});
