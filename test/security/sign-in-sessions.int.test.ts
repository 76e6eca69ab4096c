import { randomBytes, randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { totpCodeAtStep, currentTotpStep } from '../../server/src/modules/identity/auth/totp';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type BorderWorld,
  ME,
  SIGN_IN,
  type TestUser,
  VERIFY_TOTP,
  aBorderWorld,
  aUser,
  anAgency,
  cookieFor,
  graphqlAs,
  referralAfter,
  sessionCookieOf,
  signInAs,
} from '../support/factories';
import { at, firstError } from '../support/indexing';

const CHANGE_PASSWORD = `mutation Change($currentPassword: String!, $newPassword: String!) {
  changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword) }`;

describe('Signing in: throttling that strangers cannot turn against a user, codes used once, a password policy', () => {
  let server: TestServer;
  let agencyId: Awaited<ReturnType<typeof anAgency>>;

  beforeAll(async () => {
    // Behind a proxy, so each test can speak from its own client address.
    server = await startTestServer({ TRUST_PROXY: 'true' });
    agencyId = await anAgency(server.server.orm);
  });
  afterAll(() => server.stop());

  const from = (address: string) => ({ 'x-forwarded-for': address });

  it("slows down only the address that guesses a colleague's password, never the colleague", async () => {
    const officer = await aUser(server.server.orm, agencyId, { password: true, roles: [Role.LIAISON_OFFICER] });
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await server.graphql(SIGN_IN, { email: officer.email, password: 'guessing wrongly' }, from('203.0.113.7'));
    }
    const stranger = await server.graphql(
      SIGN_IN,
      { email: officer.email, password: officer.password },
      from('203.0.113.7'),
    );
    expect(firstError(stranger).extensions?.code).toBe('TOO_MANY_REQUESTS');
    const colleague = await server.graphql(
      SIGN_IN,
      { email: officer.email, password: officer.password },
      from('198.51.100.20'),
    );
    expect(colleague.errors).toBeUndefined();
    expect(colleague.data).toEqual({ signIn: { status: 'SIGNED_IN' } });
  });

  it('accepts a TOTP code once: the same code cannot sign in again, a newer one can', async () => {
    const admin = await aUser(server.server.orm, agencyId, { password: true, roles: [Role.AGENCY_ADMIN], totp: true });
    const step = currentTotpStep();
    const code = await totpCodeAtStep(admin.totpSecret!, step);
    const passwordStep = async () => {
      const first = await server.graphql(SIGN_IN, { email: admin.email, password: admin.password });
      expect(first.data).toEqual({ signIn: { status: 'TOTP_REQUIRED' } });
      return sessionCookieOf(first.headers)!;
    };
    const firstCookie = await passwordStep();
    const accepted = await server.graphql(VERIFY_TOTP, { code }, { cookie: firstCookie });
    expect(accepted.data).toEqual({ verifyTotp: { status: 'SIGNED_IN' } });

    const secondCookie = await passwordStep();
    const replayed = await server.graphql(VERIFY_TOTP, { code }, { cookie: secondCookie });
    expect(firstError(replayed).extensions?.messageKey).toBe('error.totp.invalidCode');
    const older = await server.graphql(
      VERIFY_TOTP,
      { code: await totpCodeAtStep(admin.totpSecret!, step - 1) },
      { cookie: secondCookie },
    );
    expect(firstError(older).extensions?.messageKey).toBe('error.totp.invalidCode');
    const newer = await server.graphql(
      VERIFY_TOTP,
      { code: await totpCodeAtStep(admin.totpSecret!, step + 1) },
      { cookie: secondCookie },
    );
    expect(newer.data).toEqual({ verifyTotp: { status: 'SIGNED_IN' } });
  });

  describe('a new password', () => {
    let person: TestUser;
    let cookie: string;
    beforeAll(async () => {
      person = await aUser(server.server.orm, agencyId, { password: true });
      cookie = await signInAs(server, person);
    });

    it.each([
      ['a common password with a year added', 'Password2026!', 'error.password.common'],
      ['a breached password', 'qwerty123456', 'error.password.common'],
      ['a repeated chunk', 'abcabcabcabcabc', 'error.password.common'],
      ['the name part of the e-mail', 'PERSON-my-long-secret', 'error.password.containsEmail'],
    ])('refuses %s and keeps the old password', async (_what, newPassword, key) => {
      const refused = await server.graphql(
        CHANGE_PASSWORD,
        { currentPassword: person.password, newPassword },
        { cookie },
      );
      expect(firstError(refused).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { newPassword: key },
      });
      const still = await server.graphql(SIGN_IN, { email: person.email, password: person.password });
      expect(still.errors).toBeUndefined();
    });

    it('refuses the current password as the new one', async () => {
      const same = await server.graphql(
        CHANGE_PASSWORD,
        { currentPassword: person.password, newPassword: person.password },
        { cookie },
      );
      expect(firstError(same).extensions?.fields).toEqual({ newPassword: 'error.password.sameAsCurrent' });
    });

    it('accepts a long phrase of ordinary words', async () => {
      const changed = await server.graphql(
        CHANGE_PASSWORD,
        { currentPassword: person.password, newPassword: 'mango river lantern seventy' },
        { cookie },
      );
      expect(changed.errors).toBeUndefined();
    });
  });
});

