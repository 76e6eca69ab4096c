// pnpm bench:referrals — prices the inbox (first page of 50 with sender agency, its country and the
// per-status counts) on the seeded benchmark database (pnpm seed:bench), in one process:
//   1. GraphQL over real HTTP as signed-in liaison officers of a busy and a quiet agency (16 clients, each
//      with its own session, requests at a fixed rate from a worker thread: http-load-worker.mjs);
//   2. the same page by one hand-written SQL statement through `pg` (16 clients, same fixed rate);
//   3. the same GraphQL query as an unrestricted internal caller (no CASL conditions, no field guard), to
//      price the permission layer.
// Prints p50/p95/p99 and requests/s for each, the ratios, SQL statements per GraphQL request, and writes
// EXPLAIN ANALYZE plans of the statements the inbox sends. BENCH_RATE (requests/s, default 20; 0 for
// saturation), BENCH_SECONDS (20), BENCH_ROUNDS (3) and BENCH_WARMUP_REQUESTS (2000) tune the load.
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { statements } from './statement-counter.mjs';
import { INBOX_QUERY, sessionCookie, startBenchServer } from './bench-server.mjs';
import { fixedRate, warmUp } from './fixed-rate.mjs';
import { startUnrestrictedServer } from './unrestricted-server.mjs';

// Requests per second; 0 for saturation (16 clients back to back, see fixed-rate.mjs).
const RATE = Number(process.env.BENCH_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS) || 20;
// Each measurement is preceded by this many requests of the same kind, unmeasured (see http-load-worker.mjs).
const WARMUP_REQUESTS = Number(process.env.BENCH_WARMUP_REQUESTS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 3;
const CONNECTIONS = 16;

// What a careful engineer would write by hand: the page by the inbox's index, the badges from the counters
// the trigger keeps (the same source the GraphQL inbox reads when it is unfiltered).
const HAND_WRITTEN_SQL = `
  with page as (
    select r.id, r.reference, r.title, r.status, r.urgency, r.category, r.created_at, r.due_at,
           a.id as agency_id, a.name as agency_name, a.acronym, a.country_code
      from referral r join agency a on a.id = r.sending_agency_id
     where r.receiving_agency_id = $1 and r.status <> 'DRAFT'
     order by r.created_at desc, r.id desc limit 51),
  counts as (
    select status, count from referral_box_count
     where agency_id = $1 and box = 'INBOX' and status <> 'DRAFT' and count > 0)
  select (select json_agg(page) from page) as page, (select json_agg(counts) from counts) as counts`;

// Scripts print their figures: stdout is their interface.
const out = (line) => process.stdout.write(`${line}\n`);
const log = (message) => out(`[bench:referrals] ${message}`);

async function main() {
  const { server, config, logger, url } = await startBenchServer();
  const unrestricted = await startUnrestrictedServer(server.orm, config, logger);
  const db = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  try {
    const agencies = await pickAgencies(db);
    if (process.env.BENCH_EXPLAIN_ONLY) {
      for (const { sql, plan } of await explainInbox(server.url, agencies.busy, server.orm, db))
        out(`${sql}\n${plan}\n`);
      return;
    }
    const results = {};
    // BENCH_AGENCIES=quiet (or busy) runs one kind only: a busy run saturates both cores for a while after it
    // stops sending, which would spill into the next measurement.
    const only = process.env.BENCH_AGENCIES?.split(',');
    for (const [label, agency] of Object.entries(agencies).filter(([name]) => !only || only.includes(name))) {
      const cookie = await sessionCookie(server.orm, agency.userId, server.config);
      log(`${label}: agency ${agency.acronym}, ${agency.inbox} referrals in its inbox`);
      await checkAnswer(server.url, cookie);
      const counted = await countStatements(server.url, cookie);
      log(
        `  SQL statements per request: ${counted.total} in all, ${counted.inbox} for the inbox (${counted.authentication} authenticate the session)`,
      );
      // One session per connection, as 16 officers of the agency would have: the server touches a session's
      // row on every request, so 16 connections sharing one session would mostly measure that row's lock.
      const cookies = await Promise.all(
        Array.from({ length: CONNECTIONS }, () => sessionCookie(server.orm, agency.userId, server.config)),
      );
      // The three measurements alternate, ROUNDS times, and each reports its median round (by p95): on a shared
      // virtual machine a single 30-second window moves by a few milliseconds from one run to the next.
      const rounds = { graphql: [], sql: [], internal: [] };
      const handWritten = { rate: RATE, connections: CONNECTIONS, work: () => db.query(HAND_WRITTEN_SQL, [agency.id]) };
      await warmUp({ ...handWritten, requests: WARMUP_REQUESTS });
      for (let round = 0; round < ROUNDS; round += 1) {
        const warmup = round === 0 ? WARMUP_REQUESTS : 0;
        const sessions = sampleSessions(db);
        const measured = await loadHttp(server.url, cookies, warmup);
        measured.databaseSessions = await sessions.stop();
        rounds.graphql.push(measured);
        rounds.sql.push(await fixedRate({ ...handWritten, seconds: SECONDS }));
        rounds.internal.push(await loadHttp(unrestricted.url, cookies, warmup));
      }
      const [graphql, sql, internal] = [rounds.graphql, rounds.sql, rounds.internal].map(medianRound);
      const peak = (key) => Math.max(...rounds.graphql.map((round) => round.databaseSessions[key]));
      log(
        `  database sessions during the GraphQL load: at most ${peak('active')} active, ${peak('idleInTransaction')} idle in transaction, ${peak('total')} in all`,
      );
      results[label] = { agency, counted, graphql, sql, internal };
      print(label, results[label]);
    }
    results.plans = await explainInbox(server.url, agencies.busy, server.orm, db);
    results.machine = await machine(db);
    writeFileSync(process.env.BENCH_OUT || 'bench-referrals.json', JSON.stringify(results, null, 2));
    log(`figures and plans written to ${process.env.BENCH_OUT || 'bench-referrals.json'}`);
  } catch (error) {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exitCode = 1;
  } finally {
    await db.end();
    await unrestricted.stop();
    await server.stop();
  }
}

/** The busiest receiving agency, and a quiet one (the 25th percentile of inbox sizes). */
async function pickAgencies(db) {
  const { rows } = await db.query(`
    select a.id, a.acronym, count(r.id)::int as inbox, (select u.id from app_user u where u.agency_id = a.id limit 1) as "userId"
      from agency a left join referral r on r.receiving_agency_id = a.id and r.status <> 'DRAFT'
     group by a.id order by inbox desc`);
  return { busy: rows[0], quiet: rows[Math.floor(rows.length * 0.75)] };
}

const post = (url, cookie, query) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
  });

