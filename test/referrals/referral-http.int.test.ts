import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  aBorderWorld,
  type BorderWorld,
  draftInput,
  givePassword,
  signInAs,
  type TestUser,
} from '../support/factories';
import { firstError } from '../support/indexing';

const CREATE = `mutation ($input: ReferralDraftInput!, $key: String) {
  createReferralDraft(input: $input, idempotencyKey: $key) { id status reference }
}`;
const SEND = `mutation ($id: ID!, $key: String) { sendReferral(id: $id, idempotencyKey: $key) { id status reference dueAt } }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledgeReferral(id: $id, comment: "Recibido") { status history { action } } }`;
const READ = `query ($id: ID!) {
  referral(id: $id) { reference restrictedFields persons { role givenNames phones restrictedFields } }
}`;
const INBOX = `{ referrals(box: INBOX, first: 10) { totalCount edges { node { id sendingAgency { acronym } } } } }`;

/** The referral API end to end: real HTTP, real sign-in cookies, the real audit trail. */
describe('referrals over HTTP', () => {
  let api: TestServer;
  let world: BorderWorld;
  const cookies = new Map<TestUser, string>();

  beforeAll(async () => {
    api = await startTestServer();
    world = await aBorderWorld(api.server.orm);
  });
  afterAll(() => api?.stop());

  async function as(who: TestUser, query: string, variables: Record<string, unknown> = {}) {
    if (!cookies.has(who)) {
      // Signed in through the API with a password, as a person would.
      await givePassword(api.server.orm, who);
      cookies.set(who, await signInAs(api, who));
    }
    return api.graphql<Record<string, unknown>>(query, variables, { cookie: cookies.get(who)! });
  }

  it('carries a referral from draft to acknowledgement, with personal data only for the liaison officers', async () => {
    const { senderOfficer, receiverOfficer, receiverCaseWorker, fellowMemberOfficer } = world.users;
    const key = randomUUID();
    const created = await as(senderOfficer, CREATE, { input: draftInput(world), key });
    expect(created.errors).toBeUndefined();
    const { id } = created.data!.createReferralDraft as { id: string };
    const retried = await as(senderOfficer, CREATE, { input: draftInput(world), key });
    expect((retried.data!.createReferralDraft as { id: string }).id).toBe(id);

    const sent = await as(senderOfficer, SEND, { id });
    expect(sent.data!.sendReferral).toMatchObject({ status: 'SENT', reference: expect.stringMatching(/^GT-MX-/) });

    const inbox = await as(receiverOfficer, INBOX);
    expect(inbox.data!.referrals).toMatchObject({
      totalCount: 1,
      edges: [{ node: { id, sendingAgency: { acronym: 'PNC' } } }],
    });

    const officerView = await as(receiverOfficer, READ, { id });
    expect(officerView.data!.referral).toMatchObject({
      persons: [{ givenNames: 'Juan Carlos', restrictedFields: [] }, {}],
    });
    const caseWorkerView = await as(receiverCaseWorker, READ, { id });
    expect(caseWorkerView.data!.referral).toMatchObject({
      persons: [{ role: 'SUSPECTED_SMUGGLER', givenNames: null, phones: null }, {}],
    });
    const outsider = await as(fellowMemberOfficer, READ, { id });
    expect(firstError(outsider).extensions?.code).toBe('NOT_FOUND');

    const acknowledged = await as(receiverOfficer, ACKNOWLEDGE, { id });
    expect(acknowledged.data!.acknowledgeReferral).toEqual({
      status: 'ACKNOWLEDGED',
      history: [{ action: 'send' }, { action: 'acknowledge' }],
    });

    const trail: { action: string; owner_agency_id: string }[] = await api.server.orm.em
      .fork()
      .execute(`select action, owner_agency_id from audit_event where entity_id in (?) order by seq`, [id]);
    expect(trail.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['referral.create', 'referral.send', 'referral.acknowledge']),
    );
    const reads: { action: string; owner_agency_id: string }[] = await api.server.orm.em
      .fork()
      .execute(`select action, owner_agency_id from audit_event where action = 'personal-data.read'`);
    expect(reads.length).toBeGreaterThan(0);
    expect(new Set(reads.map((entry) => entry.owner_agency_id))).toEqual(new Set([world.agencies.sender.id]));
  });

  it('refuses the workflow to anyone signed out', async () => {
    const result = await api.graphql(SEND, { id: randomUUID() });
    expect(firstError(result).extensions?.code).toBe('UNAUTHENTICATED');
  });
});
