import { AgencyKind } from '../../server/src/modules/identity';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import { KEY_A, keysEnv, protectionAgency, type Staff } from './protection-fixtures';

const PATH = '/api/directory/hsds/services';

/** Another directory's shelter, as Open Referral HSDS 3.0 writes a service. */
const SHELTER = {
  id: 'ext-1',
  name: 'Casa Refugio Esperanza',
  description: 'Albergue para mujeres y sus hijas e hijos.',
  status: 'active',
  eligibility_description: 'Mujeres de 18 años o más',
  minimum_age: 18,
  languages: [{ code: 'es' }, { code: 'EN' }],
  service_areas: [{ name: 'Alajuela' }],
  schedules: [{ description: '24 horas' }],
  phones: [{ number: '+506 2222 0000' }],
  capacities: [{ maximum: 12, description: 'LIMITED' }],
  attributes: [
    { taxonomy_term: { code: 'SAFE_SHELTER', vocabulary: 'enlace-protection-service' } },
    { taxonomy_term: { code: 'SOMETHING_ELSE' } },
  ],
  service_at_locations: [{ location: { addresses: [{ address_1: 'Alajuela centro', country: 'CR' }] } }],
};

/** The same shelter as a row of HSDS's services.csv, with the related tables' fields as `<table>.<field>`. */
const CSV_HEADER =
  'id,name,description,status,eligibility_description,minimum_age,languages.code,service_areas.name,' +
  'schedules.description,phones.number,capacities.maximum,capacities.description,attributes.taxonomy_term_id,' +
  'addresses.address_1';
const csvRow = (name: string) =>
  `ext-${name},"${name}","Albergue, con ""comillas""",active,Mujeres,18,es;EN,Alajuela,24 horas,+506 2222 0000,12,` +
  `LIMITED,SAFE_SHELTER;SOMETHING_ELSE,Alajuela centro`;

