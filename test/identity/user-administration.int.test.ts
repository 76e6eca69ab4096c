import { Role } from '../../server/src/platform/authz/roles';
import type { Agency } from '../../server/src/modules/identity/agency.entity';
import { expectPageArgumentsChecked, expectToPageThrough, PAGE_INFO, type PageOf } from '../support/connection-checks';
import { startTestServer, type TestServer } from '../support/test-server';
import { anAgency, aUser, ME, sessionCookieOf, SIGN_IN, signInAs, type TestUser, unique } from '../support/factories';
import { at, firstError } from '../support/indexing';

const INVITE = `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { id active invitationPending } }`;
const ACCEPT = `mutation Accept($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { status } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id name roles } }`;
const DISABLE = `mutation Disable($id: ID!) { disableUser(id: $id) { id active } }`;
const ENABLE = `mutation Enable($id: ID!) { enableUser(id: $id) { id active } }`;
const USERS = `query Users($agencyId: ID, $first: Int, $after: String) {
  users(agencyId: $agencyId, first: $first, after: $after) { edges { cursor node { id } } nodes { id } ${PAGE_INFO} } }`;

describe('Agency admins invite and manage the users of their own agency', () => {
  let server: TestServer;
  let ownAgency: Agency;
  let otherAgency: Agency;
  let admin: TestUser;
  let adminCookie: string;
  let foreigner: TestUser;

  beforeAll(async () => {
    server = await startTestServer();
    const orm = server.server.orm;
    ownAgency = await anAgency(orm);
    otherAgency = await anAgency(orm, { countryCode: 'CO' });
    admin = await aUser(orm, ownAgency, { password: true, roles: [Role.AGENCY_ADMIN], totp: true });
    foreigner = await aUser(orm, otherAgency, { password: true });
    adminCookie = await signInAs(server, admin);
  });
  afterAll(() => server.stop());

  const asAdmin = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
    server.graphql<T>(query, variables, { cookie: adminCookie });
  const outboxFor = async (email: string) =>
    (await server.server.orm.em
      .fork()
      .execute('select subject, text from mail_outbox where recipient = ? order by created_at', [email])) as {
      text: string;
    }[];
  const invitation = (overrides: Record<string, unknown> = {}) => ({
    agencyId: ownAgency.id,
    email: `new.${unique()}@example.org`,
    name: 'Luis Andrade',
    // Not an operational role: those wait for a second admin (test/security/separation-of-duties).
    roles: ['SECRETARIAT'],
    locale: 'es',
    timeZone: 'America/Guayaquil',
    ...overrides,
  });

  it('invites by mail; the link sets the password and signs the new user in', async () => {
    const input = invitation();
    const invited = await asAdmin(INVITE, { input });
    expect(invited.errors).toBeUndefined();
    expect(invited.data).toMatchObject({ inviteUser: { active: false, invitationPending: true } });
    const pendingIn = async () =>
      (
        await asAdmin<{ users: { nodes: { id: string; invitationPending: boolean }[] } }>(
          `query ($agencyId: ID!) { users(agencyId: $agencyId, first: 100) { nodes { id invitationPending } } }`,
          { agencyId: ownAgency.id },
        )
      ).data!.users.nodes.find((user) => user.id === (invited.data as { inviteUser: { id: string } }).inviteUser.id)
        ?.invitationPending;
    expect(await pendingIn()).toBe(true);

    const mail = at(await outboxFor(input.email), 0);
    const link = /https?:\/\/\S+/.exec(mail.text)![0];
    expect(link).not.toContain(input.email);
    expect(link).not.toContain(encodeURIComponent(input.email));
    const token = new URL(link).hash.replace('#token=', '');

    const short = await server.graphql(ACCEPT, { token, password: 'short' });
    expect(firstError(short).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { password: 'error.password.tooShort' },
    });

    const password = 'a long enough passphrase';
    const accepted = await server.graphql(ACCEPT, { token, password });
    expect(accepted.data).toEqual({ acceptInvitation: { status: 'SIGNED_IN' } });
    expect(await pendingIn()).toBe(false);
    const me = await server.graphql<{ me: { email: string } }>(ME, {}, { cookie: sessionCookieOf(accepted.headers)! });
    expect(me.data?.me.email).toBe(input.email);

    const again = await server.graphql(ACCEPT, { token, password: 'another long passphrase' });
    expect(firstError(again).extensions?.fields).toEqual({ token: 'error.invitation.invalid' });
    const signIn = await server.graphql(SIGN_IN, { email: input.email, password });
    expect(signIn.data).toEqual({ signIn: { status: 'SIGNED_IN' } });
  });

  it('refuses an expired invitation', async () => {
    const input = invitation();
    await asAdmin(INVITE, { input });
    const token = new URL(/https?:\/\/\S+/.exec(at(await outboxFor(input.email), 0).text)![0]).hash.slice(7);
    await server.server.orm.em.fork().execute(`update invitation set expires_at = now() - interval '1 minute'`);
    const late = await server.graphql(ACCEPT, { token, password: 'a long enough passphrase' });
    expect(firstError(late).extensions?.fields).toEqual({ token: 'error.invitation.invalid' });
  });

  it('validates the invitation with translated keys per field', async () => {
    const result = await asAdmin(INVITE, {
      input: invitation({ email: 'not-an-email', locale: 'de', timeZone: 'Mars/Olympus', roles: [] }),
    });
    expect(firstError(result).extensions?.fields).toEqual({
      'input.email': 'error.email.invalid',
      'input.roles': 'error.roles.required',
      'input.locale': 'error.locale.unsupported',
      'input.timeZone': 'error.timeZone.unknown',
    });
    const taken = await asAdmin(INVITE, { input: invitation({ email: admin.email.toLowerCase() }) });
    expect(firstError(taken).extensions?.messageKey).toBe('error.email.taken');
  });

  it('keeps an agency admin to their own agency and below platform admin', async () => {
    const elsewhere = await asAdmin(INVITE, { input: invitation({ agencyId: otherAgency.id }) });
    expect(firstError(elsewhere).extensions?.code).toBe('FORBIDDEN');
    const promote = await asAdmin(INVITE, { input: invitation({ roles: ['PLATFORM_ADMIN'] }) });
    expect(firstError(promote).extensions?.messageKey).toBe('error.role.platformAdminReserved');
  });

  it("answers another agency's user exactly like a user that does not exist", async () => {
    const missing = '01900000-0000-7000-8000-000000000000';
    for (const [query, variables] of [
      [UPDATE, { input: { name: 'X' } }],
      [DISABLE, {}],
      [ENABLE, {}],
    ] as const) {
      const foreign = await asAdmin(query, { ...variables, id: foreigner.id });
      const absent = await asAdmin(query, { ...variables, id: missing });
      expect(firstError(foreign).extensions).toEqual({ code: 'NOT_FOUND', messageKey: 'error.notFound' });
      expect(foreign.errors).toEqual(absent.errors);
      // A malformed id names nothing, so saying so tells nothing about other agencies.
      const malformed = await asAdmin(query, { ...variables, id: 'not-a-uuid' });
      expect(firstError(malformed).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { id: 'error.input.invalidId' },
      });
    }
  });

  it("lists only the own agency's users, one page at a time", async () => {
    const foreign = await asAdmin<{ users: PageOf<{ id: string }> }>(USERS, { agencyId: otherAgency.id });
    expect(foreign.data?.users).toMatchObject({
      edges: [],
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    await aUser(server.server.orm, ownAgency);
    await aUser(server.server.orm, ownAgency);
    const users = async (variables: { first?: number; after?: string | null }) => {
      const answer = await asAdmin<{ users: PageOf<{ id: string }> }>(USERS, variables);
      return { data: answer.data?.users, errors: answer.errors };
    };
    const listed = await expectToPageThrough(users, { pageSize: 2, key: (user) => user.id });
    expect(listed.length).toBeGreaterThanOrEqual(3);
    expect(listed.map((user) => user.id)).toContain(admin.id);
    expect(listed.map((user) => user.id)).not.toContain(foreigner.id);
    // Oldest first: ids are UUIDv7, so creation order is id order.
    expect(listed.map((user) => user.id)).toEqual(listed.map((user) => user.id).sort());
    await expectPageArgumentsChecked(users);
  });

  it("ends a disabled user's sessions at once, and lets them back in once enabled", async () => {
    const colleague = await aUser(server.server.orm, ownAgency, { password: true });
    const cookie = await signInAs(server, colleague);
    expect((await server.graphql(ME, {}, { cookie })).errors).toBeUndefined();

    const disabled = await asAdmin(DISABLE, { id: colleague.id });
    expect(disabled.data).toEqual({ disableUser: { id: colleague.id, active: false } });
    expect(firstError(await server.graphql(ME, {}, { cookie })).extensions?.code).toBe('UNAUTHENTICATED');
    const revoked = await server.server.orm.em
      .fork()
      .execute('select count(*)::int as n from auth_session where user_id = ? and revoked_at is null', [colleague.id]);
    expect(at(revoked, 0).n).toBe(0);

    await asAdmin(ENABLE, { id: colleague.id });
    await expect(signInAs(server, colleague)).resolves.toBeDefined();
  });

  it('lets an admin rename a user and change their roles, but not disable themself', async () => {
    const colleague = await aUser(server.server.orm, ownAgency, { password: true });
    const updated = await asAdmin(UPDATE, { id: colleague.id, input: { name: 'Ana P.', roles: ['AUDITOR'] } });
    expect(updated.data).toEqual({ updateUser: { id: colleague.id, name: 'Ana P.', roles: ['AUDITOR'] } });
    const self = await asAdmin(DISABLE, { id: admin.id });
    expect(firstError(self).extensions?.messageKey).toBe('error.user.cannotDisableSelf');
  });

  it('refuses user administration to people who are not admins', async () => {
    const officer = await aUser(server.server.orm, ownAgency, { password: true });
    const cookie = await signInAs(server, officer);
    const result = await server.graphql(DISABLE, { id: admin.id }, { cookie });
    expect(firstError(result).extensions?.code).toBe('FORBIDDEN');
  });
});
