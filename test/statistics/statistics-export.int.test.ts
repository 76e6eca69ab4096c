import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
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
import { pdfText } from '../support/pdf-text';
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
        const row = rows.find((r) => r.table === table.dimension && r.key?.replace(/^'/, '') === cell.key);
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
        const row = rows.find((r) => r.table === table.dimension && r.key?.replace(/^'/, '') === cell.key);
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
  /** The "figures" sheet of a workbook, as header-keyed rows of cell values, and whether any cell is a formula. */
  const sheetOf = async (response: Response) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('figures')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const rows: Record<string, unknown>[] = [];
    let formulas = 0;
    sheet.eachRow((row, number) => {
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas += 1;
      });
      if (number === 1) return;
      rows.push(Object.fromEntries(header.map((name, i) => [name, row.getCell(i + 1).value ?? null])));
    });
    const request = workbook.getWorksheet('request')!;
    const asked: Record<string, unknown> = {};
    request.eachRow((row, number) => {
      if (number > 1) asked[String(row.getCell(1).value)] = row.getCell(2).value;
    });
    return { header, rows, formulas, asked };
  };

  it('gives the same tables as XLSX, cell by cell as the query does, suppressed cells empty, formulas defused', async () => {
    const path = `/api/statistics/referrals.xlsx?scope=MECHANISM&mechanismId=${world.mechanism.id}`;
    const response = await get(path, cookies.statistician);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toContain('referrals-statistics.xlsx');
    const { header, rows, formulas, asked } = await sheetOf(response);
    expect(header).toEqual(['table', 'parent', 'key', 'count', 'suppressed', 'threshold']);
    expect(formulas).toBe(0);
    expect(asked).toMatchObject({ scope: 'MECHANISM', mechanismId: world.mechanism.id, disclosure: 'STANDARD' });
    const query = `query ($input: ReferralStatisticsInput!) { referralStatistics(input: $input) {
      total { count } overdue { count suppression } tables { dimension cells { key parent count suppression } } } }`;
    const answer = await graphqlAs(server, cookies.statistician)(query, {
      input: { scope: 'MECHANISM', mechanismId: world.mechanism.id },
    });
    const figures = (answer.data as { referralStatistics: unknown }).referralStatistics as {
      total: { count: number };
      overdue: { count: number | null; suppression: string | null };
      tables: {
        dimension: string;
        cells: { key: string; parent: string | null; count: number | null; suppression: string | null }[];
      }[];
    };
    expect(rows[0]).toMatchObject({ table: 'TOTAL', count: 15, suppressed: null, threshold: 5 });
    expect(rows[1]).toMatchObject({ table: 'OVERDUE', count: figures.overdue.count });
    // Every published cell, in the query's order, with the same count (a number) or the same empty suppressed cell.
    const expected = figures.tables.flatMap((table) =>
      table.cells.map((cell) => ({
        table: table.dimension,
        parent: cell.parent ?? null,
        count: cell.count,
        suppressed: cell.suppression,
        threshold: 5,
      })),
    );
    expect(rows.slice(2).map(({ key: _key, ...rest }) => rest)).toEqual(expected);
    expect(rows.slice(2).map((row) => String(row.key).replace(/^'/, ''))).toEqual(
      figures.tables.flatMap((table) => table.cells.map((cell) => cell.key)),
    );
    expect(rows.find((row) => row.table === 'STATUS' && row.key === 'ACKNOWLEDGED')).toMatchObject({
      count: null,
      suppressed: 'PRIMARY',
    });
    expect(rows.filter((row) => row.table === 'DECLINE_REASON').map((row) => row.key)).toEqual([
      `'=hyperlink("http://example.org")`,
    ]);
    const audit = await auditRows('statistics.export.referrals');
    expect(audit.at(-1)).toMatchObject({
      actor_id: statistician.id,
      details: expect.objectContaining({ format: 'xlsx', scope: 'MECHANISM', rows: rows.length }),
    });
  });

  it('gives the protection workbook under the same control (never exact) and refuses what the CSV refuses', async () => {
    const response = await get('/api/statistics/protection.xlsx?scope=REGION&disclosure=CTDC', cookies.statistician);
    expect(response.status).toBe(200);
    const { rows } = await sheetOf(response);
    // 8 survivors are below the CTDC threshold of 11: hidden, never given as a number.
    expect(rows.find((row) => row.table === 'SURVIVORS')).toMatchObject({ count: null, threshold: 11 });
    expect(rows.filter((row) => typeof row.count === 'number' && row.count > 0 && row.count < 11)).toEqual([]);
    expect((await get('/api/statistics/protection.xlsx?scope=AGENCY&exact=true', cookies.officer)).status).toBe(400);
    expect((await get('/api/statistics/referrals.xlsx?scope=REGION')).status).toBe(401);
    expect((await get('/api/statistics/referrals.xlsx?scope=REGION', cookies.auditor)).status).toBe(403);
    const elsewhere = `/api/statistics/coordination.xlsx?scope=MECHANISM&mechanismId=${world.mechanism.id}`;
    expect((await get(elsewhere, cookies.outsider)).status).toBe(404);
  });
  it('publishes the tables as a PDF: title, period, scope, the figures, suppressed cells marked, the method', async () => {
    const from = '2020-01-01T00:00:00.000Z';
    const to = '2100-01-01T00:00:00.000Z';
    const path = `/api/statistics/referrals.pdf?scope=MECHANISM&mechanismId=${world.mechanism.id}&from=${from}&to=${to}&lang=en`;
    const response = await get(path, cookies.statistician);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const { text } = await pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('Referral statistics');
    expect(text).toContain('Period: 1 January 2020 – 1 January 2100');
    expect(text).toMatch(/Scope: Mechanism: \S/);
    expect(text).toContain('Disclosure control: k = 5');
    expect(text).toContain('Methodology note');
    // Every cell of the query is in the PDF: its count, or the word for a suppressed cell, never a zero for it.
    const answer = await graphqlAs(server, cookies.statistician)(
      `query ($input: ReferralStatisticsInput!) { referralStatistics(input: $input) {
        total { count } tables { dimension cells { key count suppression } } } }`,
      { input: { scope: 'MECHANISM', mechanismId: world.mechanism.id, from, to } },
    );
    const figures = (answer.data as { referralStatistics: unknown }).referralStatistics as {
      total: { count: number };
      tables: { dimension: string; cells: { key: string; count: number | null; suppression: string | null }[] }[];
    };
    expect(text).toContain(`TOTAL ${figures.total.count}`);
    const status = figures.tables.find((table) => table.dimension === 'STATUS')!;
    for (const cell of status.cells) {
      const shown =
        cell.count === null ? (cell.suppression === 'SECONDARY' ? 'suppressed (secondary)' : 'suppressed') : cell.count;
      expect(text).toContain(`${cell.key} ${shown}`);
    }
    expect(text).toContain('ACKNOWLEDGED suppressed');
    // Each table has its chart first: the title, every bar's label and count, a suppressed bar marked, not zero.
    expect(text).toContain('Chart: STATUS');
    const chart = text.slice(text.indexOf('Chart: STATUS'), text.indexOf('Value Count', text.indexOf('Chart: STATUS')));
    expect(chart).not.toBe('');
    for (const cell of status.cells) {
      expect(chart).toContain(cell.key);
      if (cell.count !== null) expect(chart).toContain(`${cell.key} ${cell.count}`);
    }
    expect(chart).toMatch(/ACKNOWLEDGED suppressed/);
    expect(chart).not.toMatch(/ACKNOWLEDGED 0/);
    const audit = await auditRows('statistics.export.referrals');
    expect(audit.at(-1)).toMatchObject({ details: expect.objectContaining({ format: 'pdf', scope: 'MECHANISM' }) });

    const spanish = await get('/api/statistics/protection.pdf?scope=REGION', cookies.statistician);
    expect(spanish.status).toBe(200);
    const protection = (await pdfText(Buffer.from(await spanish.arrayBuffer()))).text;
    expect(protection).toContain('Estadísticas de protección');
    expect(protection).toContain('SURVIVORS 8');
    expect(protection).toContain('MALE oculto');
    expect(protection).toContain('Gráfico: SEX');
    expect(protection).toContain('Nota metodológica');
    expect((await get('/api/statistics/referrals.pdf?scope=REGION', cookies.officer)).status).toBe(403);
  });
});