describe('HSDS import: an agency admin adds services from another directory, checked as a whole', () => {
  let api: TestServer;
  let staff: Record<'admin' | 'worker', Staff>;

  beforeAll(async () => {
    api = await startTestServer(keysEnv(`k1:${KEY_A}`));
    staff = (
      await protectionAgency(
        api.server.orm,
        'CR',
        'America/Costa_Rica',
        { admin: Role.AGENCY_ADMIN, worker: Role.CASE_WORKER },
        AgencyKind.NGO_SERVICE_PROVIDER,
      )
    ).staff;
  });
  afterAll(() => api.stop());

  const upload = (cookie: string, body: unknown, type = 'application/json') =>
    fetch(`${api.url}${PATH}`, {
      method: 'POST',
      headers: { cookie, 'content-type': type, 'x-requested-with': 'test' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const uploadCsv = (cookie: string, lines: string[]) => upload(cookie, lines.join('\r\n'), 'text/csv');
  const read = async (id: string, fields: string) =>
    (
      await api.graphql<{ directoryService: Record<string, unknown> }>(
        `query ($id: ID!) { directoryService(id: $id) { ${fields} } }`,
        { id },
        { cookie: staff.worker!.cookie },
      )
    ).data!.directoryService;
  const count = async () =>
    (
      await api.graphql<{ directoryServices: { nodes: unknown[] } }>(
        '{ directoryServices(first: 100) { nodes { id } } }',
        {},
        { cookie: staff.worker!.cookie },
      )
    ).data!.directoryServices.nodes.length;

  it('creates the services of the file for the admin’s agency, mapped from HSDS', async () => {
    const response = await upload(staff.admin!.cookie, [SHELTER]);
    expect(response.status).toBe(201);
    const { ids } = (await response.json()) as { ids: string[] };
    const saved = await api.graphql<{ directoryService: Record<string, unknown> }>(
      `query ($id: ID!) { directoryService(id: $id) { name types minimumAge languages hours areaServed address phone
        capacity availability active } }`,
      { id: ids[0] },
      { cookie: staff.worker!.cookie },
    );
    expect(saved.data!.directoryService).toEqual({
      name: 'Casa Refugio Esperanza',
      types: ['SAFE_SHELTER'],
      minimumAge: 18,
      languages: ['es', 'en'],
      hours: '24 horas',
      areaServed: 'Alajuela',
      address: 'Alajuela centro',
      phone: '+506 2222 0000',
      capacity: 12,
      availability: 'LIMITED',
      active: true,
    });
  });

  it('creates nothing when one service of the file is invalid, and names it', async () => {
    const before = await count();
    const response = await upload(staff.admin!.cookie, {
      services: [
        { ...SHELTER, name: 'Otro albergue' },
        { ...SHELTER, name: '', attributes: [] },
      ],
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'error.protection.directory.importInvalid',
      fields: {
        'services.1.name': 'error.protection.directory.nameRequired',
        'services.1.types': 'error.protection.directory.typesRequired',
      },
    });
    expect(await count()).toBe(before);
  });

  it('imports HSDS services.csv the same way, row by row, with a byte-order mark', async () => {
    const response = await uploadCsv(staff.admin!.cookie, [`\uFEFF${CSV_HEADER}`, csvRow('Casa CSV'), '']);
    expect(response.status).toBe(201);
    const { ids, created } = (await response.json()) as { ids: string[]; created: number };
    expect(created).toBe(1);
    const fields =
      'name description types minimumAge languages hours areaServed address phone capacity availability active';
    expect(await read(ids[0]!, fields)).toEqual({
      name: 'Casa CSV',
      description: 'Albergue, con "comillas"',
      types: ['SAFE_SHELTER'],
      minimumAge: 18,
      languages: ['es', 'en'],
      hours: '24 horas',
      areaServed: 'Alajuela',
      address: 'Alajuela centro',
      phone: '+506 2222 0000',
      capacity: 12,
      availability: 'LIMITED',
      active: true,
    });
  });

  it('creates nothing from a CSV with one bad row, naming the row and the field', async () => {
    const before = await count();
    const response = await uploadCsv(staff.admin!.cookie, [
      CSV_HEADER,
      csvRow('Fila buena'),
      csvRow('Otra buena'),
      csvRow('Tercera'),
      csvRow('').replace(',12,', ',doce,').replace('SAFE_SHELTER;SOMETHING_ELSE', ''),
    ]);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'error.protection.directory.importInvalid',
      fields: {
        'services.3.name': 'error.protection.directory.nameRequired',
        'services.3.types': 'error.protection.directory.typesRequired',
        'services.3.capacity': 'error.protection.directory.capacityInvalid',
      },
    });
    expect(await count()).toBe(before);
  });

  it('stores formula-like CSV cells as the text they are', async () => {
    const formula = '=HYPERLINK("http://evil.example","x")';
    const response = await uploadCsv(staff.admin!.cookie, [
      'name,description,eligibility_description,phones.number,attributes.taxonomy_term_id',
      `"${formula.replace(/"/g, '""')}",@SUM(1+1),-2+3,+506 1,LEGAL_AID`,
    ]);
    expect(response.status).toBe(201);
    const { ids } = (await response.json()) as { ids: string[] };
    expect(await read(ids[0]!, 'name description eligibility phone types')).toEqual({
      name: formula,
      description: '@SUM(1+1)',
      eligibility: '-2+3',
      phone: '+506 1',
      types: ['LEGAL_AID'],
    });
  });

  it('refuses a CSV that is not a table, has too many columns or rows', async () => {
    const key = async (response: Response) => [
      response.status,
      ((await response.json()) as { messageKey: string }).messageKey,
    ];
    expect(await key(await uploadCsv(staff.admin!.cookie, ['name,description', 'a,b,c,d']))).toEqual([
      400,
      'error.protection.directory.importNotCsv',
    ]);
    const wide = Array.from({ length: 61 }, (_, index) => `c${index}`).join(',');
    expect(await key(await uploadCsv(staff.admin!.cookie, [wide, wide]))).toEqual([
      400,
      'error.protection.directory.importNotCsv',
    ]);
    expect(await key(await uploadCsv(staff.admin!.cookie, [CSV_HEADER]))).toEqual([
      400,
      'error.protection.directory.importNotServices',
    ]);
    const many = [CSV_HEADER, ...Array<string>(201).fill(csvRow('Muchos'))];
    expect(await key(await uploadCsv(staff.admin!.cookie, many))).toEqual([
      400,
      'error.protection.directory.importTooMany',
    ]);
    expect((await uploadCsv(staff.worker!.cookie, [CSV_HEADER, csvRow('No')])).status).toBe(403);
  });

  it('refuses what is not a list of services, too many, other roles and anonymous callers', async () => {
    const key = async (response: Response) => [
      response.status,
      ((await response.json()) as { messageKey: string }).messageKey,
    ];
    expect(await key(await upload(staff.admin!.cookie, '{not json'))).toEqual([
      400,
      'error.protection.directory.importNotJson',
    ]);
    expect(await key(await upload(staff.admin!.cookie, { hello: 1 }))).toEqual([
      400,
      'error.protection.directory.importNotServices',
    ]);
    expect(await key(await upload(staff.admin!.cookie, Array(201).fill(SHELTER)))).toEqual([
      400,
      'error.protection.directory.importTooMany',
    ]);
    expect((await upload(staff.worker!.cookie, [SHELTER])).status).toBe(403);
    expect((await upload('', [SHELTER])).status).toBe(401);
  });
});
