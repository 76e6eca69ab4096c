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

describe('HSDS import: an agency admin adds services from another directory, checked as a whole', () => {
  let api: TestServer;
  let staff: Record<string, Staff>;

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

  const upload = (cookie: string, body: unknown) =>
    fetch(`${api.url}${PATH}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-requested-with': 'test' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

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
    const count = async () =>
      (
        await api.graphql<{ directoryServices: { nodes: unknown[] } }>(
          '{ directoryServices(first: 100) { nodes { id } } }',
          {},
          { cookie: staff.worker!.cookie },
        )
      ).data!.directoryServices.nodes.length;
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
