import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  ACKNOWLEDGED,
  type BorderWorld,
  aBorderWorld,
  cookieFor,
  draftInput,
  graphqlAs,
  referralAfter,
} from '../support/factories';
import { at, firstError } from '../support/indexing';

// Any UTF-16 code unit, lone surrogates and NUL included: what a broken client or an attacker can send.
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) });
const nasty = fc.constantFrom(
  '\u0000',
  'abc\u0000def',
  '\uD800',
  'x\uDC00y',
  '\u202Eexe.jpg',
  'x'.repeat(25_000),
  "'; drop table referral; --",
  'GT-MX-2026-000001',
  '0000-01-01',
  '2026-13-45',
  '9999-12-31',
  '-0001-01-01',
  '',
);
const anyString = fc.oneof(anyText, nasty, fc.uuid().map(String), fc.constant(randomUUID()));
const anyDate = fc.oneof(
  nasty,
  fc
    .date({ min: new Date(Date.UTC(-2000, 0, 1)), max: new Date(Date.UTC(12000, 0, 1)), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
);

/** Rows a refused request must leave alone. */
const FINGERPRINT = `select
  (select count(*) from referral)::int as referrals,
  (select count(*) from referral_person)::int as persons,
  (select count(*) from referral_message)::int as messages,
  (select count(*) from referral_forward)::int as forwards,
  (select max(updated_at) from referral) as last_update,
  (select count(*) from referral_transition)::int as transitions`;

describe('Bad input is answered cleanly: never an internal error, never a change on a refused request', () => {
  let server: TestServer;
  let world: BorderWorld;
  let ask: ReturnType<typeof graphqlAs>;
  let referralId: string;

  beforeAll(async () => {
    server = await startTestServer();
    world = await aBorderWorld(server.server.orm);
    ask = graphqlAs(server, await cookieFor(server.server.orm, world.users.senderOfficer));
    referralId = await referralAfter(server.server.orm, world, ACKNOWLEDGED);
  });
  afterAll(() => server.stop());

  const fingerprint = async () => JSON.stringify(await server.server.orm.em.fork().execute(FINGERPRINT));

  /** Runs one request and checks the two promises; returns nothing, throws on a broken one. */
  async function holds(query: string, variables: Record<string, unknown>) {
    const before = await fingerprint();
    const result = await ask(query, variables);
    const codes = (result.errors ?? []).map((error) => error.extensions?.code);
    if (result.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) {
      throw new Error(`internal error for ${query} ${JSON.stringify(variables).slice(0, 300)}`);
    }
    if (codes.length > 0 && !result.data) expect(await fingerprint()).toBe(before);
    return codes;
  }

  const runs = { numRuns: 30 };

  it('answers random ids given to lookups with bad input or not found, naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(anyString, async (id) => {
        for (const query of [
          'query ($id: ID!) { referral(id: $id) { id } }',
          'query ($id: ID!) { mechanism(id: $id) { id } }',
          'query ($id: ID!) { agency(id: $id) { id } }',
          'query ($id: ID!) { referralDeadlines(mechanismId: $id) { urgency } }',
          'query ($id: ID!) { referralMessages(referralId: $id) { id } }',
          'mutation ($id: ID!) { approveReferralForward(forwardId: $id) { id } }',
          'mutation ($id: ID!) { refuseReferralForward(forwardId: $id, reason: "no") { id } }',
        ]) {
          const codes = await holds(query, { id });
          expect(codes.every((code) => ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN'].includes(code as string))).toBe(
            true,
          );
        }
      }),
      runs,
    );
  });

  it('answers random search texts and filter ids without an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(anyString, anyString, async (search, mechanismId) => {
        await holds('query ($f: ReferralFilter) { referrals(box: INBOX, filter: $f) { totalCount } }', {
          f: { search, mechanismId },
        });
      }),
      runs,
    );
  });

  it('refuses random texts, dates and ids in a draft, a message and federation references, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(anyString, anyString, anyDate, anyString, async (title, name, date, id) => {
        const input = draftInput(world, { title, incidentDate: date, crossingPointId: id });
        at(input.persons!, 0).givenNames = name;
        at(input.persons!, 0).dateOfBirth = date;
        await holds('mutation ($input: ReferralDraftInput!) { createReferralDraft(input: $input) { id } }', { input });
        await holds('mutation ($input: PostReferralMessageInput!) { postReferralMessage(input: $input) { id } }', {
          input: { referralId, body: name, attachmentIds: [id] },
        });
        await holds('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', {
          r: [{ __typename: title.slice(0, 30), id }],
        });
      }),
      runs,
    );
  });

  it('names the field for each kind of refusal', async () => {
    const draft = draftInput(world, { narrative: 'Relato\u0000con NUL', incidentDate: '0000-01-01' });
    at(draft.persons!, 0).givenNames = 'Ana\uD800';
    const refused = await ask('mutation ($input: ReferralDraftInput!) { createReferralDraft(input: $input) { id } }', {
      input: draft,
    });
    expect(firstError(refused).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        'input.narrative': 'error.input.invalidCharacters',
        'input.incidentDate': 'error.input.dateOutOfRange',
        'input.persons.0.givenNames': 'error.input.invalidCharacters',
      },
    });
    const entities = await ask('query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }', {
      r: [{ __typename: 'ReferralMessage', id: randomUUID() }],
    });
    expect(firstError(entities).extensions?.fields).toEqual({
      'representations.0.__typename': 'error.input.unknownEntityType',
    });
  });

  it('refuses a file name with a right-to-left override ("gpj.exe" shown as "exe.jpg"), storing nothing', async () => {
    const before = await server.server.orm.em.fork().execute('select count(*)::int as n from referral_attachment');
    const response = await fetch(`${server.url}/api/referrals/${referralId}/attachments`, {
      method: 'POST',
      headers: {
        cookie: await cookieFor(server.server.orm, world.users.senderOfficer),
        'content-type': 'application/pdf',
        'x-requested-with': 'enlace',
        'x-file-name': encodeURIComponent('factura\u202Efdp.exe'),
      },
      body: '%PDF-1.7 a file',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'BAD_USER_INPUT', messageKey: 'error.attachment.fileNameInvalid' });
    expect(await server.server.orm.em.fork().execute('select count(*)::int as n from referral_attachment')).toEqual(
      before,
    );
  });
});
