import type { MikroORM } from '@mikro-orm/postgresql';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  anApiToken,
  aBorderWorld,
  type Caller,
  graphqlWithToken,
  type BorderWorld,
  codeOf,
  draftInput,
} from '../support/factories';
import { at } from '../support/indexing';

let server: TestServer;
let orm: MikroORM;
let world: BorderWorld;

const REFERRAL_SYSTEM_SCOPES = ['referrals:write', 'directory:read'];
let senderSystem: Caller, receiverSystem: Caller;
let senderTokenId: string, receiverTokenId: string;

beforeAll(async () => {
  server = await startTestServer();
  orm = server.server.orm;
  world = await aBorderWorld(orm);
  // The world has no admin in the receiving agency (only that agency's admins issue its tokens): add one.
  const receiverAdmin = await world.colleagueIn('receiver', [Role.AGENCY_ADMIN], { name: 'Receiver admin' });
  const senderToken = await anApiToken(orm, world.users.senderAdmin, {
    roles: [Role.LIAISON_OFFICER],
    scopes: REFERRAL_SYSTEM_SCOPES,
  });
  const receiverToken = await anApiToken(orm, receiverAdmin, {
    roles: [Role.LIAISON_OFFICER],
    scopes: REFERRAL_SYSTEM_SCOPES,
  });
  senderSystem = graphqlWithToken(server, senderToken.secret);
  receiverSystem = graphqlWithToken(server, receiverToken.secret);
  senderTokenId = senderToken.id;
  receiverTokenId = receiverToken.id;
}, 60_000);
afterAll(() => server?.stop());

const CREATE = `mutation ($input: ReferralDraftInput!, $key: String) {
  createReferralDraft(input: $input, idempotencyKey: $key) { id status } }`;
const step = (name: string, extra = '') => `mutation ($id: ID!) { ${name}(id: $id${extra}) { id status } }`;
const HISTORY = `query ($id: ID!) { referral(id: $id) { reference history { action byUserId byApiTokenId } } }`;
const POST = `mutation ($input: PostReferralMessageInput!) { postReferralMessage(input: $input) { id authorId authorApiTokenId } }`;

/** The GraphQL variables of a draft from the world's sender to its receiver. */
const draftVariables = () => {
  const input = draftInput(world);
  return { ...input, incidentDate: input.incidentDate ?? null };
};

