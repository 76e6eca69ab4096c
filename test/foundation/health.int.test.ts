import { startTestServer, type TestServer } from '../support/test-server';
import { firstError } from '../support/indexing';

describe('the API answers over HTTP from the real database', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.stop());

  it('reports the PostgreSQL version and time read from the database', async () => {
    const result = await api.graphql<{ health: { database: string; version: string; databaseTime: string } }>(
      '{ health { database version databaseTime } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.health.database).toMatch(/^PostgreSQL \d+\.\d+/);
    expect(result.data?.health.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Math.abs(Date.parse(result.data!.health.databaseTime) - Date.now())).toBeLessThan(60_000);
  });

  it('tags every response with a request id for the logs', async () => {
    const result = await api.graphql('{ health { version } }');
    expect(result.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rejects a malformed query with a typed error and no stack trace', async () => {
    const result = await api.graphql('{ health { noSuchField } }');
    expect(firstError(result).extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(result.errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ health { version } }')}`);
    expect(response.status).toBe(400);
  });
});