async function checkAnswer(url, cookie) {
  const started = performance.now();
  const body = await (await post(url, cookie, INBOX_QUERY)).json();
  log(`  one inbox request alone: ${(performance.now() - started).toFixed(1)} ms`);
  if (body.errors || !body.data?.referrals) throw new Error(`inbox query failed: ${JSON.stringify(body.errors)}`);
}

/** Statements of one inbox request, minus those any authenticated request costs (a `__typename` query). */
async function countStatements(url, cookie) {
  const once = async (query) => {
    statements.reset();
    await (await post(url, cookie, query)).json();
    return statements.count;
  };
  const authentication = await once('{ __typename }');
  const total = await once(INBOX_QUERY);
  return { total, authentication, inbox: total - authentication };
}

/**
 * Samples pg_stat_activity every 100 ms while a load runs: how many of the database's sessions were at most
 * active, idle inside a transaction (a request holding a connection while Node works), and open.
 */
function sampleSessions(db) {
  const peak = { active: 0, idleInTransaction: 0, total: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await db.query(
        `select count(*) filter (where state = 'active')::int as active,
                count(*) filter (where state like 'idle in transaction%')::int as "idleInTransaction",
                count(*)::int as total
           from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      );
      for (const key of Object.keys(peak)) peak[key] = Math.max(peak[key], rows[0][key]);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peak;
    },
  };
}

/** The GraphQL load, from a worker thread (http-load-worker.mjs) so that it does not share the server's thread. */
/** The round whose p95 is the median of the rounds', with every round's p95 attached. */
function medianRound(rounds) {
  const sorted = [...rounds].sort((a, b) => a.p95 - b.p95);
  return { ...sorted[Math.floor(sorted.length / 2)], p95OfRounds: rounds.map((round) => round.p95) };
}

async function loadHttp(url, cookies, warmupRequests) {
  const worker = new Worker(new URL('./http-load-worker.mjs', import.meta.url), {
    workerData: {
      url,
      cookies,
      query: INBOX_QUERY,
      rate: RATE,
      seconds: SECONDS,
      warmupRequests,
      connections: CONNECTIONS,
    },
  });
  const [result] = await once(worker, 'message');
  await worker.terminate();
  return result;
}

function print(label, { graphql, sql, internal }) {
  const row = (name, r) =>
    `  ${name.padEnd(22)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  ${r.requestsPerSecond.toFixed(0).padStart(5)} req/s  errors ${r.errors}  (p95 of the rounds: ${r.p95OfRounds.map((p95) => p95.toFixed(1)).join(', ')})`;
  log(
    `${label} at ${RATE ? `${RATE} req/s` : 'saturation'}, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s (median round):`,
  );
  out(row('GraphQL (HTTP)', graphql));
  out(row('hand-written SQL', sql));
  out(row('GraphQL unrestricted', internal));
  out(
    `  GraphQL p95 / SQL p95: ${(graphql.p95 / sql.p95).toFixed(2)}x   permission layer p95: ${(((graphql.p95 - internal.p95) / internal.p95) * 100).toFixed(1)}%`,
  );
}

/** Records the statements of one busy-agency inbox request and runs each under EXPLAIN ANALYZE. */
async function explainInbox(url, busy, orm, db) {
  const cookie = await sessionCookie(orm, busy.userId);
  statements.record();
  await (await post(url, cookie, INBOX_QUERY)).json();
  const recorded = statements.stopRecording().filter((s) => /from "referral"|from referral/i.test(s.text ?? ''));
  const plans = [];
  for (const statement of recorded) {
    const { rows } = await db.query(`explain (analyze, buffers) ${statement.text}`, statement.values ?? []);
    plans.push({ sql: statement.text, plan: rows.map((row) => row['QUERY PLAN']).join('\n') });
  }
  const hand = await db.query(`explain (analyze, buffers) ${HAND_WRITTEN_SQL}`, [busy.id]);
  plans.push({ sql: 'hand-written', plan: hand.rows.map((row) => row['QUERY PLAN']).join('\n') });
  return plans;
}

async function machine(db) {
  const os = await import('node:os');
  const { rows } = await db.query('show server_version');
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    postgres: rows[0].server_version,
    node: process.version,
  };
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
