import { setTimeout as wait } from 'node:timers/promises';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { aBorderWorld, cookieFor, referralAfter, SENT } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * Two Enlace processes on one PostgreSQL, as behind a load balancer (docs/operations.md, "Several processes"): a
 * session made on one is valid on the other, and a change made through one
 * reaches a live subscriber of the other.
 */
let first: TestServer;
let second: TestServer;
beforeAll(async () => {
  [first, second] = await Promise.all([startTestServer(), startTestServer()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

const whoAmI = async (server: TestServer, cookie: string) =>
  (await server.graphql<{ me: { id: string } }>('{ me { id } }', {}, { cookie })).data?.me.id ?? null;

describe('two processes behind a load balancer', () => {
  it('share sessions: one signed in on either is known on both', async () => {
    const world = await aBorderWorld(first.server.orm);
    const cookie = await cookieFor(first.server.orm, world.users.senderOfficer);
    expect(await whoAmI(first, cookie)).toBe(world.users.senderOfficer.id);
    expect(await whoAmI(second, cookie)).toBe(world.users.senderOfficer.id);
  });

  it("share live events: a referral sent through one reaches the other's subscriber", async () => {
    const world = await aBorderWorld(first.server.orm);
    const cookie = await cookieFor(second.server.orm, world.users.receiverOfficer);
    class CookieWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    }
    const client = createClient({
      url: `${second.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: CookieWebSocket,
      retryAttempts: 0,
    });
    const events: { type: string; referralId: string }[] = [];
    try {
      client.subscribe<{ referralEvents: { type: string; referralId: string } }>(
        { query: 'subscription { referralEvents { type referralId at } }' },
        {
          next: (message) => message.data && events.push(message.data.referralEvents),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      await wait(500);
      const referralId = await referralAfter(first.server.orm, world, SENT);
      for (const until = Date.now() + 10_000; Date.now() < until && events.length === 0;) await wait(100);
      expect(events).toContainEqual(expect.objectContaining({ type: 'referral.send', referralId }));
    } finally {
      await client.dispose();
    }
  });
});
