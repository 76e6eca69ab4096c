import { domainEventsFor } from '../../server/src/app';
import { loadConfig, type EnlaceConfig } from '../../server/src/platform/config/config';
import type { RequestContext } from '../../server/src/platform/context';
import { createLogger } from '../../server/src/platform/logging/logger';

/** The configuration a test server gets: the test database, a free port, quiet logs, plus `env`. */
export function testConfig(env: Record<string, string> = {}): EnlaceConfig {
  return loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Every request of a test file comes from 127.0.0.1: budgets a real client would never meet, unless a
    // test (test/security/limits-*) sets its own.
    ENLACE_RATE_LIMIT_PER_ADDRESS: '1000000',
    ENLACE_RATE_LIMIT_PER_ACCOUNT: '1000000',
    ENLACE_SIGN_IN_FAILURES_PER_ADDRESS: '1000000',
    // A shared CI machine stalls the event loop for seconds at times: no shedding unless a test asks for it
    // (test/reliability/overload).
    ENLACE_MAX_EVENT_LOOP_DELAY_MS: '600000',
    ENLACE_MAX_IN_FLIGHT_REQUESTS: '100000',
    // Checkpoints go to the data directory shared by every test database: only tests that anchor write them.
    ENLACE_AUDIT_ANCHOR_CRON: 'off',
    ...env,
  });
}

/**
 * The server-wide parts of a request context (configuration, domain events with every module's listeners),
 * for tests that call services directly instead of through HTTP.
 */
export function serverPartsOfContext(env: Record<string, string> = {}): Pick<RequestContext, 'config' | 'events'> {
  const config = testConfig(env);
  return { config, events: domainEventsFor(config, createLogger('silent')) };
}
