import { startEnlace, type EnlaceServer } from '../../server/src/app';
import { createLogger } from '../../server/src/platform/logging/logger';
import { testConfig } from '../support/test-config';
import type { TestServer } from '../support/test-server';
import { type BorderWorld, aBorderWorld, cookieFor, draftInput, graphqlAs } from '../support/factories';
import { at, firstError } from '../support/indexing';

// Values only a person's record holds: none may appear in any log line, whatever fails.
const PASSPORT = 'PASS-X9Z-778812';
const GIVEN_NAMES = 'Zacarías Quintanilla';
// The case number carries letters: bare digits could turn up by chance in a log line's timestamp or an id.
const CASE_NUMBER = 'RQ-4471-ZX';
const NARRATIVE = `Relato reservado número ${CASE_NUMBER} sobre la víctima`;

const DRAFT = `mutation Draft($input: ReferralDraftInput!) { createReferralDraft(input: $input) { id } }`;

describe('Nothing personal in the logs', () => {
  const lines: string[] = [];
  let server: EnlaceServer;
  let api: TestServer;
  let world: BorderWorld;

  beforeAll(async () => {
    const config = testConfig({ LOG_LEVEL: 'trace' });
    server = await startEnlace(config, createLogger('trace', { write: (line: string) => void lines.push(line) }));
    const url = `http://127.0.0.1:${server.port}`;
    api = {
      server,
      url,
      graphql: async (query, variables, headers = {}) => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as Record<string, unknown>;
        return { ...body, status: response.status, headers: response.headers };
      },
      stop: () => server.stop(),
    };
    world = await aBorderWorld(server.orm);
    // A database failure while the person's row is written, as a full disk or a broken constraint would cause.
    await server.orm.em.fork().execute(`
      create function refuse_person() returns trigger language plpgsql as $$
      begin raise exception 'forced failure for the test'; end $$;
      create trigger refuse_person before insert on referral_person for each row execute function refuse_person();`);
  });
  afterAll(() => server.stop());

  it('logs a database error on a personal field without the statement values, and answers without them', async () => {
    const input = draftInput(world, { narrative: NARRATIVE });
    at(input.persons!, 0).givenNames = GIVEN_NAMES;
    at(input.persons!, 0).identityDocuments = [{ kind: 'PASSPORT', number: PASSPORT, issuingCountry: 'GT' }];
    const before = lines.length;
    const result = await graphqlAs(api, await cookieFor(server.orm, world.users.senderOfficer))(DRAFT, { input });

    expect(firstError(result).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(result)).not.toMatch(/PASS-X9Z|Quintanilla|RQ-4471|insert into/i);
    const logged = lines.slice(before).join('\n');
    // The failure was logged, as an operator needs, with its kind and code ...
    expect(logged).toMatch(/unexpected error while resolving/);
    expect(logged).toMatch(/"sqlState":"P0001"|"code":"P0001"/);
    // ... and without a single value of the person or the referral.
    for (const value of [PASSPORT, GIVEN_NAMES, 'Quintanilla', NARRATIVE, CASE_NUMBER])
      expect(logged).not.toContain(value);
    expect(lines.join('\n')).not.toContain(PASSPORT);
  });

  it('scrubs values from SQL quoted in any log message, and drops variables and bodies logged by mistake', () => {
    const captured: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void captured.push(line) });
    logger.info(`insert into "referral_person" ("given_names", "age") values ('${GIVEN_NAMES}', 34)`);
    logger.info({ variables: { input: { narrative: NARRATIVE } }, body: { passport: PASSPORT } }, 'request');
    logger.error({ err: Object.assign(new Error(`select * from x where number = '${PASSPORT}'`), { code: 'E1' }) });
    const text = captured.join('\n');
    for (const value of [GIVEN_NAMES, NARRATIVE, PASSPORT, '34)']) expect(text).not.toContain(value);
    expect(text).toContain('referral_person');
  });
});
