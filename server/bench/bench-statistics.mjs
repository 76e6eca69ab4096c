// pnpm bench:statistics — times the statistics dashboard's requests on the seeded benchmark database
// (pnpm seed:bench, a million referrals), over real HTTP as signed-in users, as the screen sends them:
//   - the mechanism dashboard of the busiest mechanism, as its secretariat;
//   - the regional dashboard, as a STATISTICIAN;
//   - both with filters: a one-year period and the CTDC disclosure level.
// For each view, each of the screen's queries (referral, coordination, protection figures, data quality) is sent
// alone, one at a time, BENCH_REQUESTS times (default 40) after BENCH_WARMUP (3) unmeasured ones, then the whole
// dashboard (the four queries at once, as the browser sends them). Prints p50/p95/max in milliseconds.
// BENCH_HTCDS=1 (or =only) adds the anonymised case-level download (GET /api/statistics/htcds.csv) per view.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { sessionCookie, startBenchServer } from './bench-server.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS) || 40;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
// BENCH_VIEWS=region picks views by the start of their label (mechanism, region).
const VIEWS = process.env.BENCH_VIEWS?.split(',');
const TARGET_MS = 500;

const QUERIES = {
  referrals: `query ($input: ReferralStatisticsInput!) { referralStatistics(input: $input) {
    scope threshold total { key count suppression } overdue { key count suppression } overdueShare
    timeToAcknowledge { count medianHours p90Hours } timeToAnswer { count medianHours p90Hours }
    tables { dimension cells { key parent count suppression } } } }`,
  coordination: `query ($input: CoordinationStatisticsInput!) { coordinationStatistics(input: $input) {
    threshold meetingsHeld { total { count } cells { key count suppression } }
    decisions { total { count } cells { key count suppression } }
    actions { total { count } cells { key count suppression } } } }`,
  protection: `query ($input: ProtectionStatisticsInput!) { protectionStatistics(input: $input) {
    threshold survivors { count suppression } tables { dimension cells { key count suppression } } } }`,
  dataQuality: `query ($input: DataQualityInput!) { referralDataQuality(input: $input) {
    threshold indicators { indicator base flagged suppression share } } }`,
};

const out = (line) => process.stdout.write(`${line}\n`);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function timed(work) {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** A user of the bench database with the roles given, made once and kept (the seed makes liaison officers only). */
async function benchUser(db, agencyId, role) {
  const email = `bench.${role.toLowerCase()}.${agencyId.slice(0, 8)}@bench.invalid`;
  const { rows } = await db.query(`select id from app_user where lower(email) = $1`, [email]);
  if (rows[0]) return rows[0].id;
  const id = randomUUID();
  await db.query(
    `insert into app_user (id, agency_id, email, name, locale, time_zone, roles, active, created_at)
     values ($1, $2, $3, $4, 'es', 'UTC', $5, true, now())`,
    [id, agencyId, email, `Bench ${role}`, `{${role}}`],
  );
  return id;
}

async function main() {
  const { server, config, url } = await startBenchServer();
  const db = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const { rows } = await db.query(
      `select m.id, m.secretariat_agency_id, (select count(*)::int from referral r where r.mechanism_id = m.id) as n
         from mechanism m order by n desc limit 1`,
    );
    const busiest = rows[0];
    const { rows: span } = await db.query(`select max(created_at) as last from referral`);
    const to = new Date(span[0].last);
    const from = new Date(to.getTime() - 365 * 24 * 3600 * 1000);
    const secretariat = await sessionCookie(
      server.orm,
      await benchUser(db, busiest.secretariat_agency_id, 'SECRETARIAT'),
      config,
    );
    const statistician = await sessionCookie(
      server.orm,
      await benchUser(db, busiest.secretariat_agency_id, 'STATISTICIAN'),
      config,
    );
    out(
      `[bench:statistics] busiest mechanism: ${busiest.n} referrals; period filter ${from.toISOString()} – ${to.toISOString()}`,
    );
    const views = [
      ['mechanism', secretariat, { scope: 'MECHANISM', mechanismId: busiest.id }],
      [
        'mechanism, 1 year, CTDC',
        secretariat,
        { scope: 'MECHANISM', mechanismId: busiest.id, from, to, disclosure: 'CTDC' },
      ],
      ['region', statistician, { scope: 'REGION' }],
      ['region, 1 year, CTDC', statistician, { scope: 'REGION', from, to, disclosure: 'CTDC' }],
    ];
    const send = async (cookie, query, input) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables: { input } }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    };
    out('| view | request | p50 ms | p95 ms | max ms | under 500 ms p95 |');
    out('| --- | --- | --- | --- | --- | --- |');
    const download = async (cookie, input) => {
      const query = new URLSearchParams(
        Object.entries(input).map(([name, value]) => [name, value instanceof Date ? value.toISOString() : value]),
      );
      const response = await fetch(`${server.url}/api/statistics/htcds.csv?${query}`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`htcds: ${response.status}`);
      await response.arrayBuffer();
    };
    for (const [label, cookie, input] of views.filter(([name]) => !VIEWS || VIEWS.some((v) => name.startsWith(v)))) {
      const single = Object.entries(QUERIES).map(([name, query]) => [name, () => send(cookie, query, input)]);
      const whole = ['whole dashboard (4 at once)', () => Promise.all(single.map(([, work]) => work()))];
      // BENCH_DASHBOARD=0 skips the four-at-once measurement (it doubles the run on a slow machine).
      let requests = process.env.BENCH_DASHBOARD === '0' ? single : [...single, whole];
      // BENCH_HTCDS=only times the anonymised case-level download instead of the dashboard (=1: as well).
      const htcds = ['HTCDS CSV download', () => download(cookie, input)];
      if (process.env.BENCH_HTCDS === 'only') requests = [htcds];
      else if (process.env.BENCH_HTCDS === '1') requests = [...requests, htcds];
      for (const [name, work] of requests) {
        for (let i = 0; i < WARMUP; i++) await work();
        const latencies = [];
        for (let i = 0; i < REQUESTS; i++) latencies.push(await timed(work));
        latencies.sort((a, b) => a - b);
        const p95 = percentile(latencies, 95);
        out(
          `| ${label} | ${name} | ${percentile(latencies, 50).toFixed(0)} | ${p95.toFixed(0)} | ${latencies.at(-1).toFixed(0)} | ${p95 < TARGET_MS ? 'yes' : 'NO'} |`,
        );
      }
    }
  } finally {
    await db.end();
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
