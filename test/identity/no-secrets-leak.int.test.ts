import { randomBytes } from 'node:crypto';
// pino is the server's dependency; the test package does not list it.
import pino from '../../server/node_modules/pino';
import { startEnlace, type EnlaceServer } from '../../server/src/app';
import { loadConfig } from '../../server/src/platform/config/config';
import { Role } from '../../server/src/platform/authz/roles';
import { anAgency, aUser, sessionCookieOf, SIGN_IN, signInAs, totpCode, unique } from '../support/factories';
import { at } from '../support/indexing';

/**
 * A real server whose log lines (every level) are kept for inspection. NODE_ENV reaches the sign-in module
 * (cookie flags, development hints) through the configuration only.
 */
async function startObservedServer(nodeEnv: 'test' | 'development' | 'production') {
  const lines: string[] = [];
  const logger = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
  // Production requires encryption keys of its own (the development ones are refused there).
  const keys =
    nodeEnv === 'production'
      ? {
          ENLACE_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
          ENLACE_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
        }
      : {};
  const config = loadConfig({ ...process.env, NODE_ENV: nodeEnv, HOST: '127.0.0.1', PORT: '0', ...keys });
  const server: EnlaceServer = await startEnlace(config, logger);
  const bodies: string[] = [];
  const graphql = async (
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    bodies.push(text);
    return { ...(JSON.parse(text) as { data?: Record<string, never>; errors?: unknown[] }), headers: response.headers };
  };
  const stop = () => server.stop();
  return { server, lines, bodies, graphql, stop };
}

const INVITE = `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { id } }`;

describe('No password, token or e-mail leaves the server in a response or a log line', () => {
  it('keeps sign-in, invitation and API-token secrets out of answers and logs', async () => {
    const observed = await startObservedServer('test');
    try {
      const orm = observed.server.orm;
      const agency = await anAgency(orm);
      const admin = await aUser(orm, agency, { password: true, roles: [Role.AGENCY_ADMIN], totp: true });
      const testServer = { graphql: observed.graphql } as unknown as Parameters<typeof signInAs>[0];

      await observed.graphql(SIGN_IN, { email: admin.email, password: `${admin.password}-wrong` });
      await observed.graphql(SIGN_IN, { email: `ghost.${unique()}@example.org`, password: admin.password });
      const cookie = await signInAs(testServer, admin);
      const sessionToken = cookie.split('=')[1];
      const inviteeEmail = `invitee.${unique()}@example.org`;
      await observed.graphql(
        INVITE,
        {
          input: {
            agencyId: agency.id,
            email: inviteeEmail,
            name: 'Invitee',
            roles: ['SECRETARIAT'],
            locale: 'en',
            timeZone: 'UTC',
          },
        },
        { cookie },
      );
      const mail = await orm.em.fork().execute('select text from mail_outbox where recipient = ?', [inviteeEmail]);
      const invitationToken = /#token=([A-Za-z0-9_-]+)/.exec(at(mail, 0).text as string)![1];
      const created = await observed.graphql(
        `mutation { createApiToken(input: { name: "Sync", roles: [SECRETARIAT], scopes: ["directory:read"] }) { token } }`,
        {},
        { cookie },
      );
      const apiToken = (created.data as unknown as { createApiToken: { token: string } }).createApiToken.token;
      await observed.graphql(`query { users(first: 5) { nodes { id } } }`, {}, { authorization: `Bearer ${apiToken}` });

      const logs = observed.lines.join('\n');
      for (const secret of [
        admin.password,
        sessionToken,
        invitationToken,
        apiToken.slice(4),
        admin.email,
        inviteeEmail,
      ])
        expect(logs).not.toContain(secret);
      // Only the answers that hand a secret over may contain it: the sign-in cookie and the new API token.
      const answers = observed.bodies.join('\n');
      for (const secret of [admin.password, sessionToken, invitationToken]) expect(answers).not.toContain(secret);
      expect(answers.split(apiToken).length - 1).toBe(1);
      expect(sessionCookieOf(created.headers)).toBeUndefined();
    } finally {
      await observed.stop();
    }
  });

  it('writes the invitation link to the log in development only, never with the e-mail', async () => {
    for (const nodeEnv of ['development', 'production'] as const) {
      const observed = await startObservedServer(nodeEnv);
      try {
        const orm = observed.server.orm;
        const agency = await anAgency(orm);
        const admin = await aUser(orm, agency, { password: true, roles: [Role.PLATFORM_ADMIN], totp: true });
        // Production cookies are Secure and __Host- prefixed; sign in through the service's own cookie name.
        const first = await observed.graphql(SIGN_IN, { email: admin.email, password: admin.password });
        const cookie = at(at(first.headers.getSetCookie(), 0).split(';'), 0);
        const verified = await observed.graphql(
          `mutation V($code: String!) { verifyTotp(code: $code) { status } }`,
          { code: await totpCode(admin.totpSecret!) },
          { cookie },
        );
        const signedIn = at(at(verified.headers.getSetCookie(), 0).split(';'), 0);
        if (nodeEnv === 'production') expect(verified.headers.getSetCookie()[0]).toMatch(/^__Host-.*Secure/i);
        const email = `dev.${unique()}@example.org`;
        const input = { agencyId: agency.id, email, name: 'Dev', roles: ['AUDITOR'], locale: 'fr', timeZone: 'UTC' };
        const invited = await observed.graphql(INVITE, { input }, { cookie: signedIn });
        expect(invited.errors).toBeUndefined();
        const linkLines = observed.lines.filter((line) => line.includes('accept-invitation#token='));
        expect(linkLines).toHaveLength(nodeEnv === 'development' ? 1 : 0);
        expect(observed.lines.join('\n')).not.toContain(email);
      } finally {
        await observed.stop();
      }
    }
  });
});
