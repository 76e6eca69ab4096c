import { setTimeout as wait } from 'node:timers/promises';
import { startTestServer, type TestServer } from '../support/test-server';
import { startDatabaseProxy } from './database-proxy';
import { HEALTH_QUERY, slowGraphqlRequest } from './server-process';

const health = (server: TestServer) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: HEALTH_QUERY,
  });

/** Polls until `check` holds (a few seconds at most): for what recovers on the server's own schedule. */
async function eventually(check: () => Promise<boolean>, ms = 10_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await wait(100)) if (await check()) return true;
  return false;
}

describe('load shedding', () => {
  it('answers 503 with Retry-After at once when the requests in flight reach the limit, and serves again after', async () => {
    const server = await startTestServer({ ENLACE_MAX_IN_FLIGHT_REQUESTS: '2' });
    try {
      const held = [slowGraphqlRequest(server.url), slowGraphqlRequest(server.url)];
      await wait(200);
      const startedAt = Date.now();
      const shed = await health(server);
      expect(Date.now() - startedAt).toBeLessThan(1_000);
      expect(shed.status).toBe(503);
      expect(shed.headers.get('retry-after')).toBe('2');
      expect(await shed.json()).toEqual({ code: 'SERVICE_UNAVAILABLE', messageKey: 'error.serviceUnavailable' });
      // Probes are never shed: the process is alive and the balancer must be able to ask.
      expect((await fetch(`${server.url}/livez`)).status).toBe(200);
      for (const answer of await Promise.all(held.map((request) => request.finish())))
        expect(answer).toMatchObject({ status: 200 });
      expect((await health(server)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('answers 503 while the event loop runs later than the limit, and serves again once it catches up', async () => {
    const server = await startTestServer({ ENLACE_MAX_EVENT_LOOP_DELAY_MS: '150' });
    try {
      expect((await health(server)).status).toBe(200);
      // The server runs in this process: keeping its event loop busy for 400 ms is what a flood would do.
      for (const until = Date.now() + 400; Date.now() < until;);
      await wait(5);
      const shed = await health(server);
      expect(shed.status).toBe(503);
      expect(shed.headers.get('retry-after')).toBe('2');
      expect(await eventually(async () => (await health(server)).status === 200)).toBe(true);
    } finally {
      await server.stop();
    }
  });
});

describe('a database outage', () => {
  it('answers SERVICE_UNAVAILABLE with Retry-After and fails readiness, then recovers by itself', async () => {
    const proxy = await startDatabaseProxy(process.env.DATABASE_URL!);
    const server = await startTestServer({ DATABASE_URL: proxy.url, REFERRAL_DEADLINE_CHECK_CRON: 'off' });
    try {
      expect((await health(server)).status).toBe(200);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

      proxy.cut();
      // Whichever part meets the outage first (the rate limit's counter, the sign-in lookup, the resolver), the
      // answer is the same code.
      const during = await health(server);
      expect(during.headers.get('retry-after')).toBe('5');
      const body = (await during.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(body.errors[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        messageKey: 'error.serviceUnavailable',
        retryAfterSeconds: 5,
      });
      const readiness = await fetch(`${server.url}/readyz`);
      expect(readiness.status).toBe(503);
      expect((await fetch(`${server.url}/livez`)).status).toBe(200);

      proxy.restore();
      expect(await eventually(async () => (await fetch(`${server.url}/readyz`)).status === 200)).toBe(true);
      expect(await eventually(async () => (await health(server)).status === 200)).toBe(true);
    } finally {
      await server.stop();
      await proxy.close();
    }
  });
});