describe("an agency's own system, through a LIAISON_OFFICER API token", () => {
  it('creates, sends and moves a referral along its lifecycle; history names the token, not a person', async () => {
    const created = await senderSystem<{ createReferralDraft: { id: string } }>(CREATE, { input: draftVariables() });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createReferralDraft.id;
    const steps: [Caller, string, string][] = [
      [senderSystem, step('sendReferral'), 'SENT'],
      [receiverSystem, step('acknowledgeReferral'), 'ACKNOWLEDGED'],
      [receiverSystem, step('acceptReferral'), 'ACCEPTED'],
      [receiverSystem, step('startReferral'), 'IN_PROGRESS'],
      [receiverSystem, step('closeReferral', ', outcome: INFORMATION_PROVIDED'), 'CLOSED'],
    ];
    for (const [system, mutation, status] of steps) {
      const result = await system<Record<string, { status: string }>>(mutation, { id });
      expect(result.errors).toBeUndefined();
      expect(at(Object.values(result.data!), 0).status).toBe(status);
    }
    const read = await senderSystem<{
      referral: { reference: string; history: { action: string; byUserId: string | null; byApiTokenId: string }[] };
    }>(HISTORY, { id });
    expect(read.data!.referral.reference).toMatch(/^[A-Z]{2}-[A-Z]{2}-\d{4}-\d{6}$/);
    expect(read.data!.referral.history).toEqual([
      { action: 'send', byUserId: null, byApiTokenId: senderTokenId },
      { action: 'acknowledge', byUserId: null, byApiTokenId: receiverTokenId },
      { action: 'accept', byUserId: null, byApiTokenId: receiverTokenId },
      { action: 'start', byUserId: null, byApiTokenId: receiverTokenId },
      { action: 'close', byUserId: null, byApiTokenId: receiverTokenId },
    ]);
    const row = await orm.em
      .fork()
      .getConnection()
      .execute<{ created_by_id: string | null; created_by_api_token_id: string }[]>(
        'select created_by_id, created_by_api_token_id from referral where id = ?',
        [id],
      );
    expect(row[0]).toEqual({ created_by_id: null, created_by_api_token_id: senderTokenId });
  });

  it('leaves an audit trail that names the token and its agency as who acted', async () => {
    const id = (await senderSystem<{ createReferralDraft: { id: string } }>(CREATE, { input: draftVariables() })).data!
      .createReferralDraft.id;
    await senderSystem(step('sendReferral'), { id });
    await receiverSystem(step('acknowledgeReferral'), { id });
    const audited = await orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; actor_kind: string; actor_id: string; actor_agency_id: string }[]>(
        `select action, actor_kind, actor_id, actor_agency_id from audit_event
          where entity_id = ? and action like 'referral.%' order by seq`,
        [id],
      );
    expect(audited).toEqual([
      {
        action: 'referral.create',
        actor_kind: 'api-token',
        actor_id: senderTokenId,
        actor_agency_id: world.agencies.sender.id,
      },
      {
        action: 'referral.send',
        actor_kind: 'api-token',
        actor_id: senderTokenId,
        actor_agency_id: world.agencies.sender.id,
      },
      {
        action: 'referral.acknowledge',
        actor_kind: 'api-token',
        actor_id: receiverTokenId,
        actor_agency_id: world.agencies.receiver.id,
      },
    ]);
  });

  it('posts messages to the conversation, recorded as written by the token', async () => {
    const id = (await senderSystem<{ createReferralDraft: { id: string } }>(CREATE, { input: draftVariables() })).data!
      .createReferralDraft.id;
    await senderSystem(step('sendReferral'), { id });
    const posted = await receiverSystem<{ postReferralMessage: { authorId: string | null; authorApiTokenId: string } }>(
      POST,
      { input: { referralId: id, body: 'Recibido por el sistema de casos.' } },
    );
    expect(posted.errors).toBeUndefined();
    expect(posted.data!.postReferralMessage).toMatchObject({ authorId: null, authorApiTokenId: receiverTokenId });
    const audited = await orm.em
      .fork()
      .getConnection()
      .execute<{ actor_kind: string; actor_id: string }[]>(
        `select actor_kind, actor_id from audit_event where action = 'referral.message.post' and details->>'referralId' = ?`,
        [id],
      );
    expect(audited).toEqual([{ actor_kind: 'api-token', actor_id: receiverTokenId }]);
  });

  it('retries a create with the same idempotency key without creating twice', async () => {
    const variables = { input: draftVariables(), key: 'system-42' };
    const first = await senderSystem<{ createReferralDraft: { id: string } }>(CREATE, variables);
    const again = await senderSystem<{ createReferralDraft: { id: string } }>(CREATE, variables);
    expect(again.data!.createReferralDraft.id).toBe(first.data!.createReferralDraft.id);
  });

  it('is refused what the token’s roles do not allow, and is not the other side', async () => {
    const caseWorkerSystem = graphqlWithToken(
      server,
      (await anApiToken(orm, world.users.senderAdmin, { roles: [Role.CASE_WORKER] })).secret,
    );
    expect(codeOf(await caseWorkerSystem(CREATE, { input: draftVariables() }))).toBe('FORBIDDEN');
    const id = (await senderSystem<{ createReferralDraft: { id: string } }>(CREATE, { input: draftVariables() })).data!
      .createReferralDraft.id;
    await senderSystem(step('sendReferral'), { id });
    expect(codeOf(await senderSystem(step('acknowledgeReferral'), { id }))).toBe('FORBIDDEN');
    expect(codeOf(await caseWorkerSystem(step('withdrawReferral', ', reason: "x"'), { id }))).toBe('FORBIDDEN');
  });
});
