// Issue 17, "federation that runs": every entity another subgraph may reference reads through the caller's
// rules exactly as a direct read does; `_service` answers only a gateway bearing the token.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GATEWAY_TOKEN_HEADER } from '../../server/src/platform/graphql/gateway-access';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  callerOf,
  createCoordinationWorld,
  dataOf,
  meetingWithAgenda,
  type Caller,
  type CoordinationWorld,
  type Who,
} from '../support/factories/coordination-world';
import { firstError } from '../support/indexing';

const GATEWAY_TOKEN = 'a-gateway-token-of-at-least-32-characters';
const committedSdl = readFileSync(path.join(__dirname, '../../schema/enlace.graphql'), 'utf8');

let server: TestServer;
let world: CoordinationWorld;
const callers = {} as Record<Who, Caller>;

beforeAll(async () => {
  server = await startTestServer({ ENLACE_GATEWAY_TOKEN: GATEWAY_TOKEN });
  world = await createCoordinationWorld(server.server.orm);
  for (const who of Object.keys(world.cookieOf) as Who[]) callers[who] = callerOf(server, world.cookieOf[who]);
}, 60_000);
afterAll(() => server?.stop());

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Mechanism { id }
  ... on Agency { id acronym }
  ... on Decision { id }
  ... on ActionItem { id }
  ... on LibraryDocument { id }
} }`;

const entitiesFor = async (who: Who, representations: { __typename: string; id: string }[]) =>
  dataOf<{ _entities: ({ id: string } | null)[] }>(await callers[who](ENTITIES, { r: representations }))._entities;

describe('reference resolvers apply the caller rules', () => {
  let decisionId: string;
  let actionItemId: string;
  let documentId: string;

  beforeAll(async () => {
    const meeting = await meetingWithAgenda(callers.secretariat, world);
    decisionId = dataOf<{ recordDecision: { id: string } }>(
      await callers.secretariat(`mutation ($m: ID!) { recordDecision(meetingId: $m, text: "Acuerdo") { id } }`, {
        m: meeting.id,
      }),
    ).recordDecision.id;
    actionItemId = dataOf<{ addActionItem: { id: string } }>(
      await callers.secretariat(
        `mutation ($m: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $m, input: $input) { id } }`,
        {
          m: meeting.id,
          input: { title: 'Revisar', ownerAgencyId: world.agencies.inm.id, dueDate: '2030-01-01', priority: 'HIGH' },
        },
      ),
    ).addActionItem.id;
    documentId = dataOf<{ createLibraryDocument: { id: string } }>(
      await callers.secretariat(
        `mutation ($m: ID!, $input: LibraryDocumentInput!) { createLibraryDocument(mechanismId: $m, input: $input) { id } }`,
        {
          m: world.mechanism.id,
          input: { kind: 'PROTOCOL', title: 'Protocolo', summary: 'Resumen', language: 'es', handlingCode: 'H2' },
        },
      ),
    ).createLibraryDocument.id;
  });

  it('gives a member of the mechanism its mechanism, decisions, actions and documents', async () => {
    const representations = [
      { __typename: 'Mechanism', id: world.mechanism.id },
      { __typename: 'Decision', id: decisionId },
      { __typename: 'ActionItem', id: actionItemId },
      { __typename: 'LibraryDocument', id: documentId },
    ];
    expect(await entitiesFor('memberOfficer', representations)).toEqual(representations.map(({ id }) => ({ id })));
  });

  it('answers null for each of them to an officer of an agency outside the mechanism, as the direct reads do', async () => {
    const representations = [
      { __typename: 'Mechanism', id: world.mechanism.id },
      { __typename: 'Decision', id: decisionId },
      { __typename: 'ActionItem', id: actionItemId },
      { __typename: 'LibraryDocument', id: documentId },
    ];
    expect(await entitiesFor('foreignOfficer', representations)).toEqual([null, null, null, null]);
    const direct = await callers.foreignOfficer(`query ($id: ID!) { mechanism(id: $id) { id } }`, {
      id: world.mechanism.id,
    });
    expect(direct.data).toEqual({ mechanism: null });
  });

  it('resolves an active agency for any signed-in user, and nothing for an anonymous caller', async () => {
    const agency = [{ __typename: 'Agency', id: world.agencies.cr.id }];
    expect(await entitiesFor('memberOfficer', agency)).toEqual([{ id: world.agencies.cr.id, acronym: 'DGME' }]);
    const anonymous = await server.graphql<{ _entities: unknown[] }>(ENTITIES, { r: agency });
    expect(anonymous.data?._entities?.[0] ?? null).toBeNull();
  });

  it('offers no key on users: staff cannot be looked up from outside', async () => {
    expect(committedSdl).not.toMatch(/type User\s+@key/);
    const result = await callers.memberOfficer(ENTITIES, {
      r: [{ __typename: 'User', id: world.userOf.secretariat.id }],
    });
    expect(firstError(result).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses more than 100 representations in one request', async () => {
    const many = Array.from({ length: 101 }, () => ({ __typename: 'Mechanism', id: world.mechanism.id }));
    const result = await callers.memberOfficer(ENTITIES, { r: many });
    expect(firstError(result).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { representations: 'error.input.tooManyItems' },
    });
  });
});

describe('_service with a gateway token set', () => {
  const SDL = '{ _service { sdl } }';

  it('serves the SDL to the gateway bearing the token', async () => {
    const result = await server.graphql<{ _service: { sdl: string } }>(
      SDL,
      {},
      { [GATEWAY_TOKEN_HEADER]: GATEWAY_TOKEN },
    );
    expect(result.data?._service.sdl).toContain('@key(fields: "id")');
  });

  it('refuses it to anonymous callers, to a wrong token and to a signed-in user without the token', async () => {
    const anonymous = await server.graphql(SDL);
    const wrong = await server.graphql(SDL, {}, { [GATEWAY_TOKEN_HEADER]: `${GATEWAY_TOKEN}x` });
    const signedIn = await callers.platformAdmin(SDL);
    for (const result of [anonymous, wrong, signedIn]) {
      expect(firstError(result).extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(result)).not.toContain('type Query');
    }
  });
});
