import { startTestServer, type TestServer } from '../support/test-server';
import { anAgency, aUser, ME, SIGN_IN, signInAs, type TestUser } from '../support/factories';
import { firstError } from '../support/indexing';

const UPDATE_PROFILE = `mutation Profile($input: UpdateMyProfileInput!) {
  updateMyProfile(input: $input) { name locale timeZone } }`;
const CHANGE_PASSWORD = `mutation Change($currentPassword: String!, $newPassword: String!) {
  changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword) }`;

describe('People keep their own profile and password', () => {
  let server: TestServer;
  let person: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    person = await aUser(server.server.orm, await anAgency(server.server.orm), { password: true });
  });
  afterAll(() => server.stop());

  it('changes name, language and time zone, refusing unknown ones', async () => {
    const cookie = await signInAs(server, person);
    const bad = await server.graphql(UPDATE_PROFILE, { input: { locale: 'de', timeZone: 'Nowhere/Else' } }, { cookie });
    expect(firstError(bad).extensions?.fields).toEqual({
      'input.locale': 'error.locale.unsupported',
      'input.timeZone': 'error.timeZone.unknown',
    });
    const good = await server.graphql(
      UPDATE_PROFILE,
      { input: { name: 'Ana María Pérez', locale: 'pt', timeZone: 'America/Sao_Paulo' } },
      { cookie },
    );
    expect(good.data).toEqual({
      updateMyProfile: { name: 'Ana María Pérez', locale: 'pt', timeZone: 'America/Sao_Paulo' },
    });
  });

  it('changes the password only with the current one, and signs out the other sessions', async () => {
    const here = await signInAs(server, person);
    const elsewhere = await signInAs(server, person);
    const wrong = await server.graphql(
      CHANGE_PASSWORD,
      { currentPassword: 'not my password', newPassword: 'a brand new passphrase' },
      { cookie: here },
    );
    expect(firstError(wrong).extensions?.fields).toEqual({ currentPassword: 'error.password.incorrect' });
    const short = await server.graphql(
      CHANGE_PASSWORD,
      { currentPassword: person.password, newPassword: 'short' },
      { cookie: here },
    );
    expect(firstError(short).extensions?.fields).toEqual({ newPassword: 'error.password.tooShort' });

    const changed = await server.graphql(
      CHANGE_PASSWORD,
      { currentPassword: person.password, newPassword: 'a brand new passphrase' },
      { cookie: here },
    );
    expect(changed.data).toEqual({ changeMyPassword: true });
    expect((await server.graphql(ME, {}, { cookie: here })).errors).toBeUndefined();
    expect(firstError(await server.graphql(ME, {}, { cookie: elsewhere })).extensions?.code).toBe('UNAUTHENTICATED');
    const old = await server.graphql(SIGN_IN, { email: person.email, password: person.password });
    expect(firstError(old).extensions?.messageKey).toBe('error.signIn.failed');
    person.password = 'a brand new passphrase';
  });
});