describe('Live subscriptions end with the session', () => {
  let server: TestServer;
  let world: BorderWorld;
  const clients: Client[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    world = await aBorderWorld(server.server.orm);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await server.stop();
  });

  function subscriber(cookie: string) {
    const url = server.url.replace('http', 'ws') + '/graphql';
    class CookieWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    }
    const client = createClient({ url, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
    clients.push(client);
    const events: string[] = [];
    let closeCode: number | undefined;
    let resolveStarted: () => void;
    const started = new Promise<void>((resolve) => (resolveStarted = resolve));
    client.on('connected', () => setTimeout(resolveStarted, 200));
    client.on('closed', (event) => {
      closeCode = (event as { code?: number }).code;
      resolveStarted();
    });
    client.subscribe<{ referralEvents: { referralId: string } }>(
      { query: 'subscription { referralEvents { referralId } }' },
      {
        next: (message) => {
          if (message.data) events.push(message.data.referralEvents.referralId);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return { events, started, closeCode: () => closeCode };
  }

  const waitFor = async (check: () => boolean, ms = 5000) => {
    const until = Date.now() + ms;
    while (!check() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  };

  async function sendOne(): Promise<string> {
    const draftId = await referralAfter(server.server.orm, world, []);
    const sender = graphqlAs(server, await cookieFor(server.server.orm, world.users.senderOfficer));
    const sent = await sender('mutation ($id: ID!) { sendReferral(id: $id) { status } }', { id: draftId });
    expect(sent.errors).toBeUndefined();
    return draftId;
  }

  it('delivers nothing more after sign-out, and closes the socket with 4401', async () => {
    const cookie = await cookieFor(server.server.orm, world.users.receiverOfficer);
    const live = subscriber(cookie);
    await live.started;
    const before = await sendOne();
    await waitFor(() => live.events.includes(before));
    expect(live.events).toContain(before);

    const out = await server.graphql('mutation { signOut }', {}, { cookie });
    expect(out.data).toEqual({ signOut: true });
    const after = await sendOne();
    await waitFor(() => live.closeCode() !== undefined);
    expect(live.closeCode()).toBe(4401);
    expect(live.events).not.toContain(after);
  });

  it('ends the stream of a user an admin disables', async () => {
    const cookie = await cookieFor(server.server.orm, world.users.receiverCaseWorker);
    const live = subscriber(cookie);
    await live.started;
    await server.server.orm.em
      .fork()
      .execute('update app_user set active = false where id = ?', [world.users.receiverCaseWorker.user.id]);
    const after = await sendOne();
    await waitFor(() => live.closeCode() !== undefined);
    expect(live.closeCode()).toBe(4401);
    expect(live.events).not.toContain(after);
    const me = await server.graphql(ME, {}, { cookie });
    expect(firstError(me).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('CSRF and security headers', () => {
  let server: TestServer;
  let world: BorderWorld;
  let referralId: string;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer();
    world = await aBorderWorld(server.server.orm);
    referralId = await referralAfter(server.server.orm, world, []);
    cookie = await cookieFor(server.server.orm, world.users.senderOfficer);
  });
  afterAll(() => server.stop());

  const attachments = async () =>
    at(await server.server.orm.em.fork().execute('select count(*)::int as n from referral_attachment'), 0).n as number;

  it('refuses a cross-site form post (text/plain) to the upload route, storing nothing', async () => {
    const before = await attachments();
    const forged = await fetch(`${server.url}/api/referrals/${referralId}/attachments`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/plain' },
      body: '%PDF-1.7 forged by another site',
    });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toEqual({ code: 'FORBIDDEN', messageKey: 'error.csrf' });
    const crossSite = await fetch(`${server.url}/api/referrals/${referralId}/attachments`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/pdf', 'x-requested-with': 'x', 'sec-fetch-site': 'cross-site' },
      body: '%PDF-1.7 forged by another site',
    });
    expect(crossSite.status).toBe(403);
    expect(await attachments()).toBe(before);

    const ownPage = await fetch(`${server.url}/api/referrals/${referralId}/attachments`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/pdf', 'x-requested-with': 'enlace' },
      body: '%PDF-1.7 sent by the web app',
    });
    expect(ownPage.status).toBe(201);
  });

  it('refuses a cross-site form post on every other cookie-authenticated route outside GraphQL', async () => {
    const id = randomUUID();
    for (const path of [
      `/api/library/documents/${id}/versions`,
      `/api/coordination/action-updates/${id}/evidence`,
      '/api/directory/hsds/services',
    ]) {
      const forged = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'text/plain' },
        body: 'forged by another site',
      });
      expect([path, forged.status]).toEqual([path, 403]);
      expect(await forged.json()).toEqual({ code: 'FORBIDDEN', messageKey: 'error.csrf' });
    }
  });

  it('sends CSP, frame-ancestors, nosniff and no-referrer on the web app and the API; HSTS only in production', async () => {
    for (const response of [
      await fetch(`${server.url}/`),
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
    ]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    const production = await startTestServer({
      NODE_ENV: 'production',
      ENLACE_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      ENLACE_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    });
    try {
      const response = await fetch(`${production.url}/healthz`);
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    } finally {
      await production.stop();
    }
  });
});
