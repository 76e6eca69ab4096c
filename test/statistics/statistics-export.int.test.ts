import { parse } from 'csv-parse/sync';
import { registerSurvivor } from '../../server/src/modules/protection';
import { Referral, ReferralStatus } from '../../server/src/modules/referrals';
import { Role } from '../../server/src/platform/authz/roles';
import {
  aBorderWorld,
  type BorderWorld,
  contextFor,
  cookieFor,
  graphqlAs,
  referralIn,
  type WorldUser,
} from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The statistics CSV is the screen's tables as a file: the same rules and disclosure control, formula cells
 * defused, one audit row per download, and the same refusals as the GraphQL queries.
 */
describe('statistics exports', () => {
  let server: TestServer;
  let world: BorderWorld;
  let statistician: WorldUser;
  let cookies: Record<'statistician' | 'officer' | 'auditor' | 'outsider', string>;

  beforeAll(async () => {
    server = await startTestServer();
    const orm = server.server.orm;
    world = await aBorderWorld(orm);
    statistician = await world.colleagueIn('sameCountry', [Role.STATISTICIAN]);
    const auditor = await world.colleagueIn('sender', [Role.AUDITOR]);
    for (let i = 0; i < 8; i++) await referralIn(orm, world, ReferralStatus.SENT);
    for (let i = 0; i < 6; i++) await referralIn(orm, world, ReferralStatus.DECLINED);
    await referralIn(orm, world, ReferralStatus.ACKNOWLEDGED);
    // A reason typed as a spreadsheet formula, given often enough to be named in the table.
    await orm.em.fork().nativeUpdate(
      Referral,
      { status: ReferralStatus.DECLINED, sendingAgency: world.agencies.sender },
      {
        statusReason: '=HYPERLINK("http://example.org")',
      },
    );
    // Survivors, counted from their de-identified columns: 6 women aged 30, 2 men (a small cell).
    for (const sex of ['FEMALE', 'FEMALE', 'FEMALE', 'FEMALE', 'FEMALE', 'FEMALE', 'MALE', 'MALE'])
      await registerSurvivor(contextFor(orm, world.users.senderCaseWorker), {
        sex,
        estimatedAge: 30,
        nationality: 'HN',
        exploitations: [{ kind: 'FORCED_LABOUR' }],
      } as never);
    cookies = {
      statistician: await cookieFor(orm, statistician),
      officer: await cookieFor(orm, world.users.senderOfficer),
      auditor: await cookieFor(orm, auditor),
      outsider: await cookieFor(orm, world.users.foreignOfficer),
    };
  }, 120_000);
  afterAll(() => server?.stop());

  const get = (path: string, cookie?: string) => fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {} });
  const rowsOf = async (response: Response): Promise<Record<string, string>[]> =>
    parse(await response.text(), { columns: true, bom: true });
  const auditRows = async (action: string) =>
    server.server.orm.em
      .fork()
      .execute<{ actor_id: string; details: Record<string, unknown> }[]>(
        'select actor_id, details from audit_event where action = ? order by seq',
        [action],
      );

  it('gives the mechanism tables exactly as the query does, suppressed cells empty, formulas defused, audited', async () => {
    const path = `/api/statistics/referrals.csv?scope=MECHANISM&mechanismId=${world.mechanism.id}`;
    const response = await get(path, cookies.statistician);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const rows = await rowsOf(response);
    expect(Object.keys(rows[0]!)).toEqual(['table', 'parent', 'key', 'count', 'suppressed', 'threshold']);

    const query = `query ($input: ReferralStatisticsInput!) { referralStatistics(input: $input) {
      total { count } tables { dimension cells { key parent count suppression } } } }`;
    const answer = await graphqlAs(server, cookies.statistician)(query, {
      input: { scope: 'MECHANISM', mechanismId: world.mechanism.id },
    });
    const figures = (answer.data as { referralStatistics: unknown }).referralStatistics as {
      total: { count: number };
      tables: { dimension: string; cells: { key: string; count: number | null; suppression: string | null }[] }[];
    };
    expect(rows.find((row) => row.table === 'TOTAL')).toMatchObject({ count: '15', threshold: '5' });
    expect(figures.total.count).toBe(15);
    for (const table of figures.tables)
      for (const cell of table.cells) {
        const row = rows.find((r) => r.table === table.dimension && r.key.replace(/^'/, '') === cell.key);
        expect(row).toMatchObject({
          count: cell.count === null ? '' : String(cell.count),
          suppressed: cell.suppression ?? '',
        });
      }
    // ACKNOWLEDGED (1) is below 5; at least one other status is hidden with it so it cannot be recomputed.
    const statuses = rows.filter((row) => row.table === 'STATUS');
    expect(statuses.find((row) => row.key === 'ACKNOWLEDGED')).toMatchObject({ count: '', suppressed: 'PRIMARY' });
    expect(statuses.some((row) => row.suppressed === 'SECONDARY')).toBe(true);
    // Named (given at least 5 times) and defused; its count may be hidden to protect the ACKNOWLEDGED cell.
    expect(rows.filter((row) => row.table === 'DECLINE_REASON').map((row) => row.key)).toEqual([
      `'=hyperlink("http://example.org")`,
    ]);

    const audit = await auditRows('statistics.export.referrals');
    expect(audit.at(-1)).toMatchObject({
      actor_id: statistician.id,
      details: expect.objectContaining({ scope: 'MECHANISM', disclosure: 'STANDARD', rows: rows.length }),
    });
  });

  it('gives the coordination tables with their totals', async () => {
    const response = await get(`/api/statistics/coordination.csv?scope=REGION&disclosure=CTDC`, cookies.statistician);
    expect(response.status).toBe(200);
    const rows = await rowsOf(response);
    expect(rows.map((row) => row.table)).toEqual(
      expect.arrayContaining(['MEETINGS_HELD_TOTAL', 'DECISIONS', 'ACTIONS']),
    );
    expect(new Set(rows.map((row) => row.threshold))).toEqual(new Set(['11']));
    expect((await auditRows('statistics.export.coordination')).length).toBeGreaterThan(0);
  });

  it('gives the protection tables exactly as the query does, never exact, audited', async () => {
    const response = await get('/api/statistics/protection.csv?scope=REGION', cookies.statistician);
    expect(response.status).toBe(200);
    const rows = await rowsOf(response);
    const query = `query ($input: ProtectionStatisticsInput!) { protectionStatistics(input: $input) {
      survivors { count suppression } tables { dimension cells { key count suppression } } } }`;
    const answer = await graphqlAs(server, cookies.statistician)(query, { input: { scope: 'REGION' } });
    const figures = (answer.data as { protectionStatistics: unknown }).protectionStatistics as {
      survivors: { count: number | null };
      tables: { dimension: string; cells: { key: string; count: number | null; suppression: string | null }[] }[];
    };
    expect(figures.survivors.count).toBe(8);
    expect(rows.find((row) => row.table === 'SURVIVORS')).toMatchObject({ count: '8', suppressed: '' });
    let compared = 0;
    for (const table of figures.tables)
      for (const cell of table.cells) {
        const row = rows.find((r) => r.table === table.dimension && r.key.replace(/^'/, '') === cell.key);
        expect(row).toMatchObject({
          count: cell.count === null ? '' : String(cell.count),
          suppressed: cell.suppression ?? '',
        });
        compared += 1;
      }
    expect(rows.length).toBe(compared + 4);
    expect(rows.filter((row) => row.table === 'SEX').find((row) => row.key === 'MALE')).toMatchObject({
      count: '',
      suppressed: 'PRIMARY',
    });
    expect(rows.find((row) => row.table === 'NATIONALITY')).toMatchObject({ key: 'HN', count: '8' });
    const exact = await get('/api/statistics/protection.csv?scope=AGENCY&exact=true', cookies.officer);
    expect(exact.status).toBe(400);
    expect(await exact.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await auditRows('statistics.export.protection')).length).toBe(1);
  });

  it('refuses what the queries refuse, and audits nothing then', async () => {
    const before = (await auditRows('statistics.export.referrals')).length;
    expect((await get('/api/statistics/referrals.csv?scope=REGION')).status).toBe(401);
    expect((await get('/api/statistics/referrals.csv?scope=REGION', cookies.auditor)).status).toBe(403);
    expect((await get('/api/statistics/referrals.csv?scope=REGION', cookies.officer)).status).toBe(403);
    const elsewhere = `/api/statistics/referrals.csv?scope=MECHANISM&mechanismId=${world.mechanism.id}`;
    expect((await get(elsewhere, cookies.outsider)).status).toBe(404);
    const bad = await get('/api/statistics/referrals.csv?scope=AGENCY&from=yesterday', cookies.officer);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await get('/api/statistics/referrals.csv?scope=AGENCY&exact=true', cookies.officer)).status).toBe(200);
    expect((await auditRows('statistics.export.referrals')).length).toBe(before + 1);
  });

  it("lists the mechanisms a caller may ask figures of: all for a statistician, one's own otherwise", async () => {
    const query = `{ statisticsMechanisms { id names { es } crossingPoints { id name } } }`;
    const mine = await graphqlAs(server, cookies.officer)(query);
    const list = (mine.data as { statisticsMechanisms: { id: string; crossingPoints: { name: string }[] }[] })
      .statisticsMechanisms;
    expect(list.map((m) => m.id)).toEqual([world.mechanism.id]);
    expect(list[0]!.crossingPoints.map((p) => p.name)).toEqual(['Tecún Umán - Ciudad Hidalgo']);
    const all = await graphqlAs(server, cookies.statistician)(query);
    expect((all.data as { statisticsMechanisms: { id: string }[] }).statisticsMechanisms.map((m) => m.id)).toContain(
      world.mechanism.id,
    );
    const refused = await graphqlAs(server, cookies.auditor)(query);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
