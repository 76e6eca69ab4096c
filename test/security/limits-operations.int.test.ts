import { readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {
  buildSchema,
  execute,
  getNamedType,
  type GraphQLInputObjectType,
  GraphQLObjectType,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { buildEnlaceSchema } from '../../server/src/app';
import { InputLimitRules, statedLimits } from '../../server/src/platform/graphql/input-limits';
import { Role } from '../../server/src/platform/authz/roles';
import { OPERATION_LIMITS, operationLimitsForApollo } from '../../server/src/platform/graphql/operation-limits';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  type BorderWorld,
  ME,
  SIGN_IN,
  aBorderWorld,
  aUser,
  anAgency,
  cookieFor,
  draftInput,
  signInAs,
} from '../support/factories';
import { at, firstError } from '../support/indexing';

const webSource = path.join(__dirname, '../../web/src');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return graphqlFiles(file);
    return name.endsWith('.graphql') ? [file] : [];
  });
}

/** The longest chain of object fields from Query (Infinity if the schema has a cycle). */
function deepestPath(schema: GraphQLSchema): number {
  const depthOf = (type: GraphQLObjectType, seen: Set<string>): number => {
    if (seen.has(type.name)) return Infinity;
    let deepest = 1;
    for (const field of Object.values(type.getFields())) {
      const target = getNamedType(field.type);
      if (!(target instanceof GraphQLObjectType) || field.name.startsWith('_')) continue;
      deepest = Math.max(deepest, 1 + depthOf(target, new Set([...seen, type.name])));
    }
    return deepest;
  };
  return depthOf(schema.getQueryType()!, new Set());
}

const DRAFT = `mutation Draft($input: ReferralDraftInput!) { createReferralDraft(input: $input) { id } }`;
const SEARCH = `query Search($filter: ReferralFilter) { referrals(box: INBOX, filter: $filter) { totalCount } }`;

