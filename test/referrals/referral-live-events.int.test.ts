import { createClient, type Client } from 'graphql-ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../support/test-server';
import { aBorderWorld, type BorderWorld, cookieFor, graphqlAs, referralAfter } from '../support/factories';

// Two server processes' worth of Enlace on one database: an event caused through A must reach a
// subscriber connected to B (LISTEN/NOTIFY), and only subscribers of the agencies on the referral.
let serverA: TestServer;
let serverB: TestServer;
let orm: MikroORM;
let world: BorderWorld;
const clients: Client[] = [];

beforeAll(async () => {
  serverA = await startTestServer();
  serverB = await startTestServer();
  orm = serverA.server.orm;
  world = await aBorderWorld(orm);
}, 60_000);
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await serverA?.stop();
  await serverB?.stop();
});

/** A graphql-ws client on server B sending the session cookie with the upgrade request, as a browser does. */
function subscriberOnB(cookie: string | undefined) {
  const url = serverB.url.replace('http', 'ws') + '/graphql';
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  const client = createClient({ url, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
  clients.push(client);
  const events: { type: string; referralId: string }[] = [];
  let failure: unknown;
  let resolveStarted: () => void;
  const started = new Promise<void>((resolve) => (resolveStarted = resolve));
  client.on('connected', () => setTimeout(resolveStarted, 200));
  client.on('closed', (event) => {
    failure = event;
    resolveStarted();
  });
  client.subscribe<{ referralEvents: { type: string; referralId: string } }>(
    { query: 'subscription { referralEvents { type referralId at } }' },
    {
      next: (message) => {
        if (message.data) events.push(message.data.referralEvents);
      },
      error: (error) => (failure = error),
      complete: () => undefined,
    },
  );
  return { events, started, failure: () => failure };
}

const waitFor = async (check: () => boolean, ms = 5000) => {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
};

describe('live referral events', () => {
  it('reach the receiving agency on another server process when the sender sends through server A', async () => {
    const receiver = subscriberOnB(await cookieFor(orm, world.users.receiverOfficer));
    const outsider = subscriberOnB(await cookieFor(orm, world.users.foreignOfficer));
    await Promise.all([receiver.started, outsider.started]);

    const draftId = await referralAfter(orm, world, []);
    const sent = await graphqlAs(serverA, await cookieFor(orm, world.users.senderOfficer))(
      'mutation ($id: ID!) { sendReferral(id: $id) { status } }',
      { id: draftId },
    );
    expect(sent.data).toEqual({ sendReferral: { status: 'SENT' } });

    await waitFor(() => receiver.events.some((event) => event.referralId === draftId));
    expect(receiver.events).toContainEqual(expect.objectContaining({ type: 'referral.send', referralId: draftId }));
    // The draft itself was the sender's own: the receiver heard nothing before the send.
    expect(receiver.events.filter((event) => event.referralId === draftId)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(outsider.events).toEqual([]);
  });

  it('refuses a WebSocket without a session', async () => {
    const anonymous = subscriberOnB(undefined);
    await anonymous.started;
    await waitFor(() => anonymous.failure() !== undefined);
    expect(anonymous.failure()).toBeDefined();
    expect(anonymous.events).toEqual([]);
  });
});
