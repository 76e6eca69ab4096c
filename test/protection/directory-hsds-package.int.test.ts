import { strToU8, zipSync } from 'fflate';
import { AgencyKind } from '../../server/src/modules/identity';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import { KEY_A, keysEnv, protectionAgency, type Staff } from './protection-fixtures';

const PATH = '/api/directory/hsds/services';

/** A small HSDS tabular data package: two services, their organisation, one location with its address. */
const PACKAGE: Record<string, string> = {
  'services.csv':
    'id,organization_id,name,description,status,eligibility_description,minimum_age\r\n' +
    's1,o1,Casa Paquete,"Albergue, con ""comillas""",active,Mujeres,18\r\n' +
    's2,o1,Clínica Paquete,Atención médica,active,,\r\n',
  'organizations.csv': 'id,name,email\r\no1,Fundación Paquete,info@paquete.example\r\n',
  'locations.csv': 'id,organization_id,name\r\nl1,o1,Sede Alajuela\r\n',
  'service_at_location.csv': 'id,service_id,location_id\r\nsl1,s1,l1\r\n',
  'addresses.csv': 'id,location_id,address_1,country\r\na1,l1,Alajuela centro,CR\r\n',
  'phones.csv': 'id,service_id,number\r\np1,s1,+506 2222 0000\r\np2,s2,+506 2222 0002\r\n',
  'languages.csv': 'id,service_id,code\r\nla1,s1,es\r\nla2,s1,en\r\nla3,s2,es\r\n',
  'schedules.csv': 'id,service_id,description\r\nsc1,s1,24 horas\r\n',
  'service_capacity.csv': 'id,service_id,maximum,description\r\nc1,s1,12,LIMITED\r\n',
  'attributes.csv':
    'id,link_id,link_type,taxonomy_term_id\r\nat1,s1,service,SAFE_SHELTER\r\nat2,s2,service,MEDICAL_CARE\r\n',
  'datapackage.json': '{"name":"hsds"}',
};
const zipOf = (files: Record<string, string>) =>
  Buffer.from(
    zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [`hsds/${name}`, strToU8(text)]))),
  );

describe('HSDS data package import: several CSV files in a ZIP, linked by ids, checked as a whole', () => {
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

  const upload = (cookie: string, body: Buffer) =>
    fetch(`${api.url}${PATH}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/zip', 'x-requested-with': 'test' },
      body,
    });
  const names = async () =>
    (
      await api.graphql<{ directoryServices: { nodes: { name: string }[] } }>(
        '{ directoryServices(first: 50, search: "Paquete") { nodes { name } } }',
        {},
        { cookie: staff.admin!.cookie },
      )
    ).data!.directoryServices.nodes.map((node) => node.name);

  it('creates each service with what the linked tables say of it', async () => {
    const response = await upload(staff.admin!.cookie, zipOf(PACKAGE));
    expect(response.status).toBe(201);
    const answer = (await response.json()) as { created: number; ids: string[] };
    expect(answer.created).toBe(2);
    const read = await api.graphql<{ directoryService: Record<string, unknown> }>(
      `query ($id: ID!) { directoryService(id: $id) { name types minimumAge languages hours address phone email
        capacity availability } }`,
      { id: answer.ids[0] },
      { cookie: staff.admin!.cookie },
    );
    expect(read.data!.directoryService).toEqual({
      name: 'Casa Paquete',
      types: ['SAFE_SHELTER'],
      minimumAge: 18,
      languages: ['es', 'en'],
      hours: '24 horas',
      address: 'Alajuela centro',
      phone: '+506 2222 0000',
      email: 'info@paquete.example',
      capacity: 12,
      availability: 'LIMITED',
    });
  });

  it('creates nothing when a row is wrong, naming the file, the row and the field', async () => {
    const before = await names();
    const response = await upload(
      staff.admin!.cookie,
      zipOf({
        ...PACKAGE,
        'services.csv': PACKAGE['services.csv']!.replace('s2,o1,Clínica Paquete', 's2,o1,').replace(
          ',18\r\n',
          ',dieciocho\r\n',
        ),
        'phones.csv': PACKAGE['phones.csv'] + 'p3,s9,+506 0000 0000\r\n',
      }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { messageKey: string; fields: Record<string, string> };
    expect(body.messageKey).toBe('error.protection.directory.importInvalid');
    expect(body.fields).toEqual({
      'services.csv.0.minimum_age': 'error.protection.directory.numberInvalid',
      'services.csv.1.name': expect.stringMatching(/^error\./),
      'phones.csv.2.service_id': 'error.protection.directory.packageUnknownService',
    });
    expect(await names()).toEqual(before);
  });

  it('refuses what is not a package, has no services.csv, unpacks too large, or comes from a case worker', async () => {
    const key = async (response: Response) => [
      response.status,
      ((await response.json()) as { messageKey: string }).messageKey,
    ];
    expect(await key(await upload(staff.admin!.cookie, Buffer.from('PK not a zip')))).toEqual([
      400,
      'error.protection.directory.importNotZip',
    ]);
    const { 'services.csv': _services, ...withoutServices } = PACKAGE;
    void _services;
    expect(await key(await upload(staff.admin!.cookie, zipOf(withoutServices)))).toEqual([
      400,
      'error.protection.directory.packageNoServices',
    ]);
    // A few kilobytes that inflate to megabytes: refused on the sizes the ZIP declares, before inflating.
    const bomb = zipOf({ ...PACKAGE, 'schedules.csv': 'id,service_id,description\r\n' + 'x'.repeat(3_000_000) });
    expect(bomb.length).toBeLessThan(100_000);
    expect(await key(await upload(staff.admin!.cookie, bomb))).toEqual([
      400,
      'error.protection.directory.packageTooLarge',
    ]);
    expect((await upload(staff.worker!.cookie, zipOf(PACKAGE))).status).toBe(403);
  });
});