describe('Abuse limits: what one operation may ask for is checked before it executes', () => {
  let server: TestServer;
  let world: BorderWorld;
  let cookie: string;
  const sql = (query: string, params: unknown[] = []) => server.server.orm.em.fork().execute(query, params);
  const graphqlAs = (query: string, variables: Record<string, unknown> = {}) =>
    server.graphql(query, variables, { cookie });

  beforeAll(async () => {
    server = await startTestServer();
    world = await aBorderWorld(server.server.orm);
    cookie = await cookieFor(server.server.orm, world.users.senderOfficer);
  });
  afterAll(() => server.stop());

  it('gives no field suggestions that would map the schema for a stranger', async () => {
    const result = await server.graphql('{ mee { id } }');
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|"me"/);
  });

  it('refuses 1,000 aliased health calls and 200 aliased inbox pages without running one', async () => {
    const health = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `h${i}: health { status }`).join(' ')} }`;
    const thousand = await server.graphql(health(1000));
    expect(thousand.data ?? null).toBeNull();
    expect([400, 413]).toContain(thousand.status);
    const justOverTheLimit = await server.graphql(health(OPERATION_LIMITS.maxAliases + 1));
    expect(justOverTheLimit.data ?? null).toBeNull();
    expect(firstError(justOverTheLimit).message).toMatch(/aliases/i);

    const inbox = `{ ${Array.from({ length: 200 }, (_, i) => `p${i}: referrals(box: INBOX) { totalCount }`).join(' ')} }`;
    const pages = await graphqlAs(inbox);
    expect(pages.data ?? null).toBeNull();
    expect(pages.status).toBe(400);
    const twenty = `{ ${Array.from({ length: 20 }, (_, i) => `p${i}: referrals(box: INBOX) { totalCount }`).join(' ')} }`;
    const fewerPages = await graphqlAs(twenty);
    expect(fewerPages.data ?? null).toBeNull();
    expect(firstError(fewerPages).message).toMatch(/aliases/i);
  });

  it(`refuses selections nested deeper than ${OPERATION_LIMITS.maxDepth} levels`, async () => {
    // Enlace's own schema has no cycle today (its deepest path is measured below), so a cycle is made here to
    // show the configured rule at work; the limit keeps a future cycle (agency -> mechanisms -> agencies) safe.
    const cyclic = buildSchema('type Query { node: Node } type Node { id: ID next: Node }');
    // Levels as graphql-armor counts them: every field, the leaf included.
    const nested = (levels: number) => `{ node { ${'next { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;
    const { validationRules } = operationLimitsForApollo();
    expect(validate(cyclic, parse(nested(OPERATION_LIMITS.maxDepth)), validationRules)).toEqual([]);
    const refused = validate(cyclic, parse(nested(OPERATION_LIMITS.maxDepth + 1)), validationRules);
    expect(refused.map((error) => error.message).join()).toMatch(/depth/i);
    expect(deepestPath(await buildEnlaceSchema())).toBeLessThanOrEqual(OPERATION_LIMITS.maxDepth);
  });

  it('refuses a document of more tokens than the limit, and one longer than the size limit', async () => {
    const manyTokens = `{ me { ${'id '.repeat(OPERATION_LIMITS.maxTokens + 10)} } }`;
    expect(manyTokens.length).toBeLessThan(OPERATION_LIMITS.maxDocumentCharacters);
    const tokens = await graphqlAs(manyTokens);
    expect(tokens.status).toBe(400);
    expect(firstError(tokens).extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(firstError(tokens).message).toMatch(/tokens/);

    const long = await graphqlAs(`{ me { id } } # ${'x'.repeat(OPERATION_LIMITS.maxDocumentCharacters)}`);
    expect(long.status).toBe(413);
    expect(firstError(long).extensions).toEqual({ code: 'BAD_REQUEST', messageKey: 'error.operationTooLarge' });
  });

  it('refuses a 2 MB request body before parsing it', async () => {
    // On a connection of its own (no keep-alive pool): the server answers before the body is in and then closes
    // the connection, which fetch's pool could otherwise hand to the next test's request (ECONNRESET there).
    const body = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(2_000_000) } });
    const status = await new Promise<number>((resolve, reject) => {
      let answered = false;
      const request = http.request(
        `${server.url}/graphql`,
        { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
        (response) => {
          answered = true;
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      // The server may close the connection while the rest of the body is still going out: once it has answered,
      // that is expected, and the answer is what counts.
      request.on('error', (error) => (answered ? undefined : reject(error)));
      request.end(body);
    });
    expect(status).toBe(413);
  });

  it('refuses too many directives and a cost above the limit built from few tokens (fragments)', async () => {
    const directives = `{ me { ${Array.from({ length: OPERATION_LIMITS.maxDirectives + 1 }, () => 'id @include(if: true)').join(' ')} } }`;
    const tooManyDirectives = await graphqlAs(directives);
    expect(tooManyDirectives.data ?? null).toBeNull();
    expect(firstError(tooManyDirectives).message).toMatch(/directives/i);

    const fragments = [
      'fragment F0 on Query { me { id email name agency { id name acronym } } }',
      ...[1, 2, 3, 4, 5, 6].map((level) => `fragment F${level} on Query { ${`...F${level - 1} `.repeat(5)} }`),
    ];
    const costly = await graphqlAs(`query { ...F6 } ${fragments.join(' ')}`);
    expect(costly.data ?? null).toBeNull();
    expect(firstError(costly).message).toMatch(/cost/i);
  });

  it('lets every operation the web app ships through all of these limits', () => {
    return buildEnlaceSchema().then((schema) => {
      const documents = graphqlFiles(webSource).map((file) => ({ file, document: parse(readFileSync(file, 'utf8')) }));
      const fragments = documents.flatMap(({ document }) =>
        document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION),
      );
      const { validationRules } = operationLimitsForApollo();
      const refused: string[] = [];
      for (const { file, document } of documents) {
        for (const operation of document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)) {
          const alone: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] };
          const errors = validate(schema, alone, validationRules);
          if (errors.length > 0) refused.push(`${path.relative(webSource, file)}: ${at(errors, 0).message}`);
        }
      }
      expect(documents.length).toBeGreaterThan(10);
      expect(refused).toEqual([]);
    });
  });

  it('refuses 5,000 federation representations in one request, and a 1 MB search string, as bad input', async () => {
    const representations = Array.from({ length: 5000 }, () => ({ __typename: 'Country', id: 'GT' }));
    const entities = await server.graphql(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Country { id } } }',
      { r: representations },
    );
    expect(firstError(entities).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { representations: 'error.input.tooManyItems' },
    });

    const started = Date.now();
    const search = await graphqlAs(SEARCH, { filter: { search: 'contrabando '.repeat(80_000) } });
    expect(firstError(search).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'filter.search': 'error.input.tooLong' },
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses eleven phones for one person and writes nothing', async () => {
    const before = await sql('select count(*)::int as n from referral');
    const input = draftInput(world);
    at(input.persons!, 0).phones = Array.from({ length: 11 }, (_, i) => `+502 5555 01${String(i).padStart(2, '0')}`);
    const result = await graphqlAs(DRAFT, { input });
    expect(firstError(result).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.persons.0.phones': 'error.input.tooManyItems' },
    });
    expect(await sql('select count(*)::int as n from referral')).toEqual(before);
  });

  it('states a limit in the schema description of every text and list input', async () => {
    const schema = await buildEnlaceSchema();
    const unstated: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const inputs =
        'getFields' in type && !(type instanceof GraphQLObjectType)
          ? Object.values(type.getFields()).map((field) => [`${type.name}.${field.name}`, field] as const)
          : type instanceof GraphQLObjectType
            ? Object.values(type.getFields()).flatMap((field) =>
                field.args.map((arg) => [`${type.name}.${field.name}(${arg.name}:)`, arg] as const),
              )
            : [];
      for (const [coordinate, input] of inputs) {
        const typeName = String(input.type);
        const stated = statedLimits(input.description ?? '');
        if (typeName.includes('String') && stated.characters === undefined) unstated.push(`${coordinate} characters`);
        if (typeName.startsWith('[') && stated.items === undefined) unstated.push(`${coordinate} items`);
      }
    }
    expect(unstated).toEqual([]);
  });

  it('states one limit per input, and refuses to build a schema promising more than the edge allows', async () => {
    const sdl = `
      input Note {
        "For the other agency; at most 2,000 characters"
        text: String
        "At most 10 names of 120 characters"
        names: [String!]
      }
      type Query { notes(note: Note, search: String): Int }`;
    // The stated 2,000 is more than the platform's 1,000: the schema is not built.
    expect(() => new InputLimitRules([]).describe(buildSchema(sdl))).toThrow(
      'Note.text states 2000 characters; 1000 are allowed',
    );
    // Declared for the edge too: the module's words are the only statement; undeclared inputs get the platform's.
    const schema = buildSchema(sdl);
    new InputLimitRules([{ maxLength: { 'Note.text': 2_000 } }]).describe(schema);
    const note = schema.getType('Note') as GraphQLInputObjectType;
    expect(note.getFields().text?.description).toBe('For the other agency; at most 2,000 characters.');
    expect(note.getFields().names?.description).toBe('At most 10 names of 120 characters.');
    expect(
      schema
        .getQueryType()
        ?.getFields()
        .notes?.args.find((arg) => arg.name === 'search')?.description,
    ).toBe('At most 1000 characters.');
    // The edge enforces what is stated: 2,000 characters pass, 2,001 do not, named by the field.
    new InputLimitRules([{ maxLength: { 'Note.text': 2_000 } }]).enforce(schema, []);
    const ask = (length: number) =>
      execute({
        schema,
        document: parse('query($text: String) { notes(note: { text: $text }) }'),
        rootValue: { notes: () => 1 },
        variableValues: { text: 'x'.repeat(length) },
      });
    expect(await ask(2_000)).toEqual({ data: { notes: 1 } });
    const refused = await ask(2_001);
    expect(refused.data).toEqual({ notes: null });
    expect(at(refused.errors ?? [], 0).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'note.text': 'error.input.tooLong' },
    });
  });
});

