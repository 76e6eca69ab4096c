// Where the benchmark database lives: BENCH_DATABASE_URL, else a database "enlace_bench" on DATABASE_URL's
// server, else on the machine's PostgreSQL at 127.0.0.1:5432. Never the development or test database.
import pg from 'pg';

export function benchDatabaseUrl() {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const url = new URL(process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = '/enlace_bench';
  return url.toString();
}

export function adminUrlOf(databaseUrl) {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The compiled server, from the bench's own build output (server/bench/dist, written by the package scripts):
 * a `pnpm build` running meanwhile empties server/dist, which would pull the code from under a long run.
 */
export async function serverModule(relative) {
  return import(new URL(`./dist/server/src/${relative}`, import.meta.url).href);
}
