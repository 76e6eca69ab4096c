// Developer tool: N inbox requests one after another (no concurrency) against the bench database, printing
// the mean and p50 wall time per request and, with node --cpu-prof, a CPU profile of just the server's work.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { benchDatabaseUrl, serverModule } from './bench-database.mjs';

const N = Number(process.env.PROFILE_REQUESTS) || 300;
const QUERY = `query Inbox { referrals(box: INBOX, first: 50) {
  totalCount statusCounts { status count } pageInfo { hasNextPage endCursor }
  edges { cursor node { id reference title status urgency category createdAt dueAt
    sendingAgency { id name acronym country { id } } } } } }`;

process.env.REFERRAL_DEADLINE_CHECK_SECONDS = '86400';
process.env.NODE_ENV = 'production'; // as bench-referrals.mjs
const url = benchDatabaseUrl();
const { startEnlace } = await serverModule('app.js');
const { loadConfig } = await serverModule('platform/config/config.js');
const { createLogger } = await serverModule('platform/logging/logger.js');
const { startSession } = await serverModule('modules/identity/auth/session-store.js');
const { User } = await serverModule('modules/identity/index.js');
const config = loadConfig({
  ...process.env,
  DATABASE_URL: url,
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'warn',
});
const server = await startEnlace(config, createLogger('warn'));
const em = server.orm.em.fork();
const [agency] = await em.execute(
  `select a.id from agency a join referral r on r.receiving_agency_id = a.id group by a.id order by count(*) desc limit 1`,
);
const user = await em.findOneOrFail(User, { agency: agency.id });
const { sessionCookieName } = await serverModule('modules/identity/auth/session-cookie.js');
const cookie = `${sessionCookieName()}=${await startSession(em, user)}`;
const post = (query) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
  }).then((r) => r.json());
const time = async (query, n) => {
  const times = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    const body = await post(query);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { mean: times.reduce((a, b) => a + b, 0) / n, p50: times[Math.floor(n / 2)] };
};
const ONLY_TRIVIAL = process.env.PROFILE_TRIVIAL;
await time(QUERY, 50);
// PROFILE_CPU=file.cpuprofile: a CPU profile of the measured inbox requests only (not of start-up).
const inspector = process.env.PROFILE_CPU ? new Session() : null;
if (inspector) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.start');
}
const cpu0 = process.cpuUsage();
const inbox = ONLY_TRIVIAL ? { mean: 0, p50: 0 } : await time(QUERY, N);
const cpu = process.cpuUsage(cpu0);
if (inspector) {
  const { profile } = await inspector.post('Profiler.stop');
  writeFileSync(process.env.PROFILE_CPU, JSON.stringify(profile));
}
const trivial = await time('{ __typename }', N);
process.stdout.write(
  `inbox: mean ${inbox.mean.toFixed(2)} ms, p50 ${inbox.p50.toFixed(2)} ms, process CPU ${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} ms/request\n`,
);
process.stdout.write(
  `{ __typename } signed in: mean ${trivial.mean.toFixed(2)} ms, p50 ${trivial.p50.toFixed(2)} ms\n`,
);
await server.stop();
