// The web benches' server: Enlace on its own database (BENCH_DATABASE_URL, else "enlace_web_bench" on
// DATABASE_URL's server) with the built web app, and a signed-in liaison officer's session cookie.
import { randomUUID } from 'node:crypto';
import { adminUrlOf, serverModule, withClient } from './bench-database.mjs';

const PASSWORD = 'the right password, long enough';

function databaseUrl(database) {
  if (process.env.BENCH_DATABASE_URL && !database) return process.env.BENCH_DATABASE_URL;
  const url = new URL(process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database ?? 'enlace_web_bench'}`;
  return url.toString();
}

/**
 * `database`: another database than the benches' own; `env`: more settings (ENLACE_DEMO: 'true' seeds the demo
 * into an empty database, and leaves a seeded one as it is).
 */
export async function startServer({ database, env = {} } = {}) {
  const url = databaseUrl(database);
  await withClient(adminUrlOf(url), async (client) => {
    const name = new URL(url).pathname.slice(1);
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name}"`);
  });
  const { startEnlace } = await serverModule('app.js');
  const { loadConfig } = await serverModule('platform/config/config.js');
  const { createLogger } = await serverModule('platform/logging/logger.js');
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    ENLACE_SIGN_IN_FAILURES_PER_ADDRESS: '1000000',
    ENLACE_RATE_LIMIT_PER_ADDRESS: '1000000',
    ENLACE_RATE_LIMIT_PER_ACCOUNT: '1000000',
    REFERRAL_DEADLINE_CHECK_CRON: 'off',
    ENLACE_RETENTION_CRON: 'off',
    ...env,
  });
  return startEnlace(config, createLogger('warn'));
}

export async function anOfficer(server) {
  const { hashPassword } = await serverModule('modules/identity/auth/secrets.js');
  const em = server.orm.em.fork();
  await em.execute(
    `insert into country (code, names, default_locale, time_zone) values ('GT', '{"es":"Guatemala"}', 'es', 'America/Guatemala') on conflict (code) do nothing`,
  );
  const [agency] = await em.execute(
    `insert into agency (id, country_code, kind, name, acronym) values (?, 'GT', 'BORDER_POLICE', ?, 'PNC') returning id`,
    [randomUUID(), `Web bench ${randomUUID().slice(0, 8)}`],
  );
  const email = `${randomUUID()}@web-bench.example`;
  await em.execute(
    `insert into app_user (id, agency_id, email, name, time_zone, roles, password_hash, active)
     values (?, ?, ?, 'Web bench', 'America/Guatemala', '{LIAISON_OFFICER}', ?, true)`,
    [randomUUID(), agency.id, email, await hashPassword(PASSWORD)],
  );
  return email;
}

export async function sessionCookie(server, email, password = PASSWORD) {
  const answer = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }',
      variables: { email, password },
    }),
  });
  const cookie = answer.headers.getSetCookie().find((line) => line.startsWith('enlace_session='));
  if (!cookie) throw new Error(`sign-in failed: ${await answer.text()}`);
  const [name, value] = cookie.split(';')[0].split('=');
  return { name, value, url: server.url };
}
