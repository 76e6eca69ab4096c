import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from '../../server/node_modules/pg/lib/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Drops every database and test role of this run (the template and any a crashed test file left behind). */
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
      // Test servers' runtime roles (test/support/test-server.ts) that a crashed file left: their grants went
      // with the databases above.
      const roles = await admin.query('SELECT rolname FROM pg_roles WHERE rolname LIKE $1', [
        `enlace_test_${run.runId}_rt_%`,
      ]);
      for (const { rolname } of roles.rows) await admin.query(`DROP ROLE IF EXISTS ${admin.escapeIdentifier(rolname)}`);
    } finally {
      await admin.end();
    }
  }
  await globalThis.__ENLACE_EMBEDDED__?.stop();
}
