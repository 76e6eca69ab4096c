import { Client } from 'pg';

/**
 * Each test file gets its own database, copied from the run's migrated template: files run in parallel
 * without seeing each other's rows, and nothing needs cleaning between them. DATABASE_URL points at the copy
 * for the whole file (startTestServer, initOrm and child processes read it).
 */
const serverUrl = process.env.ENLACE_TEST_SERVER_URL;
const templateUrl = process.env.ENLACE_TEST_TEMPLATE_URL;
let fileDatabase: string | undefined;

function urlFor(database: string): string {
  const url = new URL(serverUrl!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: urlFor('postgres') });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

beforeAll(async () => {
  if (!serverUrl || !templateUrl) return; // unit-only runs without the global setup
  if ('document' in globalThis) return; // the web app's component tests (jsdom) use no database
  const template = decodeURIComponent(new URL(templateUrl).pathname.slice(1));
  const name = `enlace_test_${process.env.ENLACE_TEST_RUN_ID}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdmin(async (admin) => {
    // PostgreSQL refuses to copy a template while another copy is being made from it; wait and retry.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await admin.query(
          `CREATE DATABASE ${admin.escapeIdentifier(name)} TEMPLATE ${admin.escapeIdentifier(template)}`,
        );
        break;
      } catch (error) {
        if (attempt > 50 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  });
  fileDatabase = name;
  process.env.DATABASE_URL = urlFor(name);
});

afterAll(async () => {
  if (!fileDatabase || process.env.ENLACE_KEEP_TEST_DATABASE) return;
  const name = fileDatabase;
  // This hook runs before the test file's own afterAll hooks (jest runs them in the order they were declared),
  // so the file's servers may still be connected: never force them off (their job workers and LISTEN
  // connections would fail mid-stop). A database still in use is dropped by the global teardown instead.
  await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)}`)).catch(
    (error: unknown) => {
      if (!/being accessed by other users/.test(String(error))) throw error;
    },
  );
});
