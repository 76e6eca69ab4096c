// Gives the jest run a migrated template database: on DATABASE_URL's server when that is set (e.g. the
// machine's PostgreSQL 15), otherwise on an embedded PostgreSQL kept under .data/test-postgres. Each test file
// then gets its own copy of the template (test/support/per-file-database.ts), so files run in parallel
// without sharing rows. It uses the compiled server (pnpm test builds first), so tests start and migrate the
// database exactly the way the app does.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from '../../server/node_modules/pg/lib/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'server/dist/server/src');

export default async function globalSetup() {
  if (!existsSync(dist)) throw new Error('The server is not built: run `pnpm build` (pnpm test does) before jest.');
  const { startEmbeddedPostgres, findFreePort } = await import(
    path.join(dist, 'platform/database/embedded-postgres.js')
  );
  const { ensureDatabaseExists } = await import(path.join(dist, 'platform/database/connect.js'));
  const { withDatabase } = await import(path.join(dist, 'platform/database/database-url.js'));
  const { createLogger } = await import(path.join(dist, 'platform/logging/logger.js'));

  const runId = `${Date.now().toString(36)}_${process.pid}`;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // A throw-away cluster per run, on a free port: several runs (developers, CI) can go on at once.
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(root, '.data/test-postgres', runId),
      port: await findFreePort(),
      logger: createLogger('warn'),
      persistent: false,
      // A throw-away cluster: nothing in it must survive a crash of the machine, so it need not wait for the
      // disk at each commit; two jest workers with their servers need more than the default 100 connections.
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' },
    });
    globalThis.__ENLACE_EMBEDDED__ = embedded;
    serverUrl = embedded.url;
  }
  const templateUrl = withDatabase(serverUrl, `enlace_test_${runId}_template`);
  await ensureDatabaseExists(templateUrl);
  // The app's own migrate command, in a child process: loading the ORM here would leave its decorator
  // registries in this process, where in-band test files would then trip over them.
  execFileSync(process.execPath, [path.join(dist, 'cli/migrate.js')], {
    env: { ...process.env, DATABASE_URL: templateUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // Test projects without the per-file setup (e.g. browser tests) share this copy, never the template itself.
  const sharedUrl = withDatabase(serverUrl, `enlace_test_${runId}_shared`);
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin
    .query(`CREATE DATABASE "enlace_test_${runId}_shared" TEMPLATE "enlace_test_${runId}_template"`)
    .finally(() => admin.end());
  process.env.ENLACE_TEST_SERVER_URL = serverUrl;
  process.env.ENLACE_TEST_RUN_ID = runId;
  process.env.ENLACE_TEST_TEMPLATE_URL = templateUrl;
  process.env.DATABASE_URL = sharedUrl;
  process.env.NODE_ENV = 'test';
  globalThis.__ENLACE_TEST_DATABASES__ = { serverUrl, runId };
}
