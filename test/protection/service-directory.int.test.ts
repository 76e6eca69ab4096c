import { AgencyKind, MechanismKind } from '../../server/src/modules/identity';
import { Role } from '../../server/src/platform/authz/roles';
import { aMechanism } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import { KEY_A, keysEnv, protectionAgency, register, type Staff } from './protection-fixtures';

const SAVE = `mutation ($input: DirectoryServiceInput!) { saveDirectoryService(input: $input) {
  id name types languages availability countryCode agency { id } } }`;
const LIST = `query ($countryCode: String, $type: ProtectionService, $language: String, $availableOnly: Boolean,
  $search: String, $first: Int, $after: String) {
  directoryServices(countryCode: $countryCode, type: $type, language: $language, availableOnly: $availableOnly,
    search: $search, first: $first, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }`;

const HOGAR = {
  name: 'Albergue Hogar Seguro Liberia',
  description: 'Albergue temporal para mujeres sobrevivientes de trata',
  types: ['SAFE_SHELTER', 'PSYCHOSOCIAL_SUPPORT'],
  eligibility: 'Mujeres de 18 años o más, cualquier nacionalidad',
  minimumAge: 18,
  languages: ['es', 'en', 'miq'],
  hours: '24 horas, todos los días',
  areaServed: 'Guanacaste',
  address: 'Barrio La Victoria, Liberia',
  phone: '+506 2666 0000',
  capacity: 24,
  availability: 'LIMITED',
};

