// Developer tool: inbox requests one after another (no concurrency) against the bench database, printing the
// mean and p50 wall time per request and, with PROFILE_CPU=file.cpuprofile, a CPU profile of those requests.
// PROFILE_QUERY=detail: the referral detail instead (100 referrals of the inbox in turn); PROFILE_QUERY=detail-no-names:
// the same without the persons' names, so without the audit event of a personal-data read; PROFILE_QUERY=typename:
// a signed-in `{ __typename }`, the fixed cost of every request (session, context, Express, Apollo).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { ACCEPT_ENCODING, DETAIL_QUERY, INBOX_QUERY, sessionCookie, startBenchServer } from './bench-server.mjs';

const N = Number(process.env.PROFILE_REQUESTS) || 300;

const { server } = await startBenchServer();
const em = server.orm.em.fork();
const [agency] = await em.execute(
  `select a.id from agency a join referral r on r.receiving_agency_id = a.id group by a.id order by count(*) desc limit 1`,
);
const [user] = await em.execute('select id from app_user where agency_id = ? limit 1', [agency.id]);
const cookie = await sessionCookie(server.orm, user.id, server.config);
const post = (query, variables) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': ACCEPT_ENCODING, cookie },
    body: JSON.stringify({ query, variables }),
  }).then((r) => r.json());
const MODE = process.env.PROFILE_QUERY || 'inbox';
const details =
  MODE === 'inbox' || MODE === 'typename'
    ? []
    : await em.execute(
        `select r.id from referral r
          where r.receiving_agency_id = ? and r.status <> 'DRAFT'
            and exists (select 1 from referral_message m where m.referral_id = r.id)
            and exists (select 1 from referral_person p where p.referral_id = r.id)
          order by r.created_at desc limit 100`,
        [agency.id],
      );
const MEASURED =
  MODE === 'detail-no-names'
    ? DETAIL_QUERY.replace('givenNames familyNames sex dateOfBirth nationality', '')
    : MODE === 'detail'
      ? DETAIL_QUERY
      : MODE === 'typename'
        ? '{ __typename }'
        : INBOX_QUERY;
const time = async (query, n) => {
  const times = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    const body = await post(
      query,
      query === MEASURED && details.length ? { id: details[i % details.length].id } : undefined,
    );
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { mean: times.reduce((a, b) => a + b, 0) / n, p50: times[Math.floor(n / 2)] };
};
const ONLY_TRIVIAL = process.env.PROFILE_TRIVIAL;
await time(MEASURED, 50);
// PROFILE_CPU=file.cpuprofile: a CPU profile of the measured inbox requests only (not of start-up).
const inspector = process.env.PROFILE_CPU ? new Session() : null;
if (inspector) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.start');
}
const cpu0 = process.cpuUsage();
const inbox = ONLY_TRIVIAL ? { mean: 0, p50: 0 } : await time(MEASURED, N);
const cpu = process.cpuUsage(cpu0);
if (inspector) {
  const { profile } = await inspector.post('Profiler.stop');
  writeFileSync(process.env.PROFILE_CPU, JSON.stringify(profile));
}
const trivial = await time('{ __typename }', N);
process.stdout.write(
  `${MODE}: mean ${inbox.mean.toFixed(2)} ms, p50 ${inbox.p50.toFixed(2)} ms, process CPU ${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} ms/request\n`,
);
process.stdout.write(
  `{ __typename } signed in: mean ${trivial.mean.toFixed(2)} ms, p50 ${trivial.p50.toFixed(2)} ms\n`,
);
await server.stop();
