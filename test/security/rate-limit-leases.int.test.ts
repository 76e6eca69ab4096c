import { createRateLimits, RateLimited } from '../../server/src/platform/http/rate-limits';
import { startTestServer, type TestServer } from '../support/test-server';
import { testConfig } from '../support/test-config';

// The per-request budgets are drawn from PostgreSQL in leases (ADR 55): a budget of 100 a minute in leases of 5.
const BUDGET = 100;
const LEASE = 5;

describe('Rate limits drawn in leases: fewer statements, the same budget across processes', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());
  beforeEach(() => server.server.orm.em.fork().execute('delete from rate_limit'));

  /** Two server processes' limiters on one database: each has its own leases, both count in the one table. */
  const twoProcesses = () => {
    const config = testConfig({
      ENLACE_RATE_LIMIT_PER_ADDRESS: String(BUDGET),
      ENLACE_RATE_LIMIT_PER_ACCOUNT: String(BUDGET),
    });
    return [createRateLimits(server.server.orm, config), createRateLimits(server.server.orm, config)] as const;
  };
  const counted = async () => {
    const rows: { points: number }[] = await server.server.orm.em.fork().execute('select points from rate_limit');
    return rows.map((row) => row.points);
  };
  const refused = (work: Promise<void>) =>
    work.then(
      () => false,
      (error: unknown) => {
        if (error instanceof RateLimited) return true;
        throw error;
      },
    );

  it('counts a lease in PostgreSQL at its first request, and serves the next ones of the lease without a statement', async () => {
    const [first] = twoProcesses();
    await first.consumeAddress('198.51.100.7');
    expect(await counted()).toEqual([LEASE]);
    for (let request = 1; request < LEASE; request += 1) await first.consumeAddress('198.51.100.7');
    expect(await counted()).toEqual([LEASE]);
    await first.consumeAddress('198.51.100.7');
    expect(await counted()).toEqual([2 * LEASE]);
  });

  it('serves the budget exactly, not one request more, when two processes share it', async () => {
    const [first, second] = twoProcesses();
    let served = 0;
    for (let request = 0; request < BUDGET; request += 1) {
      expect(await refused((request % 2 ? first : second).consumeAccount('user:a'))).toBe(false);
      served += 1;
    }
    expect(served).toBe(BUDGET);
    expect(await refused(first.consumeAccount('user:a'))).toBe(true);
    expect(await refused(second.consumeAccount('user:a'))).toBe(true);
    // Another account has its own budget.
    expect(await refused(first.consumeAccount('user:b'))).toBe(false);
  });

  it('gives a process what is left of the budget when less than a lease is left, and refuses after', async () => {
    const [first, second] = twoProcesses();
    await first.consumeAccount('user:c');
    // Other processes have meanwhile counted the budget up to 97 points.
    await server.server.orm.em.fork().execute('update rate_limit set points = ?', [BUDGET - 3]);
    // The rest of the first process's lease (paid for before), then the 3 points left of the budget.
    for (let request = 0; request < LEASE - 1 + 3; request += 1)
      expect(await refused(first.consumeAccount('user:c'))).toBe(false);
    expect(await refused(first.consumeAccount('user:c'))).toBe(true);
    expect(await refused(second.consumeAccount('user:c'))).toBe(true);
  });

  it('refuses a process while another holds the last unspent points (stricter, never looser)', async () => {
    const [first, second] = twoProcesses();
    for (let request = 0; request < BUDGET - 3; request += 1) await second.consumeAccount('user:d');
    expect(await refused(first.consumeAccount('user:d'))).toBe(true);
    for (let request = 0; request < 3; request += 1) expect(await refused(second.consumeAccount('user:d'))).toBe(false);
    expect(await refused(second.consumeAccount('user:d'))).toBe(true);
  });

  it('serves concurrent requests of one key from one statement', async () => {
    const [first] = twoProcesses();
    await Promise.all(Array.from({ length: LEASE }, () => first.consumeAddress('203.0.113.9')));
    expect(await counted()).toEqual([LEASE]);
  });

  it('counts a small budget one request at a time, as before', async () => {
    const config = testConfig({ ENLACE_RATE_LIMIT_PER_ADDRESS: '5' });
    const limits = createRateLimits(server.server.orm, config);
    for (let request = 0; request < 5; request += 1) await limits.consumeAddress('192.0.2.1');
    expect(await counted()).toEqual([5]);
    expect(await refused(limits.consumeAddress('192.0.2.1'))).toBe(true);
  });
});
