import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEnlace, type EnlaceServer } from '../../server/src/app';
import { asRole, ensureRuntimeRole } from '../../server/src/platform/database/runtime-role';
import { MIGRATION_LOCK_KEY } from '../../server/src/platform/orm/migrate';
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

export interface TestServerOptions {
  /**
   * The server connects as a runtime role of its own (no superuser, row-level security applies), as deployed;
   * the file's DATABASE_URL, which fixtures write through, stays the migration role. Default: true. Off only for
   * tests about the single-role set-up itself.
   */
  asRuntimeRole?: boolean;
}

/** Starts the real app (HTTP + GraphQL + ORM) on a free port against the run's test database. */
export async function startTestServer(
  env: Record<string, string> = {},
  { asRuntimeRole = true }: TestServerOptions = {},
): Promise<TestServer> {
  const base = testConfig(env);
  if (!base.databaseUrl) throw new Error('DATABASE_URL is not set: run the tests through jest (global setup)');
  const runtime = asRuntimeRole && !env.DATABASE_URL ? await createServerRole(base.databaseUrl) : undefined;
  const config = runtime
    ? testConfig({ ...env, DATABASE_URL: runtime.url, DATABASE_MIGRATION_URL: base.databaseUrl })
    : base;
  const server = await startEnlace(config, createLogger(config.logLevel)).catch(async (error: unknown) => {
    await runtime?.drop();
    throw error;
  });
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
    stop: async () => {
      await server.stop();
      await runtime?.drop();
    },
  };
}

/**
 * A login role that owns nothing, named after the run so the global teardown drops any a crashed file left
 * (roles are cluster-wide and outlive the file's database on a shared PostgreSQL).
 */
async function createServerRole(migrationUrl: string) {
  const role = `enlace_test_${process.env.ENLACE_TEST_RUN_ID ?? 'adhoc'}_rt_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  await ensureRuntimeRole(migrationUrl, role, password);
  return {
    url: asRole(migrationUrl, role, password),
    drop: () => {
      // Two servers of a file stopping at once would revoke grants on the same catalogue rows ("tuple
      // concurrently updated"): one drop at a time.
      roleDrops = roleDrops.catch(() => undefined).then(() => dropRole(migrationUrl, role));
      return roleDrops;
    },
  };
}

let roleDrops: Promise<void> = Promise.resolve();

async function dropRole(migrationUrl: string, role: string): Promise<void> {
  const admin = new Client({ connectionString: migrationUrl });
  await admin.connect();
  // The server's start grants its role under the migration lock: revoking under the same lock keeps a
  // starting server's grants and a stopping one's revokes from meeting on the same rows.
  await admin.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await admin.query(`drop owned by ${admin.escapeIdentifier(role)}`);
        await admin.query(`drop role ${admin.escapeIdentifier(role)}`);
        return;
      } catch (error) {
        // Another file's server granting its own role at the same moment can still collide on shared rows.
        if (attempt >= 5 || !/concurrently/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
}
