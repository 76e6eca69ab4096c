import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { setTimeout as wait } from 'node:timers/promises';
import { startTestServer } from '../support/test-server';
import { aBorderWorld, cookieFor } from '../support/factories';
import { startDatabaseProxy } from './database-proxy';

/**
 * PostgreSQL restarts (here: its connections are cut) while a browser watches its inbox: the WebSocket to
 * Enlace stays open, but NOTIFYs sent while LISTEN was down are lost. Once LISTEN is back the subscriber
 * must be told to refetch.
 */
describe('live events across a database restart', () => {
  it('tell every subscriber to resynchronise once LISTEN is back', async () => {
    const proxy = await startDatabaseProxy(process.env.DATABASE_URL!);
    const server = await startTestServer({ DATABASE_URL: proxy.url, REFERRAL_DEADLINE_CHECK_CRON: 'off' });
    const world = await aBorderWorld(server.server.orm);
    const cookie = await cookieFor(server.server.orm, world.users.receiverOfficer);
    class CookieWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    }
    const client = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: CookieWebSocket,
      retryAttempts: 0,
    });
    const events: { type: string }[] = [];
    try {
      client.subscribe<{ referralEvents: { type: string } }>(
        { query: 'subscription { referralEvents { type referralId at } }' },
        {
          next: (message) => message.data && events.push(message.data.referralEvents),
          error: () => undefined,
          complete: () => undefined,
        },
      );
      await wait(500);
      proxy.cut();
      await wait(300);
      proxy.restore();
      for (const until = Date.now() + 15_000; Date.now() < until && events.length === 0;) await wait(100);
      expect(events.map((event) => event.type)).toEqual(['resync']);
    } finally {
      await client.dispose();
      await server.stop();
      await proxy.close();
    }
  });
});
