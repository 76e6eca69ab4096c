import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import { anAgency, aUser, ME, sessionCookieOf, SIGN_IN, signInAs, type TestUser } from '../support/factories';
import { firstError } from '../support/indexing';

describe('Signing in with a password', () => {
  let server: TestServer;
  let officer: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    const agency = await anAgency(server.server.orm);
    officer = await aUser(server.server.orm, agency, { password: true, roles: [Role.LIAISON_OFFICER] });
  });
  afterAll(() => server.stop());

  const sql = (query: string, params: unknown[] = []) => server.server.orm.em.fork().execute(query, params);

  it('sets an httpOnly SameSite session cookie, after which `me` answers with the user and permissions', async () => {
    const result = await server.graphql(SIGN_IN, { email: officer.email.toUpperCase(), password: officer.password });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ signIn: { status: 'SIGNED_IN' } });
    const setCookie = result.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await server.graphql<{ me: { id: string; email: string; permissions: unknown[] } }>(
      ME,
      {},
      {
        cookie: sessionCookieOf(result.headers)!,
      },
    );
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toMatchObject({ id: officer.id, email: officer.email, agency: { id: officer.agencyId } });
    expect(me.data?.me.permissions.length).toBeGreaterThan(0);
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await signInAs(server, officer);
    const token = cookie.split('=')[1];
    const rows = await sql('select token_hash from auth_session where token_hash = ? or token_hash = ?', [
      token,
      token,
    ]);
    expect(rows).toHaveLength(0);
  });

  it('answers a wrong password and an unknown e-mail identically', async () => {
    const wrong = await server.graphql(SIGN_IN, { email: officer.email, password: 'not the password at all' });
    const unknown = await server.graphql(SIGN_IN, { email: 'nobody.here@example.org', password: 'whatever it is' });
    expect(wrong.data).toBeNull();
    expect(firstError(wrong).extensions).toEqual({ code: 'UNAUTHENTICATED', messageKey: 'error.signIn.failed' });
    expect(unknown.errors).toEqual(wrong.errors);
    expect(unknown.status).toBe(wrong.status);
    expect(sessionCookieOf(wrong.headers)).toBeUndefined();
  });

  it('refuses disabled users and users of deactivated agencies with the same answer', async () => {
    const agency = await anAgency(server.server.orm);
    const disabled = await aUser(server.server.orm, agency, { password: true, active: false });
    const closedAgency = await anAgency(server.server.orm, { active: false });
    const inClosedAgency = await aUser(server.server.orm, closedAgency, { password: true });
    for (const person of [disabled, inClosedAgency]) {
      const result = await server.graphql(SIGN_IN, { email: person.email, password: person.password });
      expect(firstError(result).extensions?.messageKey).toBe('error.signIn.failed');
    }
  });

  it('locks an account out after five failures, then lets it in again once the back-off has passed', async () => {
    const agency = await anAgency(server.server.orm);
    const person = await aUser(server.server.orm, agency, { password: true });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const result = await server.graphql(SIGN_IN, { email: person.email, password: 'wrong password!!' });
      expect(firstError(result).extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await server.graphql(SIGN_IN, { email: person.email, password: person.password });
    expect(firstError(locked).extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      messageKey: 'error.signIn.tooManyAttempts',
    });
    expect(sessionCookieOf(locked.headers)).toBeUndefined();

    // An unknown e-mail is locked out exactly the same way, so a lockout reveals nothing.
    for (let attempt = 0; attempt < 5; attempt += 1)
      await server.graphql(SIGN_IN, { email: 'ghost@example.org', password: 'wrong password!!' });
    const ghost = await server.graphql(SIGN_IN, { email: 'ghost@example.org', password: 'wrong password!!' });
    expect(firstError(ghost).extensions).toEqual(firstError(locked).extensions);

    await sql(`update sign_in_throttle set locked_until = now() - interval '1 second'`);
    const later = await server.graphql(SIGN_IN, { email: person.email, password: person.password });
    expect(later.data).toEqual({ signIn: { status: 'SIGNED_IN' } });
  });

  it('doubles the lockout with every further failure', async () => {
    const agency = await anAgency(server.server.orm);
    const person = await aUser(server.server.orm, agency, { password: true });
    const lockSeconds = async () => {
      const result = await server.graphql(SIGN_IN, { email: person.email, password: 'wrong password!!' });
      await sql(
        `update sign_in_throttle set locked_until = now() - interval '1 second' where locked_until is not null`,
      );
      return result;
    };
    for (let attempt = 0; attempt < 5; attempt += 1) await lockSeconds();
    await server.graphql(SIGN_IN, { email: person.email, password: 'wrong password!!' }); // 6th failure: 2 min
    const locked = await server.graphql(SIGN_IN, { email: person.email, password: person.password });
    expect(firstError(locked).extensions?.retryAfterSeconds).toBeGreaterThan(60);
    expect(firstError(locked).extensions?.retryAfterSeconds).toBeLessThanOrEqual(120);
  });

  it('ends a session that was idle for longer than eight hours', async () => {
    const cookie = await signInAs(server, officer);
    expect((await server.graphql(ME, {}, { cookie })).errors).toBeUndefined();
    await sql(`update auth_session set last_seen_at = now() - interval '8 hours 1 minute' where revoked_at is null`);
    const after = await server.graphql(ME, {}, { cookie });
    expect(firstError(after).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session twelve hours after sign-in, however active it was', async () => {
    const cookie = await signInAs(server, officer);
    await sql(`update auth_session set created_at = now() - interval '12 hours 1 minute', last_seen_at = now()`);
    const after = await server.graphql(ME, {}, { cookie });
    expect(firstError(after).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs out this browser, or every browser of the user', async () => {
    const laptop = await signInAs(server, officer);
    const phone = await signInAs(server, officer);
    const tablet = await signInAs(server, officer);
    const out = await server.graphql('mutation { signOut }', {}, { cookie: laptop });
    expect(out.data).toEqual({ signOut: true });
    expect(firstError(await server.graphql(ME, {}, { cookie: laptop })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.graphql(ME, {}, { cookie: phone })).errors).toBeUndefined();

    const everywhere = await server.graphql<{ signOutEverywhere: number }>(
      'mutation { signOutEverywhere }',
      {},
      { cookie: phone },
    );
    expect(everywhere.data?.signOutEverywhere).toBeGreaterThanOrEqual(2);
    for (const cookie of [phone, tablet])
      expect(firstError(await server.graphql(ME, {}, { cookie })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses `me` without a session', async () => {
    const result = await server.graphql(ME);
    expect(firstError(result).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
