// Issue 11, "Bad input answered cleanly": random strings (NUL, lone surrogates, bidi overrides, huge), ids and dates
// thrown at every argument of every query and mutation of the schema, as signed-in staff of two roles. Whatever
// the answer (bad input, not found, forbidden, too many requests, or done), it is never an internal error.
// input-bad-values.int.test.ts also checks that refused requests change no stored row on the referral operations.
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import { aBorderWorld, cookieFor, graphqlAs, type Caller } from '../support/factories';

/** Operations that end or change the caller's own session or credentials: a fuzzer must not sign itself out. */
const LEFT_OUT = new Set([
  'signIn',
  'signOut',
  'signOutEverywhere',
  'startTotpEnrolment',
  'confirmTotpEnrolment',
  'verifyTotp',
  'changeMyPassword',
  'requestPasswordReset',
  'resetPassword',
  'acceptInvitation',
]);

const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) });
const nasty = fc.constantFrom(
  '\u0000',
  'abc\u0000def',
  '\uD800',
  '\u202Eexe.jpg',
  'x'.repeat(25_000),
  '0000-01-01',
  '2026-13-45',
  '-0001-01-01',
  '',
);
const anyString = fc.oneof(anyText, nasty, fc.uuid().map(String));
const anyDate = fc.oneof(
  nasty,
  fc
    .date({ min: new Date(Date.UTC(-2000, 0, 1)), max: new Date(Date.UTC(12000, 0, 1)), noInvalidDate: true })
    .map((date) => date.toISOString()),
  fc
    .date({ min: new Date(Date.UTC(-2000, 0, 1)), max: new Date(Date.UTC(12000, 0, 1)), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
);

/** An arbitrary value of an input type: valid enum values (to get past validation), random everything else. */
function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, depth);
  const nullable = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ weight: 9, arbitrary }, fc.constant(null));
  if (isListType(type)) return nullable(fc.array(valueOf(type.ofType, depth + 1), { maxLength: 3 }));
  if (isEnumType(type)) return nullable(fc.constantFrom(...type.getValues().map((value) => value.name)));
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant(null);
    const fields = Object.values(type.getFields());
    return nullable(
      fc.record(Object.fromEntries(fields.map((field) => [field.name, valueOf(field.type, depth + 1)])), {
        requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
      }),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return nullable(fc.oneof(fc.integer({ min: -3, max: 1000 }), fc.integer()));
      case 'Float':
        return nullable(fc.double({ noNaN: true }));
      case 'Boolean':
        return nullable(fc.boolean());
      case 'DateTimeISO':
      case 'LocalDate':
        return nullable(anyDate);
      case 'JSON':
      case 'JSONObject':
        return nullable(fc.dictionary(anyString, anyString, { maxKeys: 3 }));
      default:
        return nullable(anyString);
    }
  }
  return fc.constant(null);
}

/** The document of one operation: every argument a variable, the answer reduced to its type name. */
function documentOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `${kind}${variables ? ` (${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

describe('Every argument of every operation, given random input, never causes an internal error', () => {
  let server: TestServer;
  let schema: GraphQLSchema;
  const callers: Record<string, Caller> = {};

  beforeAll(async () => {
    server = await startTestServer();
    const world = await aBorderWorld(server.server.orm);
    // A case worker of the same agency: the protection and durable-solutions operations go deeper for them.
    const caseWorker = await world.colleagueIn('sender', [Role.CASE_WORKER]);
    callers.liaisonOfficer = graphqlAs(server, await cookieFor(server.server.orm, world.users.senderOfficer));
    callers.caseWorker = graphqlAs(server, await cookieFor(server.server.orm, caseWorker));
    const introspection = await callers.liaisonOfficer<IntrospectionQuery>(getIntrospectionQuery());
    schema = buildClientSchema(introspection.data!);
  }, 60_000);
  afterAll(() => server.stop());

  const operations = () =>
    (['query', 'mutation'] as const).flatMap((kind) => {
      const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
      return Object.values(root?.getFields() ?? {})
        .filter((field) => !LEFT_OUT.has(field.name) && !field.name.startsWith('_'))
        .map((field) => ({ kind, field }));
    });

  it('answers each operation with data or a known error code, for either role', async () => {
    const broken: string[] = [];
    const answered = new Map<string, number>();
    const all = operations();
    expect(all.length).toBeGreaterThan(120);
    for (const { kind, field } of all) {
      const document = documentOf(kind, field);
      const variables = fc.record(
        Object.fromEntries(field.args.map((arg) => [arg.name, valueOf(arg.type)])) as Record<
          string,
          fc.Arbitrary<unknown>
        >,
      );
      for (const sample of fc.sample(variables, { numRuns: 6, seed: 2026 })) {
        for (const [role, call] of Object.entries(callers)) {
          const result = await call(document, sample as Record<string, unknown>);
          const codes = (result.errors ?? []).map((error) => error.extensions?.code);
          const key = codes.length === 0 ? 'DATA' : String(codes[0]);
          answered.set(key, (answered.get(key) ?? 0) + 1);
          if (result.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR'))
            broken.push(`${role} ${field.name} ${JSON.stringify(sample).slice(0, 200)}`);
        }
      }
    }
    expect(broken).toEqual([]);
    // Not only refused by the GraphQL layer: services ran, and some answers were data.
    for (const reached of ['DATA', 'NOT_FOUND', 'FORBIDDEN']) expect(answered.get(reached)).toBeGreaterThan(10);
  }, 600_000);
});
