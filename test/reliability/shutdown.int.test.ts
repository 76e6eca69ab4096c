import { setTimeout as wait } from 'node:timers/promises';
import { HEALTH_QUERY, type Outcome, requestOnce, slowGraphqlRequest, startServerProcess } from './server-process';

/** Sends a request every few milliseconds, each on its own connection, until `stop` is called. */
function streamOfRequests(url: string) {
  const outcomes: { sentAt: number; outcome: Outcome }[] = [];
  let running = true;
  const pending: Promise<void>[] = [];
  const loop = (async () => {
    while (running) {
      const sentAt = Date.now();
      pending.push(
        requestOnce(`${url}/graphql`, { method: 'POST', body: HEALTH_QUERY }).then((outcome) => {
          outcomes.push({ sentAt, outcome });
        }),
      );
      await wait(15);
    }
  })();
  return {
    outcomes,
    stop: async () => {
      running = false;
      await loop;
      await Promise.all(pending);
    },
  };
}

describe('a server stopped with SIGTERM under a stream of requests', () => {
  it('fails readiness at once, serves through the delay, finishes every request in flight, then refuses connections and exits 0', async () => {
    const server = await startServerProcess({
      ENLACE_SHUTDOWN_DELAY_SECONDS: '2',
      ENLACE_SHUTDOWN_GRACE_SECONDS: '20',
    });
    expect(await requestOnce(`${server.url}/readyz`)).toBe(200);
    expect(await requestOnce(`${server.url}/livez`)).toBe(200);

    const stream = streamOfRequests(server.url);
    const inFlight = Array.from({ length: 4 }, () => slowGraphqlRequest(server.url));
    await wait(300);
    server.signal('SIGTERM');
    await wait(100);
    // Readiness fails at once; a load balancer polling it stops sending while the delay lasts.
    const readiness = await requestOnce(`${server.url}/readyz`);
    await stream.stop();
    expect(readiness).toBe(503);
    // Every request sent until then, before or after the signal, was answered in full.
    expect(new Set(stream.outcomes.map(({ outcome }) => outcome))).toEqual(new Set([200]));

    // Past the delay: the requests started before the signal still get their whole answer from the database.
    await wait(2_500);
    const answers = await Promise.all(inFlight.map((request) => request.finish()));
    for (const answer of answers) {
      expect(answer).toMatchObject({ status: 200 });
      expect(JSON.parse((answer as { body: string }).body).data.health.databaseTime).toBeDefined();
    }
    expect(await requestOnce(`${server.url}/graphql`, { method: 'POST', body: HEALTH_QUERY })).toBe('ECONNREFUSED');

    expect(await server.exited).toBe(0);
    const messages = server.logLines().map((line) => line.msg);
    expect(messages).toEqual(expect.arrayContaining(['shutting down', 'HTTP drained', 'database connections closed']));
    expect(messages).not.toContain('shutdown grace over: cutting the requests still running');
  });

  it('cuts a request that outlives the grace, then still closes the pool and exits', async () => {
    const server = await startServerProcess({ ENLACE_SHUTDOWN_GRACE_SECONDS: '1' });
    const stuck = slowGraphqlRequest(server.url);
    await wait(200);
    server.signal('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(await stuck.finish()).toEqual({ error: expect.stringMatching(/ECONNRESET|EPIPE|socket hang up/) });
    expect(server.logLines().map((line) => line.msg)).toContain(
      'shutdown grace over: cutting the requests still running',
    );
  });
});
