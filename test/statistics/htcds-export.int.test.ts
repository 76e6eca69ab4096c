import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { registerSurvivor } from '../../server/src/modules/protection';
import { ReferralCategory, ReferralStatus } from '../../server/src/modules/referrals';
import { PersonSex, ReferralPersonRole } from '../../server/src/modules/referrals/referral.enums';
import { HTCDS_COLUMNS, smallestClass } from '../../server/src/modules/statistics/htcds-anonymity';
import { Role } from '../../server/src/platform/authz/roles';
import {
  aBorderWorld,
  aMechanism,
  type BorderWorld,
  contextFor,
  cookieFor,
  referralIn,
  type WorldUser,
} from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The anonymised case-level dataset (HTCDS) leaves the server only k-anonymous: the test recounts the equivalence
 * classes from the downloaded file itself, looks for anything that names a person, and checks who is refused.
 */
describe('HTCDS case-level export', () => {
  let server: TestServer;
  let world: BorderWorld;
  let statistician: WorldUser;
  let cookies: Record<'statistician' | 'secretariat' | 'officer' | 'auditor' | 'memberSecretariat', string>;
  let otherMechanismId: string;
  const NAMES = ['Marisol Escondida', 'Rigoberto Oculto', 'Ana Reservada'];

  const victim = (sex: PersonSex, estimatedAge: number, nationality: string, givenNames = NAMES[2]) => ({
    role: ReferralPersonRole.POSSIBLE_VICTIM,
    givenNames,
    familyNames: 'Apellido Secreto',
    sex,
    estimatedAge,
    nationality,
  });

  beforeAll(async () => {
    server = await startTestServer();
    const orm = server.server.orm;
    world = await aBorderWorld(orm);
    statistician = await world.colleagueIn('sameCountry', [Role.STATISTICIAN]);
    const worker = world.users.senderCaseWorker;
    // Survivors: 12 girls of 16 from HN in sexual exploitation (a class of 12), 3 men of 34 in forced labour (3).
    const survivors = [
      ...Array.from({ length: 12 }, () => ({ sex: 'FEMALE', age: 16, kinds: ['SEXUAL_EXPLOITATION'] })),
      ...Array.from({ length: 3 }, () => ({ sex: 'MALE', age: 34, kinds: ['FORCED_LABOUR'] })),
    ];
    for (const [i, person] of survivors.entries())
      await registerSurvivor(contextFor(orm, worker), {
        givenNames: i % 2 ? NAMES[0] : NAMES[1],
        familyNames: `Familia ${i}`,
        estimatedAge: person.age,
        sex: person.sex,
        nationality: 'HN',
        exploitations: person.kinds.map((kind) => ({ kind, countryCode: 'GT', place: 'Finca El Secreto' })),
      } as never);
    // Trafficking referrals through the mechanism: 11 women of 25 from VE (one class), 2 men of 40 from CO.
    await referralIn(orm, world, ReferralStatus.SENT, {
      category: ReferralCategory.SUSPECTED_TRAFFICKING,
      persons: [
        ...Array.from({ length: 11 }, () => victim(PersonSex.FEMALE, 25, 'VE')),
        victim(PersonSex.MALE, 40, 'CO'),
        victim(PersonSex.MALE, 40, 'CO'),
      ],
    });
    // Not trafficking cases: victims in a smuggling incident, a trafficking referral still in draft.
    await referralIn(orm, world, ReferralStatus.SENT, {
      persons: Array.from({ length: 12 }, () => victim(PersonSex.FEMALE, 25, 'VE')),
    });
    await referralIn(orm, world, ReferralStatus.DRAFT, {
      category: ReferralCategory.SUSPECTED_TRAFFICKING,
      persons: Array.from({ length: 12 }, () => victim(PersonSex.FEMALE, 25, 'VE')),
    });
    // Another mechanism whose secretariat the sending agency runs: its SECRETARIAT user may export that one only.
    const other = await aMechanism(orm, {
      name: `Otra ${world.tag}`,
      countries: ['GT', 'BZ'],
      members: [world.agencies.sender, world.agencies.foreign],
      secretariat: world.agencies.sender,
    });
    otherMechanismId = other.id;
    const memberSecretariat = await world.colleagueIn('sender', [Role.SECRETARIAT]);
    cookies = {
      statistician: await cookieFor(orm, statistician),
      secretariat: await cookieFor(orm, world.users.secretariat),
      officer: await cookieFor(orm, world.users.senderOfficer),
      auditor: await cookieFor(orm, await world.colleagueIn('sender', [Role.AUDITOR])),
      memberSecretariat: await cookieFor(orm, memberSecretariat),
    };
  }, 180_000);
  afterAll(() => server?.stop());

  const get = (path: string, cookie: string) => fetch(`${server.url}${path}`, { headers: { cookie } });
  const recordsOf = async (response: Response) => {
    const text = await response.text();
    const rows: string[][] = parse(text, { bom: true });
    return { text, header: rows[0]!, records: rows.slice(1) };
  };
  const countWhere = (records: string[][], column: string, value: string) =>
    records.filter((record) => record[HTCDS_COLUMNS.indexOf(column as never)] === value).length;

  it('releases the region to a statistician with no equivalence class smaller than k and nothing that names anyone', async () => {
    const response = await get('/api/statistics/htcds.csv?scope=REGION', cookies.statistician);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const { text, header, records } = await recordsOf(response);
    expect(header).toEqual([...HTCDS_COLUMNS]);
    expect(smallestClass(records)).toBeGreaterThanOrEqual(11);
    // The 12 girls and the 11 women referred are released; the 3 men and the 2 referred men are withheld.
    expect(records).toHaveLength(23);
    expect(countWhere(records, 'dataSource', 'PROTECTION_CASE')).toBe(12);
    expect(countWhere(records, 'dataSource', 'BORDER_REFERRAL')).toBe(11);
    expect(countWhere(records, 'gender', 'Male')).toBe(0);
    const girl = records.find((record) => record[1] === 'PROTECTION_CASE')!;
    expect(Object.fromEntries(HTCDS_COLUMNS.map((column, i) => [column, girl[i]]))).toEqual({
      yearOfRegistration: String(new Date().getUTCFullYear()),
      dataSource: 'PROTECTION_CASE',
      gender: 'Female',
      ageBroad: '9-17',
      majorityStatus: 'Minor',
      citizenship: 'HN',
      isForcedLabour: '0',
      isSexualExploit: '1',
      isForcedMarriage: '0',
      isOtherExploit: '0',
      isSexAndLabour: '0',
      typeOfExploitConcatenated: 'Sexual exploitation',
    });
    // No direct identifier: no name, no place, no id, no code, no date.
    for (const secret of [...NAMES, 'Apellido Secreto', 'Familia', 'Finca El Secreto', 'SV-'])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('withholds more with a larger k, refuses a k below the floor, and writes an audit event per download', async () => {
    const strict = await recordsOf(await get('/api/statistics/htcds.csv?scope=REGION&k=12', cookies.statistician));
    expect(strict.records).toHaveLength(12);
    expect(smallestClass(strict.records)).toBeGreaterThanOrEqual(12);
    const low = await get('/api/statistics/htcds.csv?scope=REGION&k=5', cookies.statistician);
    expect(low.status).toBe(400);
    expect(await low.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
    const audit = await server.server.orm.em
      .fork()
      .execute<{ actor_id: string; details: Record<string, unknown> }[]>(
        `select actor_id, details from audit_event where action = 'statistics.export.htcds' order by seq`,
      );
    expect(audit.at(-1)).toMatchObject({
      actor_id: statistician.id,
      details: expect.objectContaining({ format: 'csv', scope: 'REGION', k: 12, rows: 12, suppressed: 16 }),
    });
  });

  it("gives a mechanism's secretariat the mechanism's cases only, as CSV and as a workbook", async () => {
    const path = `/api/statistics/htcds.csv?scope=MECHANISM&mechanismId=${world.mechanism.id}`;
    const { records } = await recordsOf(await get(path, cookies.secretariat));
    // The survivors were never referred to services through the mechanism: only the referred women are its cases.
    expect(records).toHaveLength(11);
    expect(countWhere(records, 'dataSource', 'BORDER_REFERRAL')).toBe(11);
    const xlsx = await get(path.replace('.csv', '.xlsx'), cookies.secretariat);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('cases')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HTCDS_COLUMNS]);
    expect(sheet.rowCount).toBe(12);
  });

  it('refuses everyone else: another mechanism, the region, a liaison officer, an auditor', async () => {
    const mine = `/api/statistics/htcds.csv?scope=MECHANISM&mechanismId=${world.mechanism.id}`;
    expect((await get(mine, cookies.memberSecretariat)).status).toBe(403);
    expect((await get(mine, cookies.officer)).status).toBe(403);
    expect((await get(mine, cookies.auditor)).status).toBe(403);
    expect((await get('/api/statistics/htcds.csv?scope=REGION', cookies.secretariat)).status).toBe(403);
    const theirs = `/api/statistics/htcds.csv?scope=MECHANISM&mechanismId=${otherMechanismId}`;
    expect((await get(theirs, cookies.secretariat)).status).toBe(403);
    expect((await get(theirs, cookies.memberSecretariat)).status).toBe(200);
  });
});