describe('Rate limits per address and per account, counted in PostgreSQL', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.stop();
  });
  const clear = (target: TestServer) => target.server.orm.em.fork().execute('delete from rate_limit');

  it('answers 429 with Retry-After once an address has spent its minute, and keeps no address in the table', async () => {
    server = await startTestServer({ ENLACE_RATE_LIMIT_PER_ADDRESS: '5' });
    await clear(server);
    for (let request = 0; request < 5; request += 1) expect((await server.graphql('{ __typename }')).status).toBe(200);
    const limited = await server.graphql('{ __typename }');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(firstError(limited).extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      messageKey: 'error.tooManyRequests',
    });
    const keys: { key: string }[] = await server.server.orm.em.fork().execute('select key from rate_limit');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.map((row) => row.key).join(' ')).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
  });

  it('limits a signed-in account on its own budget', async () => {
    server = await startTestServer({ ENLACE_RATE_LIMIT_PER_ACCOUNT: '3' });
    await clear(server);
    const agency = await anAgency(server.server.orm);
    const officer = await aUser(server.server.orm, agency, { password: true, roles: [Role.LIAISON_OFFICER] });
    const cookie = await signInAs(server, officer);
    const answers = [];
    for (let request = 0; request < 4; request += 1) answers.push(await server.graphql(ME, {}, { cookie }));
    expect(answers.slice(0, 3).map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    expect(at(answers, 3).status).toBe(429);
    expect(firstError(at(answers, 3)).extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('stops password spraying: failures on different e-mails from one address make it wait, even for a right password', async () => {
    server = await startTestServer({ ENLACE_SIGN_IN_FAILURES_PER_ADDRESS: '3' });
    await clear(server);
    const agency = await anAgency(server.server.orm);
    const officer = await aUser(server.server.orm, agency, { password: true, roles: [Role.LIAISON_OFFICER] });
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org']) {
      const failed = await server.graphql(SIGN_IN, { email, password: 'Summer2026!Summer' });
      expect(firstError(failed).extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await server.graphql(SIGN_IN, { email: officer.email, password: officer.password });
    expect(firstError(blocked).extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });
});

describe('Uploads: the body is not read before the caller is known', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  /** Sends headers and a small part of a declared 5 MB body, then waits for an answer without sending more. */
  function partialUpload(headers: Record<string, string>): Promise<{ status: number; ms: number }> {
    const started = Date.now();
    const { port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/api/referrals/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/attachments`,
          headers: {
            'content-type': 'application/pdf',
            'content-length': String(5_000_000),
            'x-requested-with': 'enlace',
            ...headers,
          },
        },
        (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, ms: Date.now() - started });
          request.destroy();
        },
      );
      request.on('error', reject);
      request.setTimeout(4_000, () => {
        request.destroy();
        resolve({ status: 0, ms: Date.now() - started });
      });
      request.write(Buffer.from('%PDF-1.7 the first bytes of a large file'));
    });
  }

  it('answers an anonymous upload with 401 at once, without waiting for its body', async () => {
    const answer = await partialUpload({});
    expect(answer.status).toBe(401);
    expect(answer.ms).toBeLessThan(3_000);
  });

  it('answers a signed-in upload that declares more than the size limit with 413 at once', async () => {
    const world = await aBorderWorld(server.server.orm);
    const cookie = await cookieFor(server.server.orm, world.users.senderOfficer);
    const small = await startTestServer({ ENLACE_ATTACHMENT_MAX_BYTES: '1000' });
    try {
      const original = server;
      server = small;
      const answer = await partialUpload({ cookie });
      server = original;
      expect(answer.status).toBe(413);
      expect(answer.ms).toBeLessThan(3_000);
    } finally {
      await small.stop();
    }
  });
});
