// Gives the whole jest run one fresh, uniquely named database: on DATABASE_URL's server when that is set
// (e.g. the machine's PostgreSQL 15), otherwise on an embedded PostgreSQL kept under .data/test-postgres.
// It uses the compiled server code (pnpm test builds first), so the tests start the database exactly the way
// the app does. Each test file migrates it through the app's own migrator (under an advisory lock).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'server/dist/server/src/platform');

export default async function globalSetup() {
  if (!existsSync(dist)) throw new Error('The server is not built: run `pnpm build` (pnpm test does) before jest.');
  const { startEmbeddedPostgres } = await import(path.join(dist, 'database/embedded-postgres.js'));
  const { ensureDatabaseExists } = await import(path.join(dist, 'database/connect.js'));
  const { withDatabase } = await import(path.join(dist, 'database/database-url.js'));
  const { createLogger } = await import(path.join(dist, 'logging/logger.js'));

  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(root, '.data/test-postgres'),
      port: Number(process.env.TEST_EMBEDDED_POSTGRES_PORT ?? 54339),
      logger: createLogger('warn'),
    });
    globalThis.__ENLACE_EMBEDDED__ = embedded;
    serverUrl = embedded.url;
  }
  const name = `enlace_test_${Date.now().toString(36)}_${process.pid}`;
  const testUrl = withDatabase(serverUrl, name);
  await ensureDatabaseExists(testUrl);
  process.env.ENLACE_TEST_SERVER_URL = serverUrl;
  process.env.DATABASE_URL = testUrl;
  process.env.NODE_ENV = 'test';
  globalThis.__ENLACE_TEST_DATABASE__ = testUrl;
}
