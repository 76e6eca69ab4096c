import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  anAgency,
  aUser,
  ME,
  sessionCookieOf,
  SIGN_IN,
  signInAs,
  type TestUser,
  totpCode,
  VERIFY_TOTP,
} from '../support/factories';
import { at, firstError } from '../support/indexing';

const START = `mutation { startTotpEnrolment { secret otpauthUri } }`;
const CONFIRM = `mutation Confirm($code: String!) { confirmTotpEnrolment(code: $code) { status recoveryCodes } }`;

describe('Admins sign in with a second factor', () => {
  let server: TestServer;
  let agencyId: string;

  beforeAll(async () => {
    server = await startTestServer();
    agencyId = (await anAgency(server.server.orm)).id;
  });
  afterAll(() => server.stop());

  const orm = () => server.server.orm;
  const sql = (query: string, params: unknown[] = []) => orm().em.fork().execute(query, params);
  const newAdmin = async (options: { totp?: boolean } = {}) => {
    const agency = await orm().em.fork().findOneOrFail('Agency', { id: agencyId });
    return aUser(orm(), agency as never, { password: true, roles: [Role.AGENCY_ADMIN], ...options });
  };
  const passwordStep = async (person: TestUser) => {
    const result = await server.graphql<{ signIn: { status: string } }>(SIGN_IN, {
      email: person.email,
      password: person.password,
    });
    return { status: result.data?.signIn.status, cookie: sessionCookieOf(result.headers)! };
  };

  it('makes an admin without TOTP enrol before the session counts, then shows recovery codes once', async () => {
    const admin = await newAdmin();
    const { status, cookie } = await passwordStep(admin);
    expect(status).toBe('TOTP_ENROLMENT_REQUIRED');
    expect(firstError(await server.graphql(ME, {}, { cookie })).extensions?.code).toBe('UNAUTHENTICATED');

    const started = await server.graphql<{ startTotpEnrolment: { secret: string; otpauthUri: string } }>(
      START,
      {},
      { cookie },
    );
    const { secret, otpauthUri } = started.data!.startTotpEnrolment;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(otpauthUri).not.toContain(encodeURIComponent(admin.email));

    const wrong = await server.graphql(CONFIRM, { code: '000000' }, { cookie });
    expect(firstError(wrong).extensions?.messageKey).toBe('error.totp.invalidCode');

    const confirmed = await server.graphql<{ confirmTotpEnrolment: { status: string; recoveryCodes: string[] } }>(
      CONFIRM,
      { code: await totpCode(secret) },
      { cookie },
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmTotpEnrolment.status).toBe('SIGNED_IN');
    expect(new Set(confirmed.data?.confirmTotpEnrolment.recoveryCodes).size).toBe(10);

    // The session got a new token when it gained the second factor; the one from before is worthless.
    const signedIn = sessionCookieOf(confirmed.headers)!;
    expect(signedIn).not.toBe(cookie);
    expect(firstError(await server.graphql(ME, {}, { cookie })).extensions?.code).toBe('UNAUTHENTICATED');
    const me = await server.graphql<{ me: { totpEnabled: boolean } }>(ME, {}, { cookie: signedIn });
    expect(me.data?.me.totpEnabled).toBe(true);

    const again = await server.graphql(START, {}, { cookie: signedIn });
    expect(firstError(again).extensions?.messageKey).toBe('error.totp.alreadyEnrolled');
  });

  it('asks an enrolled admin for the code after the password, and accepts the current one', async () => {
    const admin = await newAdmin({ totp: true });
    const { status, cookie } = await passwordStep(admin);
    expect(status).toBe('TOTP_REQUIRED');
    expect(firstError(await server.graphql(ME, {}, { cookie })).extensions?.code).toBe('UNAUTHENTICATED');
    const enrolAgain = await server.graphql(START, {}, { cookie });
    expect(firstError(enrolAgain).extensions?.messageKey).toBe('error.totp.alreadyEnrolled');

    const verified = await server.graphql(VERIFY_TOTP, { code: await totpCode(admin.totpSecret!) }, { cookie });
    expect(verified.data).toEqual({ verifyTotp: { status: 'SIGNED_IN' } });
    const me = await server.graphql(ME, {}, { cookie: sessionCookieOf(verified.headers)! });
    expect(me.errors).toBeUndefined();
  });

  it('accepts each recovery code exactly once', async () => {
    const admin = await newAdmin();
    const { cookie } = await passwordStep(admin);
    const started = await server.graphql<{ startTotpEnrolment: { secret: string } }>(START, {}, { cookie });
    const confirmed = await server.graphql<{ confirmTotpEnrolment: { recoveryCodes: string[] } }>(
      CONFIRM,
      { code: await totpCode(started.data!.startTotpEnrolment.secret) },
      { cookie },
    );
    const recoveryCode = at(confirmed.data!.confirmTotpEnrolment.recoveryCodes, 0);

    const first = await passwordStep(admin);
    const used = await server.graphql(VERIFY_TOTP, { code: recoveryCode.toUpperCase() }, { cookie: first.cookie });
    expect(used.data).toEqual({ verifyTotp: { status: 'SIGNED_IN' } });

    const second = await passwordStep(admin);
    const reused = await server.graphql(VERIFY_TOTP, { code: recoveryCode }, { cookie: second.cookie });
    expect(firstError(reused).extensions?.messageKey).toBe('error.totp.invalidCode');
  });

  it('ends the pending sign-in after five wrong codes', async () => {
    const admin = await newAdmin({ totp: true });
    const { cookie } = await passwordStep(admin);
    for (let attempt = 0; attempt < 5; attempt += 1) await server.graphql(VERIFY_TOTP, { code: '123456' }, { cookie });
    const late = await server.graphql(VERIFY_TOTP, { code: await totpCode(admin.totpSecret!) }, { cookie });
    expect(firstError(late).extensions?.messageKey).toBe('error.totp.noPendingSignIn');
  });

  it('gives only ten minutes between the password and the code', async () => {
    const admin = await newAdmin({ totp: true });
    const { cookie } = await passwordStep(admin);
    await sql(`update auth_session set created_at = now() - interval '11 minutes' where user_id = ?`, [admin.id]);
    const late = await server.graphql(VERIFY_TOTP, { code: await totpCode(admin.totpSecret!) }, { cookie });
    expect(firstError(late).extensions?.messageKey).toBe('error.totp.noPendingSignIn');
  });

  it('holds a session back once its user becomes an admin, until they give a second factor', async () => {
    const agency = await orm().em.fork().findOneOrFail('Agency', { id: agencyId });
    const officer = await aUser(orm(), agency as never, { password: true, roles: [Role.LIAISON_OFFICER] });
    const cookie = await signInAs(server, officer);
    expect((await server.graphql(ME, {}, { cookie })).errors).toBeUndefined();
    await sql(`update app_user set roles = '{AGENCY_ADMIN}' where id = ?`, [officer.id]);
    expect(firstError(await server.graphql(ME, {}, { cookie })).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
