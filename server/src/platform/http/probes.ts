import type { Express } from 'express';
import type { Traffic } from './traffic';

/** How long the database may take to answer the readiness check before the process counts as not ready. */
const DATABASE_CHECK_MS = 2_000;

/**
 * Probes for load balancers and orchestrators, outside /graphql and /api (no rate limit, no log line):
 * - `GET /livez`: the process runs and its event loop answers. Failing it means "restart me".
 * - `GET /readyz`: send me requests. 503 from the moment a stop begins (SIGTERM), and while the database does
 *   not answer within two seconds: a load balancer then sends traffic elsewhere, without restarting the
 *   process, which recovers by itself when the database is back.
 * `/healthz` stays as the old name of `/livez`.
 */
export function mountProbes(app: Express, traffic: Traffic, databaseAnswers: () => Promise<unknown>): void {
  const live = (_req: unknown, res: { json(body: unknown): void }) => res.json({ status: 'ok' });
  app.get('/livez', live);
  app.get('/healthz', live);
  app.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (traffic.draining) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    if (!(await answersWithin(databaseAnswers, DATABASE_CHECK_MS))) {
      res.status(503).json({ status: 'database unavailable' });
      return;
    }
    res.json({ status: 'ready' });
  });
}

async function answersWithin(check: () => Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([check().then(() => true as const), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export const PROBE_PATHS = ['/livez', '/readyz', '/healthz'];
