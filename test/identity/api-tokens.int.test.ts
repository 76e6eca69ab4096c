import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import { anAgency, aUser, ME, signInAs, type TestUser } from '../support/factories';
import { at, firstError } from '../support/indexing';

const CREATE = `mutation Create($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id name roles scopes displayPrefix revokedAt } } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;
const LIST = `query { apiTokens { id name displayPrefix revokedAt } }`;
const USERS = `query { users(first: 100) { nodes { id } } }`;

type Created = { createApiToken: { token: string; apiToken: { id: string; displayPrefix: string } } };

describe('Agencies connect their systems with API tokens', () => {
  let server: TestServer;
  let admin: TestUser;
  let adminCookie: string;
  let otherAdminCookie: string;

  beforeAll(async () => {
    server = await startTestServer();
    const agency = await anAgency(server.server.orm);
    admin = await aUser(server.server.orm, agency, { password: true, roles: [Role.AGENCY_ADMIN], totp: true });
    adminCookie = await signInAs(server, admin);
    const other = await aUser(server.server.orm, await anAgency(server.server.orm), {
      password: true,
      roles: [Role.AGENCY_ADMIN],
      totp: true,
    });
    otherAdminCookie = await signInAs(server, other);
  });
  afterAll(() => server.stop());

  /**
   * Creates a token (with the directory in its scopes unless told otherwise) and, when its roles need a second
   * admin's approval, approves it as that admin would (four eyes are tested in test/security).
   */
  const create = async (input: Record<string, unknown>) => {
    const created = await server.graphql<Created>(
      CREATE,
      { input: { scopes: ['directory:read'], ...input } },
      { cookie: adminCookie },
    );
    const id = created.data?.createApiToken.apiToken.id;
    if (id) await server.server.orm.em.fork().execute('update api_token set approved_at = now() where id = ?', [id]);
    return created;
  };
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('shows the token once, stores only its hash, and lets the system act for the agency', async () => {
    const created = await create({
      name: 'Case management system',
      roles: ['LIAISON_OFFICER'],
      scopes: ['referrals:read', 'directory:read'],
    });
    expect(created.errors).toBeUndefined();
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^enl_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(apiToken.displayPrefix)).toBe(true);
    const stored = await server.server.orm.em
      .fork()
      .execute('select token_hash from api_token where id = ?', [apiToken.id]);
    expect(at(stored, 0).token_hash).not.toContain(token.slice(4));

    const users = await server.graphql<{ users: { nodes: { id: string }[] } }>(USERS, {}, bearer(token));
    expect(users.errors).toBeUndefined();
    expect(users.data?.users.nodes.map((node) => node.id)).toContain(admin.id);
    // A system is not a person: it has no profile.
    expect(firstError(await server.graphql(ME, {}, bearer(token))).extensions?.code).toBe('FORBIDDEN');

    const list = await server.graphql<{ apiTokens: { id: string }[] }>(LIST, {}, { cookie: adminCookie });
    expect(JSON.stringify(list.data)).not.toContain(token);
    expect(list.data?.apiTokens.map((item) => item.id)).toContain(apiToken.id);
  });

  it('refuses a revoked token from its next request on', async () => {
    const { token, apiToken } = (await create({ name: 'Alert list', roles: ['CASE_WORKER'] })).data!.createApiToken;
    expect((await server.graphql(USERS, {}, bearer(token))).errors).toBeUndefined();
    const revoked = await server.graphql(REVOKE, { id: apiToken.id }, { cookie: adminCookie });
    expect(revoked.errors).toBeUndefined();
    expect(firstError(await server.graphql(USERS, {}, bearer(token))).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const { token, apiToken } = (await create({ name: 'Nightly export', roles: ['AUDITOR'] })).data!.createApiToken;
    await server.server.orm.em
      .fork()
      .execute(`update api_token set expires_at = now() - interval '1 second' where id = ?`, [apiToken.id]);
    expect(firstError(await server.graphql(USERS, {}, bearer(token))).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('never issues admin roles, and never lets a token or another agency manage tokens', async () => {
    const adminRole = await create({ name: 'Too powerful', roles: ['AGENCY_ADMIN'] });
    expect(firstError(adminRole).extensions?.fields).toEqual({ 'input.roles': 'error.apiToken.adminRoleNotAllowed' });

    const { token, apiToken } = (await create({ name: 'Sync', roles: ['LIAISON_OFFICER'] })).data!.createApiToken;
    const byToken = await server.graphql(
      CREATE,
      { input: { name: 'Child', roles: ['LIAISON_OFFICER'], scopes: ['directory:read'] } },
      bearer(token),
    );
    expect(firstError(byToken).extensions?.code).toBe('FORBIDDEN');

    const byOtherAgency = await server.graphql(REVOKE, { id: apiToken.id }, { cookie: otherAdminCookie });
    expect(firstError(byOtherAgency).extensions).toEqual({ code: 'NOT_FOUND', messageKey: 'error.notFound' });
    expect((await server.graphql(USERS, {}, bearer(token))).errors).toBeUndefined();
  });

  it('treats a malformed or unknown bearer token as no credentials at all', async () => {
    for (const authorization of ['Bearer nonsense', `Bearer enl_${'A'.repeat(43)}`, 'Basic abc']) {
      const result = await server.graphql(USERS, {}, { authorization });
      expect(firstError(result).extensions?.code).toBe('UNAUTHENTICATED');
    }
  });
});
