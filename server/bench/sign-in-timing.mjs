// pnpm bench:sign-in — does a failed sign-in take as long for an unknown e-mail as for a known one with a wrong
// password (and for a disabled account)? Starts Enlace on its own database (BENCH_DATABASE_URL, else
// "enlace_sign_in_timing" on DATABASE_URL's server, else on 127.0.0.1:5432), creates one account, then sends
// SIGN_IN_ROUNDS (default 200) rounds of the three failures over real HTTP, interleaved so load affects them
// alike, each from its own client address (no throttle is met). Prints median, p90 and mean per kind and the
// ratios to the known-e-mail median. A measurement, not a test: figures go into docs/security.md.
import { randomUUID } from 'node:crypto';
import { serverModule, withClient, adminUrlOf } from './bench-database.mjs';

const ROUNDS = Number(process.env.SIGN_IN_ROUNDS) || 200;
const out = (line) => process.stdout.write(`${line}\n`);

function databaseUrl() {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const url = new URL(process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres');
  url.pathname = '/enlace_sign_in_timing';
  return url.toString();
}

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`;

async function main() {
  process.env.NODE_ENV = 'production';
  const url = databaseUrl();
  await withClient(adminUrlOf(url), async (client) => {
    const name = new URL(url).pathname.slice(1);
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name}"`);
  });
  const { startEnlace } = await serverModule('app.js');
  const { loadConfig } = await serverModule('platform/config/config.js');
  const { createLogger } = await serverModule('platform/logging/logger.js');
  const { hashPassword } = await serverModule('modules/identity/auth/secrets.js');
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    TRUST_PROXY: 'true',
    ENLACE_SIGN_IN_FAILURES_PER_ADDRESS: '1000000',
    ENLACE_RATE_LIMIT_PER_ADDRESS: '1000000',
    REFERRAL_DEADLINE_CHECK_CRON: 'off',
    ENLACE_RETENTION_CRON: 'off',
  });
  const server = await startEnlace(config, createLogger('warn'));
  try {
    const em = server.orm.em.fork();
    await em.execute(
      `insert into country (code, names, default_locale, time_zone) values ('GT', '{"es":"Guatemala"}', 'es', 'America/Guatemala') on conflict (code) do nothing`,
    );
    const [agency] = await em.execute(
      `insert into agency (id, country_code, kind, name, acronym) values (?, 'GT', 'BORDER_POLICE', ?, 'PNC') returning id`,
      [randomUUID(), `Timing ${randomUUID().slice(0, 8)}`],
    );
    const user = async (active) => {
      const email = `${randomUUID()}@timing.example`;
      await em.execute(
        `insert into app_user (id, agency_id, email, name, time_zone, roles, password_hash, active)
         values (?, ?, ?, 'Timing', 'America/Guatemala', '{LIAISON_OFFICER}', ?, ?)`,
        [randomUUID(), agency.id, email, await hashPassword('the right password, long enough'), active],
      );
      return email;
    };
    const kinds = {
      'known e-mail, wrong password': await user(true),
      'unknown e-mail': null,
      'disabled account': await user(false),
    };
    let address = 0;
    const timed = async (email) => {
      address += 1;
      const started = process.hrtime.bigint();
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`,
        },
        body: JSON.stringify({ query: SIGN_IN, variables: { email, password: 'not the password at all' } }),
      }).then((answer) => answer.text());
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    const times = Object.fromEntries(Object.keys(kinds).map((kind) => [kind, []]));
    for (let round = -20; round < ROUNDS; round += 1) {
      for (const [kind, email] of Object.entries(kinds)) {
        const ms = await timed(email ?? `${randomUUID()}@nobody.example`);
        if (round >= 0) times[kind].push(ms);
      }
    }
    const stats = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      return { median: at(0.5), p90: at(0.9), mean: values.reduce((a, b) => a + b, 0) / values.length };
    };
    const base = stats(times['known e-mail, wrong password']).median;
    out(`[bench:sign-in] ${ROUNDS} rounds, ms per failed sign-in over HTTP (Node ${process.version})`);
    for (const [kind, values] of Object.entries(times)) {
      const { median, p90, mean } = stats(values);
      out(
        `${kind.padEnd(30)} median ${median.toFixed(1)}  p90 ${p90.toFixed(1)}  mean ${mean.toFixed(1)}  median ratio ${(median / base).toFixed(3)}`,
      );
    }
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  },
);