describe('The directory of services: kept by agency admins, searched by everyone, exported as HSDS, picked when referring', () => {
  let api: TestServer;
  let shelter: { id: string; staff: Record<'admin' | 'worker', Staff> };
  let clinic: { id: string; staff: Record<'admin', Staff> };
  let pani: Record<'worker', Staff>;

  beforeAll(async () => {
    api = await startTestServer(keysEnv(`k1:${KEY_A}`));
    const orm = api.server.orm;
    const ngo = AgencyKind.NGO_SERVICE_PROVIDER;
    const home = await protectionAgency(
      orm,
      'CR',
      'America/Costa_Rica',
      { admin: Role.AGENCY_ADMIN, worker: Role.CASE_WORKER },
      ngo,
    );
    shelter = { id: home.agency.id, staff: home.staff };
    const health = await protectionAgency(orm, 'GT', 'America/Guatemala', { admin: Role.AGENCY_ADMIN }, ngo);
    clinic = { id: health.agency.id, staff: health.staff };
    const holder = await protectionAgency(orm, 'CR', 'America/Costa_Rica', { worker: Role.CASE_WORKER });
    pani = holder.staff;
    await aMechanism(orm, { kind: MechanismKind.NATIONAL, countries: ['CR'], members: [holder.agency, home.agency] });
  });
  afterAll(() => api.stop());

  const save = (cookie: string, input: Record<string, unknown>) =>
    api.graphql<{ saveDirectoryService: { id: string } & Record<string, unknown> }>(SAVE, { input }, { cookie });
  const list = async (variables: Record<string, unknown>) =>
    (
      await api.graphql<{ directoryServices: { nodes: { id: string; name: string }[] } }>(LIST, variables, {
        cookie: pani.worker.cookie,
      })
    ).data!.directoryServices.nodes.map((node) => node.name);

  it('is kept by the agency admins only, and searched by country, type, language and availability', async () => {
    const saved = await save(shelter.staff.admin.cookie, HOGAR);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveDirectoryService).toMatchObject({ countryCode: 'CR', agency: { id: shelter.id } });
    const id = saved.data!.saveDirectoryService.id;
    await save(clinic.staff.admin.cookie, {
      name: 'Clínica Esperanza Tecún Umán',
      types: ['MEDICAL_CARE'],
      languages: ['es', 'mam'],
      availability: 'FULL',
    });
    expect((await save(shelter.staff.worker.cookie, HOGAR)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await save(clinic.staff.admin.cookie, { ...HOGAR, id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await save(shelter.staff.admin.cookie, { ...HOGAR, types: [] })).errors?.[0]?.extensions?.fields).toEqual({
      'input.types': 'error.protection.directory.typesRequired',
    });

    expect(await list({ countryCode: 'CR', type: 'SAFE_SHELTER' })).toContain(HOGAR.name);
    expect(await list({ countryCode: 'GT', type: 'SAFE_SHELTER' })).not.toContain(HOGAR.name);
    expect(await list({ language: 'miq' })).toEqual([HOGAR.name]);
    expect(await list({ search: 'tecún' })).toEqual(['Clínica Esperanza Tecún Umán']);
    expect(await list({ availableOnly: true, search: 'tecún' })).toEqual([]);
    const firstPage = await api.graphql<{
      directoryServices: { pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(LIST, { first: 1 }, { cookie: pani.worker.cookie });
    expect(firstPage.data!.directoryServices.pageInfo.hasNextPage).toBe(true);
    const second = await list({ first: 1, after: firstPage.data!.directoryServices.pageInfo.endCursor });
    expect(second).toHaveLength(1);

    // Taken out of the directory: nobody else finds it.
    await save(clinic.staff.admin.cookie, { name: 'Retirado', types: ['LEGAL_AID'], active: false });
    expect(await list({ search: 'Retirado' })).toEqual([]);
  });

  it('exports the directory as Open Referral HSDS services, organization and location nested, to signed-in users', async () => {
    const anonymous = await fetch(`${api.url}/api/directory/hsds/services`);
    expect(anonymous.status).toBe(401);
    const response = await fetch(`${api.url}/api/directory/hsds/services?countryCode=CR&type=SAFE_SHELTER`, {
      headers: { cookie: pani.worker.cookie },
    });
    expect(response.status).toBe(200);
    const services = (await response.json()) as Record<string, unknown>[];
    const hogar = services.find((service) => service.name === HOGAR.name)!;
    expect(hogar).toMatchObject({
      organization_id: shelter.id,
      status: 'active',
      eligibility_description: HOGAR.eligibility,
      minimum_age: 18,
      languages: [{ code: 'es' }, { code: 'en' }, { code: 'miq' }],
      service_areas: [{ name: 'Guanacaste' }],
      schedules: [{ description: HOGAR.hours }],
      phones: [{ number: HOGAR.phone }],
      capacities: [{ maximum: 24, description: 'LIMITED' }],
      organization: { id: shelter.id },
      service_at_locations: [{ location: { addresses: [{ address_1: HOGAR.address, country: 'CR' }] } }],
    });
    expect((hogar.attributes as { taxonomy_term: { code: string } }[]).map((a) => a.taxonomy_term.code)).toEqual(
      HOGAR.types,
    );
    // Round trip: what the export says is what the directory holds.
    const again = (
      await api.graphql<{ directoryService: Record<string, unknown> }>(
        'query ($id: ID!) { directoryService(id: $id) { name types minimumAge languages hours areaServed capacity } }',
        { id: hogar.id },
        { cookie: pani.worker.cookie },
      )
    ).data!.directoryService;
    expect(again).toMatchObject({ name: hogar.name, minimumAge: 18, capacity: 24, areaServed: 'Guanacaste' });
    const bad = await fetch(`${api.url}/api/directory/hsds/services?type=DANCING`, {
      headers: { cookie: pani.worker.cookie },
    });
    expect(bad.status).toBe(400);
  });

  it("is where a case worker picks the provider's service: it must be the recipient's and offer the service", async () => {
    const [hogar] = (
      await api.graphql<{ directoryServices: { nodes: { id: string }[] } }>(
        'query { directoryServices(search: "Hogar Seguro") { nodes { id } } }',
        {},
        { cookie: pani.worker.cookie },
      )
    ).data!.directoryServices.nodes;
    const survivor = await register(api, pani.worker.cookie);
    const texts = await api.graphql<{ consentTexts: { id: string }[] }>(
      '{ consentTexts { id } }',
      {},
      {
        cookie: pani.worker.cookie,
      },
    );
    const today = new Date().toISOString().slice(0, 10);
    await api.graphql(
      'mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }',
      {
        input: {
          survivorId: survivor.id,
          categories: ['IDENTITY'],
          recipientAgencyId: shelter.id,
          purposes: ['SAFE_SHELTER', 'MEDICAL_CARE'],
          validFrom: today,
          validUntil: today,
          method: 'SIGNED_FORM',
          signedFormReference: 'F-9',
          givenBy: 'PERSON',
          consentTextId: texts.data!.consentTexts[0]!.id,
        },
      },
      { cookie: pani.worker.cookie },
    );
    const refer = (service: string) =>
      api.graphql<{ referToService: { directoryService: { name: string } } }>(
        `mutation ($input: ServiceReferralInput!) { referToService(input: $input) { directoryService { name } } }`,
        {
          input: {
            survivorId: survivor.id,
            recipientAgencyId: shelter.id,
            directoryServiceId: hogar!.id,
            service,
            urgency: 'ROUTINE',
            sharedFields: ['givenNames'],
          },
        },
        { cookie: pani.worker.cookie },
      );
    expect((await refer('MEDICAL_CARE')).errors?.[0]?.extensions?.fields).toEqual({
      'input.directoryServiceId': 'error.protection.referral.directoryServiceMismatch',
    });
    expect((await refer('SAFE_SHELTER')).data!.referToService.directoryService.name).toBe(HOGAR.name);
  });
});
