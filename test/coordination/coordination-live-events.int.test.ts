import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  callerOf,
  codeOf,
  COMMENT,
  CIRCULATE,
  createCoordinationWorld,
  dataOf,
  inHours,
  meetingWithAgenda,
  type Caller,
  type CoordinationWorld,
  type Who,
} from '../support/factories/coordination-world';

// Two server processes on one database: a change made through A reaches subscribers connected to B after
// commit (LISTEN/NOTIFY), only those of the mechanism's member agencies, and never for a change rolled back.
let serverA: TestServer;
let serverB: TestServer;
let world: CoordinationWorld;
const callers = {} as Record<Who, Caller>;
const clients: Client[] = [];

beforeAll(async () => {
  serverA = await startTestServer();
  serverB = await startTestServer();
  world = await createCoordinationWorld(serverA.server.orm);
  for (const who of Object.keys(world.cookieOf) as Who[]) callers[who] = callerOf(serverA, world.cookieOf[who]);
}, 90_000);
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await serverA?.stop();
  await serverB?.stop();
});

interface Event {
  type: string;
  mechanismId: string;
  meetingId: string | null;
  actionItemId: string | null;
}

function subscriberOnB(
  who: Who,
  query = 'subscription { coordinationEvents { type mechanismId meetingId actionItemId at } }',
) {
  const cookie = world.cookieOf[who];
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const client = createClient({
    url: serverB.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: CookieWebSocket,
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(client);
  const events: Event[] = [];
  const referralEvents: unknown[] = [];
  let resolveStarted: () => void;
  const started = new Promise<void>((resolve) => (resolveStarted = resolve));
  client.on('connected', () => setTimeout(resolveStarted, 200));
  client.on('closed', () => resolveStarted());
  client.subscribe<{ coordinationEvents: Event }>(
    { query },
    {
      next: (message) => {
        if (message.data?.coordinationEvents) events.push(message.data.coordinationEvents);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  client.subscribe(
    { query: 'subscription { referralEvents { type referralId } }' },
    { next: (message) => referralEvents.push(message.data), error: () => undefined, complete: () => undefined },
  );
  return { events, referralEvents, started };
}

const waitFor = async (check: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
};

const ASSIGN = `mutation ($m: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $m, input: $input) { id } }`;
const REPORT = `mutation ($id: ID!, $body: String!) { reportOnAction(actionItemId: $id, body: $body) { id } }`;

describe('live coordination events', () => {
  it("reach the mechanism's members on another process after commit, naming ids only", async () => {
    const member = subscriberOnB('memberOfficer');
    const auditor = subscriberOnB('memberAuditor');
    const outsider = subscriberOnB('foreignOfficer');
    const admin = subscriberOnB('platformAdmin');
    await Promise.all([member.started, auditor.started, outsider.started, admin.started]);

    const { id: meetingId, first } = await meetingWithAgenda(callers.secretariat, world);
    dataOf(await callers.secretariat(CIRCULATE, { id: meetingId, deadline: inHours(24) }));
    dataOf(await callers.otherMemberOfficer(COMMENT, { itemId: first, body: 'Propongo precisar el plazo.' }));
    await waitFor(() => member.events.filter((event) => event.meetingId === meetingId).length >= 3);
    expect(member.events).toContainEqual({
      type: 'coordination.meeting',
      mechanismId: world.mechanism.id,
      meetingId,
      actionItemId: null,
      at: expect.any(String),
    });

    const actionId = dataOf<{ addActionItem: { id: string } }>(
      await callers.secretariat(ASSIGN, {
        m: meetingId,
        input: {
          title: 'Acción en vivo',
          ownerAgencyId: world.agencies.inm.id,
          dueDate: '2099-01-01',
          priority: 'LOW',
        },
      }),
    ).addActionItem.id;
    dataOf(await callers.memberOfficer(REPORT, { id: actionId, body: 'Empezamos.' }));
    await waitFor(() => auditor.events.some((event) => event.type === 'coordination.action'));
    expect(auditor.events).toContainEqual(
      expect.objectContaining({ type: 'coordination.action', actionItemId: actionId, meetingId }),
    );
    expect(auditor.events).toContainEqual(
      expect.objectContaining({ type: 'coordination.meeting', actionItemId: actionId, meetingId }),
    );

    // A refused change is rolled back and announces nothing.
    const before = member.events.length;
    expect(codeOf(await callers.memberOfficer(REPORT, { id: actionId, body: 'x'.repeat(5000) }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await callers.otherMemberOfficer(REPORT, { id: actionId, body: 'No es nuestra' }))).toBe('FORBIDDEN');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(member.events.length).toBe(before);

    // Non-members, the platform admin, and referral subscribers hear nothing of it.
    expect(outsider.events).toEqual([]);
    expect(admin.events).toEqual([]);
    expect(member.referralEvents).toEqual([]);
  });
});
