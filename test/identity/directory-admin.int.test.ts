import { AgencyKind } from '../../server/src/modules/identity';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import { anAgency, aUser, cookieFor } from '../support/factories';
import { firstError } from '../support/indexing';

/**
 * A platform administrator sets up the triple border from nothing, through the API: countries, agencies, a
 * trinational mechanism with its crossing points, and an invited user. Bad input is refused with field paths.
 */
describe('setting up a trinational mechanism through the API', () => {
  let api: TestServer;
  let admin: string;
  let liaison: string;
  const as = (cookie: string) => (query: string, variables?: Record<string, unknown>) =>
    api.graphql<Record<string, any>>(query, variables, { cookie }); // eslint-disable-line @typescript-eslint/no-explicit-any

  beforeAll(async () => {
    api = await startTestServer();
    const orm = api.server.orm;
    const home = await anAgency(orm, {
      countryCode: 'CR',
      kind: AgencyKind.INTERNATIONAL_ORGANISATION,
      name: 'OIM',
      acronym: 'OIM',
    });
    const person = (role: Role) =>
      aUser(orm, home, {
        email: `${role.toLowerCase()}@directory.example`,
        name: role,
        timeZone: 'America/Costa_Rica',
        roles: [role],
        totp: role === Role.PLATFORM_ADMIN,
      });
    const [platformAdmin, officer] = [await person(Role.PLATFORM_ADMIN), await person(Role.LIAISON_OFFICER)];
    admin = await cookieFor(orm, platformAdmin, { secondFactorGiven: true });
    liaison = await cookieFor(orm, officer, { secondFactorGiven: true });
  });
  afterAll(() => api.stop());

  const CREATE_COUNTRY = `mutation ($input: CreateCountryInput!) { createCountry(input: $input) { id names { es pt } timeZone } }`;
  const CREATE_AGENCY = `mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id name country { id } } }`;
  const CREATE_MECHANISM = `mutation ($input: CreateMechanismInput!) {
    createMechanism(input: $input) {
      id kind names { es } countries { id } memberAgencies { acronym } secretariatAgency { acronym }
      crossingPoints { name latitude longitude }
    }
  }`;

  it('creates the three countries, with a clear error for a malformed code or an unknown time zone', async () => {
    const bad = await as(admin)(CREATE_COUNTRY, {
      input: { code: 'ARG', names: { es: '' }, defaultLocale: 'xx', timeZone: 'Mars/Olympus' },
    });
    expect(firstError(bad).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        'input.code': 'error.country.codeFormat',
        'input.names.es': 'error.nameRequired',
        'input.defaultLocale': 'error.localeUnknown',
        'input.timeZone': 'error.timeZoneUnknown',
      },
    });
    for (const [code, es, pt, timeZone] of [
      ['ar', 'Argentina', 'Argentina', 'America/Argentina/Buenos_Aires'],
      ['BR', 'Brasil', 'Brasil', 'America/Sao_Paulo'],
      ['PY', 'Paraguay', 'Paraguai', 'America/Asuncion'],
    ] as const) {
      const created = await as(admin)(CREATE_COUNTRY, {
        input: { code, names: { es, pt }, defaultLocale: 'es', timeZone },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data?.createCountry).toMatchObject({ id: code.toUpperCase(), names: { es, pt } });
    }
    const again = await as(admin)(CREATE_COUNTRY, {
      input: { code: 'BR', names: { es: 'Brasil' }, defaultLocale: 'pt', timeZone: 'America/Sao_Paulo' },
    });
    expect(firstError(again).extensions?.code).toBe('CONFLICT');
  });

  let agencies: Record<string, string> = {};
  it('creates an agency per country', async () => {
    for (const [key, countryCode, name] of [
      ['gna', 'AR', 'Gendarmería Nacional Argentina'],
      ['pf', 'BR', 'Polícia Federal'],
      ['dgm', 'PY', 'Dirección General de Migraciones'],
      ['mpf', 'BR', 'Ministério Público Federal'],
    ] as const) {
      const created = await as(admin)(CREATE_AGENCY, {
        input: { countryCode, kind: 'BORDER_POLICE', name, acronym: key.toUpperCase() },
      });
      expect(created.errors).toBeUndefined();
      agencies = { ...agencies, [key]: created.data!.createAgency.id };
    }
  });

  it('refuses a trinational mechanism with two countries, a member from outside, or a secretariat that is not a member', async () => {
    const result = await as(admin)(CREATE_MECHANISM, {
      input: {
        kind: 'TRINATIONAL',
        names: { es: 'Triple Frontera' },
        countryCodes: ['AR', 'BR'],
        memberAgencyIds: [agencies.gna, agencies.dgm],
        secretariatAgencyId: agencies.pf,
        crossingPoints: [{ name: 'Ponte da Amizade', latitude: -125, longitude: -54.6 }],
      },
    });
    expect(firstError(result).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        'input.countryCodes': 'error.mechanism.countryCount.TRINATIONAL',
        'input.memberAgencyIds.1': 'error.mechanism.agencyOutsideCountries',
        'input.secretariatAgencyId': 'error.mechanism.secretariatNotMember',
        'input.crossingPoints.0.latitude': 'error.latitudeRange',
      },
    });
    const mechanisms = await as(admin)('{ mechanisms { id } }');
    expect(mechanisms.data?.mechanisms).toEqual([]);
  });

  it('creates the trinational mechanism with its members and crossing points', async () => {
    const result = await as(admin)(CREATE_MECHANISM, {
      input: {
        kind: 'TRINATIONAL',
        names: { es: 'Mecanismo trinacional de la Triple Frontera' },
        countryCodes: ['AR', 'BR', 'PY'],
        memberAgencyIds: [agencies.gna, agencies.pf, agencies.dgm],
        secretariatAgencyId: agencies.pf,
        crossingPoints: [{ name: 'Ponte da Amizade', latitude: -25.5094, longitude: -54.6011 }],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createMechanism).toMatchObject({
      kind: 'TRINATIONAL',
      countries: expect.arrayContaining([{ id: 'AR' }, { id: 'BR' }, { id: 'PY' }]),
      memberAgencies: expect.arrayContaining([{ acronym: 'GNA' }, { acronym: 'PF' }, { acronym: 'DGM' }]),
      secretariatAgency: { acronym: 'PF' },
      crossingPoints: [{ name: 'Ponte da Amizade', latitude: -25.5094, longitude: -54.6011 }],
    });
  });

  it('invites the first admin of an agency (its case workers and officers are theirs to ask for, never the platform admin’s)', async () => {
    const invited = await as(admin)(
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id name roles agency { acronym } } }`,
      {
        input: {
          agencyId: agencies.gna,
          email: 'admin.gna@directory.example',
          name: 'Marta Giménez',
          roles: ['AGENCY_ADMIN'],
          locale: 'es',
          timeZone: 'America/Argentina/Buenos_Aires',
        },
      },
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteUser).toMatchObject({ roles: ['AGENCY_ADMIN'], agency: { acronym: 'GNA' } });
  });

  it('does not let a liaison officer touch the directory', async () => {
    const result = await as(liaison)(CREATE_AGENCY, {
      input: { countryCode: 'AR', kind: 'BORDER_POLICE', name: 'Intrusa', acronym: 'X' },
    });
    expect(firstError(result).extensions?.code).toBe('FORBIDDEN');
    const agenciesSeen = await as(admin)('{ agencies(filter: { countryCode: "AR" }) { name } }');
    expect(agenciesSeen.data?.agencies).toEqual([{ name: 'Gendarmería Nacional Argentina' }]);
  });
});
