// Issue 11, separation of duties: nobody grants themselves roles; operational and administrative roles never
// share an account (or a token); operational roles need a second admin of the agency; a platform admin places no
// case reader anywhere; API tokens work only within their scopes.
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type BorderWorld,
  SENT,
  type TestUser,
  aBorderWorld,
  aUser,
  draftInput,
  referralAfter,
  signInAs,
} from '../support/factories';
import { at, firstError } from '../support/indexing';

const UPDATE = `mutation ($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id roles } }`;
const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id roles active } }`;
const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id roles scopes approvedAt } } }`;
const REQUESTS = `{ roleGrantRequests { id userId userName apiTokenId roles withInvitation requestedByMe } }`;
const APPROVE = `mutation ($id: ID!) { approveRoleGrant(id: $id) { id status } }`;
const REFUSE = `mutation ($id: ID!) { refuseRoleGrant(id: $id) { id status } }`;

type Result = { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
const fieldsOf = (result: Result) => result.errors?.[0]?.extensions?.fields;
const codeOf = (result: Result) => result.errors?.[0]?.extensions?.code ?? 'OK';
type Requests = {
  roleGrantRequests: {
    id: string;
    userId: string | null;
    apiTokenId: string | null;
    roles: string[];
    withInvitation: boolean;
    requestedByMe: boolean;
  }[];
};

let api: TestServer;
let orm: MikroORM;
let world: BorderWorld;
let firstAdmin: TestUser, secondAdmin: TestUser, platformAdmin: TestUser, foreignAdmin: TestUser;
type Caller = <Data = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => ReturnType<TestServer['graphql']> & Promise<{ data?: Data | null }>;
let asFirst: Caller, asSecond: Caller, asPlatform: Caller, asForeign: Caller;

const callerOf = (cookie: string): Caller =>
  ((query: string, variables: Record<string, unknown> = {}) => api.graphql(query, variables, { cookie })) as Caller;

beforeAll(async () => {
  api = await startTestServer();
  orm = api.server.orm;
  world = await aBorderWorld(orm);
  const admin = (agency = world.agencies.sender, roles = [Role.AGENCY_ADMIN]) =>
    aUser(orm, agency, { password: true, roles, totp: true });
  [firstAdmin, secondAdmin, platformAdmin, foreignAdmin] = [
    await admin(),
    await admin(),
    await admin(world.agencies.sameCountry, [Role.PLATFORM_ADMIN]),
    await admin(world.agencies.receiver),
  ];
  asFirst = callerOf(await signInAs(api, firstAdmin));
  asSecond = callerOf(await signInAs(api, secondAdmin));
  asPlatform = callerOf(await signInAs(api, platformAdmin));
  asForeign = callerOf(await signInAs(api, foreignAdmin));
}, 60_000);
afterAll(() => api?.stop());

const invitation = (roles: string[], agencyId = world.agencies.sender.id) => ({
  agencyId,
  email: `new.${randomUUID()}@example.org`,
  name: 'Luis Andrade',
  roles,
  locale: 'es',
  timeZone: 'America/Guatemala',
});
const outboxCount = async (email: string) =>
  Number(
    at(
      await orm.em
        .fork()
        .execute<{ n: string }[]>('select count(*) as n from mail_outbox where recipient = ?', [email]),
      0,
    ).n,
  );

describe('nobody grants roles to themselves', () => {
  it('an agency admin cannot change their own roles, not even to a compatible set', async () => {
    const result = await asFirst(UPDATE, { id: firstAdmin.id, input: { roles: ['AGENCY_ADMIN', 'AUDITOR'] } });
    expect(fieldsOf(result)).toEqual({ 'input.roles': 'error.roles.notYourOwn' });
  });

  it('an agency admin cannot give themself an operational role, directly or through an API token', async () => {
    const self = await asFirst(UPDATE, { id: firstAdmin.id, input: { roles: ['AGENCY_ADMIN', 'LIAISON_OFFICER'] } });
    expect(codeOf(self)).toBe('BAD_USER_INPUT');
    const token = await asFirst<{ createApiToken: { token: string } }>(CREATE_TOKEN, {
      input: { name: 'Mi sistema', roles: ['LIAISON_OFFICER'], scopes: ['referrals:read'] },
    });
    // The token exists but does not work: it waits for the other admin like any grant of an operational role.
    const secret = token.data!.createApiToken.token;
    const used = await api.graphql(
      '{ health { version } users(first: 1) { nodes { id } } }',
      {},
      { authorization: `Bearer ${secret}` },
    );
    expect(codeOf(used)).toBe('UNAUTHENTICATED');
  });
});

describe('operational and administrative roles never share an account', () => {
  it.each([
    ['LIAISON_OFFICER', 'AGENCY_ADMIN'],
    ['CASE_WORKER', 'AUDITOR'],
  ])('refuses %s with %s on an invitation, an update and a token', async (operational, administrative) => {
    const invited = await asFirst(INVITE, { input: invitation([operational, administrative]) });
    expect(fieldsOf(invited)).toEqual({ 'input.roles': 'error.roles.incompatible' });
    const colleague = await aUser(orm, world.agencies.sender, { password: true, roles: [Role.SECRETARIAT] });
    const updated = await asFirst(UPDATE, { id: colleague.id, input: { roles: [operational, administrative] } });
    expect(fieldsOf(updated)).toEqual({ 'input.roles': 'error.roles.incompatible' });
    if (administrative !== 'AGENCY_ADMIN') {
      const token = await asFirst(CREATE_TOKEN, {
        input: { name: 'Mixto', roles: [operational, administrative], scopes: ['referrals:read'] },
      });
      expect(fieldsOf(token)).toEqual({ 'input.roles': 'error.roles.incompatible' });
    }
  });
});

describe('a platform admin places no case reader into any agency', () => {
  it('refuses an invitation or an update with an operational role, in any agency', async () => {
    const invited = await asPlatform(INVITE, { input: invitation(['LIAISON_OFFICER']) });
    expect(fieldsOf(invited)).toEqual({ 'input.roles': 'error.roles.operationalByOwnAgencyAdmin' });
    const colleague = await aUser(orm, world.agencies.sender, { password: true, roles: [Role.SECRETARIAT] });
    const updated = await asPlatform(UPDATE, { id: colleague.id, input: { roles: ['SECRETARIAT', 'CASE_WORKER'] } });
    expect(fieldsOf(updated)).toEqual({ 'input.roles': 'error.roles.operationalByOwnAgencyAdmin' });
    expect(codeOf(await asPlatform(INVITE, { input: invitation(['SECRETARIAT']) }))).toBe('OK');
  });
});

describe('four eyes on operational roles', () => {
  it('an invited liaison officer gets no role and no mail until a second admin of the agency approves', async () => {
    const input = invitation(['LIAISON_OFFICER']);
    const invited = await asFirst<{ inviteUser: { id: string; roles: string[] } }>(INVITE, { input });
    expect(invited.data?.inviteUser.roles).toEqual([]);
    expect(await outboxCount(input.email)).toBe(0);
    const userId = invited.data!.inviteUser.id;

    const seenByFirst = (await asFirst<Requests>(REQUESTS)).data!.roleGrantRequests.find((r) => r.userId === userId)!;
    expect(seenByFirst).toMatchObject({ roles: ['LIAISON_OFFICER'], withInvitation: true, requestedByMe: true });
    const seenBySecond = (await asSecond<Requests>(REQUESTS)).data!.roleGrantRequests.find((r) => r.userId === userId);
    expect(seenBySecond?.requestedByMe).toBe(false);
    expect((await asForeign<Requests>(REQUESTS)).data!.roleGrantRequests.map((r) => r.id)).not.toContain(
      seenByFirst.id,
    );

    const byAsker = await asFirst(APPROVE, { id: seenByFirst.id });
    expect(firstError(byAsker).extensions).toMatchObject({
      code: 'FORBIDDEN',
      messageKey: 'error.roleGrant.secondAdminRequired',
    });
    const byOtherAgency = await asForeign(APPROVE, { id: seenByFirst.id });
    const missing = await asForeign(APPROVE, { id: randomUUID() });
    expect(codeOf(byOtherAgency)).toBe('NOT_FOUND');
    expect(byOtherAgency.errors).toEqual(missing.errors);
    expect(codeOf(await asPlatform(APPROVE, { id: seenByFirst.id }))).toBe('FORBIDDEN');

    expect((await asSecond(APPROVE, { id: seenByFirst.id })).data).toEqual({
      approveRoleGrant: { id: seenByFirst.id, status: 'APPROVED' },
    });
    const roles = await orm.em
      .fork()
      .execute<{ roles: string }[]>('select roles::text from app_user where id = ?', [userId]);
    expect(at(roles, 0).roles).toBe('{LIAISON_OFFICER}');
    expect(await outboxCount(input.email)).toBe(1);
    expect(codeOf(await asSecond(APPROVE, { id: seenByFirst.id }))).toBe('CONFLICT');
    const audited = await orm.em
      .fork()
      .execute<{ action: string; actor_user_id: string }[]>(
        `select action, actor_id as actor_user_id from audit_event where entity_id = ? and action like 'roleGrant.%' order by seq`,
        [userId],
      );
    expect(audited).toEqual([
      { action: 'roleGrant.request', actor_user_id: firstAdmin.id },
      { action: 'roleGrant.approve', actor_user_id: secondAdmin.id },
    ]);
  });

  it('adding an operational role to a colleague waits; a refusal leaves them as they were', async () => {
    const colleague = await aUser(orm, world.agencies.sender, { password: true, roles: [Role.SECRETARIAT] });
    const updated = await asFirst<{ updateUser: { roles: string[] } }>(UPDATE, {
      id: colleague.id,
      input: { roles: ['SECRETARIAT', 'CASE_WORKER'] },
    });
    expect(updated.data?.updateUser.roles).toEqual(['SECRETARIAT']);
    const request = (await asSecond<Requests>(REQUESTS)).data!.roleGrantRequests.find(
      (r) => r.userId === colleague.id,
    )!;
    expect((await asSecond(REFUSE, { id: request.id })).data).toEqual({
      refuseRoleGrant: { id: request.id, status: 'REFUSED' },
    });
    const roles = await orm.em
      .fork()
      .execute<{ roles: string }[]>('select roles::text from app_user where id = ?', [colleague.id]);
    expect(at(roles, 0).roles).toBe('{SECRETARIAT}');
  });
});

describe('API tokens act within their scopes', () => {
  async function approvedToken(scopes: string[]): Promise<(query: string, variables?: object) => Promise<Result>> {
    const created = await asFirst<{ createApiToken: { token: string; apiToken: { id: string } } }>(CREATE_TOKEN, {
      input: { name: `Sistema ${scopes.join(' ')}`, roles: ['LIAISON_OFFICER'], scopes },
    });
    expect(created.errors).toBeUndefined();
    const { token, apiToken } = created.data!.createApiToken;
    const request = (await asSecond<Requests>(REQUESTS)).data!.roleGrantRequests.find(
      (r) => r.apiTokenId === apiToken.id,
    )!;
    expect(codeOf(await asSecond(APPROVE, { id: request.id }))).toBe('OK');
    return (query, variables = {}) =>
      api.graphql(query, variables as Record<string, unknown>, { authorization: `Bearer ${token}` });
  }

  it('a referrals:read token reads referrals but cannot create, send or post', async () => {
    const reader = await approvedToken(['referrals:read']);
    const draftId = await referralAfter(orm, world, []);
    const sentId = await referralAfter(orm, world, SENT);
    const read = (await reader(`query ($id: ID!) { referral(id: $id) { id status } }`, { id: sentId })) as {
      data?: { referral: { id: string } };
    };
    expect(read.data?.referral.id).toBe(sentId);
    const input = draftInput(world);
    const created = await reader(
      `mutation ($input: ReferralDraftInput!) { createReferralDraft(input: $input) { id } }`,
      { input: { ...input, incidentDate: input.incidentDate ?? null } },
    );
    expect(codeOf(created)).toBe('FORBIDDEN');
    expect(codeOf(await reader(`mutation ($id: ID!) { sendReferral(id: $id) { id } }`, { id: draftId }))).toBe(
      'FORBIDDEN',
    );
    const posted = await reader(
      `mutation ($input: PostReferralMessageInput!) { postReferralMessage(input: $input) { id } }`,
      { input: { referralId: sentId, body: 'Hola' } },
    );
    expect(codeOf(posted)).toBe('FORBIDDEN');
    const rows = await orm.em
      .fork()
      .execute<{ status: string }[]>('select status from referral where id = ?', [draftId]);
    expect(at(rows, 0).status).toBe('DRAFT');
  });

  it('a token needs scopes, and only known ones', async () => {
    const none = await asFirst(CREATE_TOKEN, { input: { name: 'Sin alcance', roles: ['SECRETARIAT'], scopes: [] } });
    expect(fieldsOf(none)).toEqual({ 'input.scopes': 'error.scopes.required' });
    const unknown = await asFirst(CREATE_TOKEN, {
      input: { name: 'Raro', roles: ['SECRETARIAT'], scopes: ['everything:write'] },
    });
    expect(fieldsOf(unknown)).toEqual({ 'input.scopes': 'error.scope.invalid' });
  });
});
