import { startEnlace, type EnlaceServer } from '../../server/src/app';
import { createLogger } from '../../server/src/platform/logging/logger';
import { testConfig } from './test-config';

export interface GraphqlResult<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestServer {
  server: EnlaceServer;
  url: string;
  /** POSTs a GraphQL operation over real HTTP, as the web client does. */
  graphql<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResult<Data> & { status: number; headers: Headers }>;
  stop(): Promise<void>;
}

/** Starts the real app (HTTP + GraphQL + ORM) on a free port against the run's test database. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const config = testConfig(env);
  if (!config.databaseUrl) throw new Error('DATABASE_URL is not set: run the tests through jest (global setup)');
  const server = await startEnlace(config, createLogger(config.logLevel));
  const url = `http://127.0.0.1:${server.port}`;
  return {
    server,
    url,
    graphql: async (query, variables, headers = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphqlResult<never>;
      return { ...body, status: response.status, headers: response.headers };
    },
    stop: () => server.stop(),
  };
}
