import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from '../../server/node_modules/pg/lib/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Drops every database of this run (the template and any a crashed test file left behind). */
export default async function globalTeardown() {
  const run = globalThis.__ENLACE_TEST_DATABASES__;
  if (run && !process.env.ENLACE_KEEP_TEST_DATABASE) {
    const { withDatabase } = await import(path.join(root, 'server/dist/server/src/platform/database/database-url.js'));
    const admin = new pg.Client({ connectionString: withDatabase(run.serverUrl, 'postgres') });
    await admin.connect();
    try {
      const { rows } = await admin.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [
        `enlace_test_${run.runId}_%`,
      ]);
      for (const { datname } of rows)
        await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(datname)} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
  await globalThis.__ENLACE_EMBEDDED__?.stop();
}
