// pnpm bench:referrals — prices the inbox (first page of 50 with sender agency, its country and the
// per-status counts), the inbox searched by full text, and one referral's detail (persons, history, messages)
// on the seeded benchmark database (pnpm seed:bench), in one process:
//   1. GraphQL over real HTTP as signed-in liaison officers (16 clients, each with its own session, requests at
//      a fixed rate from a worker thread: http-load-worker.mjs);
//   2. the same reads by one hand-written SQL statement through `pg` (16 clients, same fixed rate);
//   3. (inbox) the same GraphQL query as an unrestricted internal caller (no CASL conditions, no field guard),
//      to price the permission layer;
//   4. (inbox, detail) the same reads on PostGraphile 5 (amber preset, no permissions) on Node 22, a child
//      process installed on first use into the git-ignored server/bench/postgraphile (postgraphile.mjs).
// Prints p50/p95/p99 and requests/s for each, the ratios, SQL statements per GraphQL request, and writes
// EXPLAIN ANALYZE plans of the statements the inbox sends. BENCH_RATE (requests/s, default 20; 0 for
// saturation), BENCH_SECONDS (20), BENCH_ROUNDS (3) and BENCH_WARMUP_REQUESTS (2000) tune the load;
// BENCH_SCENARIOS (inbox,search,detail), BENCH_MEASURE (graphql,sql,internal,postgraphile), BENCH_AGENCIES
// (busy,quiet: the inbox's), BENCH_SEARCH (default: case numbers of the inbox) and BENCH_ACCEPT_ENCODING
// (identity) choose what runs.
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { statements } from './statement-counter.mjs';
import { ACCEPT_ENCODING, DETAIL_QUERY, INBOX_QUERY, sessionCookie, startBenchServer } from './bench-server.mjs';
import { POSTGRAPHILE_VERSION, startPostGraphile } from './postgraphile.mjs';
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

// The inbox with a full-text search (issue 19): the same page and counts, narrowed by the search the inbox
// sends (any of the three languages' dictionaries). The counts then come from the matching rows, not from the
// counters.
const SEARCH_SQL = `
  with matching as (
    select r.id, r.reference, r.title, r.status, r.urgency, r.category, r.created_at, r.due_at, r.sending_agency_id
      from referral r
     where r.receiving_agency_id = $1 and r.status <> 'DRAFT'
       and r.search_vector @@ (websearch_to_tsquery('spanish', $2) || websearch_to_tsquery('portuguese', $2)
                               || websearch_to_tsquery('english', $2))),
  page as (
    select m.*, a.name as agency_name, a.acronym, a.country_code
      from matching m join agency a on a.id = m.sending_agency_id
     order by m.created_at desc, m.id desc limit 51),
  counts as (select status, count(*) from matching group by status)
  select (select json_agg(page) from page) as page, (select json_agg(counts) from counts) as counts`;

// One referral with its persons, history and messages (issue 19), as one statement.
const DETAIL_SQL = `
  select
    (select row_to_json(x) from (
       select r.id, r.reference, r.status, r.title, r.narrative, r.category, r.urgency, r.created_at, r.due_at,
              sa.name as sending_name, sa.acronym as sending_acronym, sa.country_code as sending_country,
              ra.name as receiving_name, ra.acronym as receiving_acronym
         from referral r join agency sa on sa.id = r.sending_agency_id join agency ra on ra.id = r.receiving_agency_id
        where r.id = $1) x) as referral,
    (select json_agg(p) from (
       select id, role, given_names, family_names, sex, date_of_birth, nationality
         from referral_person where referral_id = $1) p) as persons,
    (select json_agg(t) from (
       select t.id, t.action, t.from_status, t.to_status, t.at, t.comment, a.acronym
         from referral_transition t left join agency a on a.id = t.by_agency_id
        where t.referral_id = $1 order by t.at) t) as history,
    (select json_agg(m) from (
       select id, body, created_at, author_agency_id
         from referral_message where referral_id = $1 order by created_at) m) as messages`;

const SEARCH_QUERY = `query InboxSearch($search: String) { referrals(box: INBOX, first: 50, filter: { search: $search }) {
  totalCount statusCounts { status count } pageInfo { hasNextPage endCursor }
  edges { cursor node { id reference title status urgency category createdAt dueAt
    sendingAgency { id name acronym country { id } } } } } }`;

// The same pages on PostGraphile's amber preset: its generated names, the conditions it offers (equality only:
// its inbox page cannot leave out the agency's drafts, about 5 % of the rows, which the index skips anyway), the
// counts from the same counters table.
const POSTGRAPHILE_INBOX = `query Inbox($agency: UUID!) {
  allReferralBoxCounts(condition: { agencyId: $agency, box: INBOX }) { nodes { status count } }
  allReferrals(condition: { receivingAgencyId: $agency }, orderBy: [CREATED_AT_DESC, ROW_ID_DESC], first: 50) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { rowId reference title status urgency category createdAt dueAt
      agencyBySendingAgencyId { rowId name acronym countryByCountryCode { code } } } } } }`;
const POSTGRAPHILE_DETAIL = `query Detail($id: UUID!) {
  referralByRowId(rowId: $id) { rowId reference status title narrative category urgency createdAt dueAt
    agencyBySendingAgencyId { rowId name acronym countryByCountryCode { code } }
    agencyByReceivingAgencyId { rowId name acronym }
    referralPeopleByReferralId { nodes { rowId role givenNames familyNames sex dateOfBirth nationality } }
    referralTransitionsByReferralId(orderBy: AT_ASC) { nodes { rowId action fromStatus toStatus at comment
      agencyByByAgencyId { rowId acronym } } }
    referralMessagesByReferralId(orderBy: CREATED_AT_ASC) { nodes { rowId body createdAt authorAgencyId } } } }`;

// BENCH_SCENARIOS: inbox (both agencies), search and detail (the busy agency); BENCH_MEASURE: which servers.
const SCENARIOS = (process.env.BENCH_SCENARIOS || 'inbox,search,detail').split(',');
const MEASURE = (process.env.BENCH_MEASURE || 'graphql,sql,internal,postgraphile').split(',');
// Searches sent in turn: the words of cases in the agency's inbox (a case number), or BENCH_SEARCH.
const SEARCHES = 50;
// Referrals whose detail is read in turn.
const DETAILS = 100;
const body = (query, variables) => JSON.stringify({ query, variables });

// Scripts print their figures: stdout is their interface.
const out = (line) => process.stdout.write(`${line}\n`);
const log = (message) => out(`[bench:referrals] ${message}`);

async function main() {
  const { server, config, logger, url } = await startBenchServer();
  const unrestricted = await startUnrestrictedServer(server.orm, config, logger);
  const postgraphile = MEASURE.includes('postgraphile') ? await startPostGraphile(url, log) : null;
  const db = new pg.Pool({ connectionString: url, max: CONNECTIONS });
  try {
    const agencies = await pickAgencies(db);
    if (process.env.BENCH_EXPLAIN_ONLY) {
      for (const { sql, plan } of await explainInbox(server.url, agencies.busy, server.orm, db))
        out(`${sql}\n${plan}\n`);
      return;
    }
    log(
      `load average at the start: ${(await import('node:os'))
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
    const results = {};
    // BENCH_AGENCIES=quiet (or busy) runs one kind only: a busy run saturates both cores for a while after it
    // stops sending, which would spill into the next measurement.
    const only = process.env.BENCH_AGENCIES?.split(',');
    const scenarios = [];
    if (SCENARIOS.includes('inbox'))
      for (const [label, agency] of Object.entries(agencies).filter(([name]) => !only || only.includes(name)))
        scenarios.push(inboxScenario(label, agency));
    if (SCENARIOS.includes('search')) scenarios.push(await searchScenario(agencies.busy, db));
    if (SCENARIOS.includes('detail')) scenarios.push(await detailScenario(agencies.busy, db));
    for (const scenario of scenarios) {
      const { agency } = scenario;
      const cookie = await sessionCookie(server.orm, agency.userId, server.config);
      log(`${scenario.label}: agency ${agency.acronym}, ${agency.inbox} referrals in its inbox`);
      await checkAnswer(server.url, cookie, scenario.enlace[0]);
      if (postgraphile && scenario.postgraphile) await checkAnswer(postgraphile.url, '', scenario.postgraphile[0]);
      const counted = await countStatements(server.url, cookie, scenario.enlace[0]);
      log(
        `  SQL statements per request: ${counted.total} in all, ${counted.total - counted.authentication} for the ${scenario.name} (${counted.authentication} for a signed-in { __typename })`,
      );
      // One session per connection, as 16 officers of the agency would have: the server touches a session's
      // row on every request, so 16 connections sharing one session would mostly measure that row's lock.
      const cookies = await Promise.all(
        Array.from({ length: CONNECTIONS }, () => sessionCookie(server.orm, agency.userId, server.config)),
      );
      // The measurements alternate, ROUNDS times, and each reports its median round (by p95): on a shared
      // virtual machine a single 30-second window moves by a few milliseconds from one run to the next.
      const kinds = {
        graphql: (warmup) => loadHttp(server.url, cookies, scenario.enlace, warmup),
        sql: async (warmup) => {
          const handWritten = { rate: RATE, connections: CONNECTIONS, work: scenario.sql(db) };
          if (warmup) await warmUp({ ...handWritten, requests: warmup });
          return fixedRate({ ...handWritten, seconds: SECONDS });
        },
        internal: scenario.internal ? (warmup) => loadHttp(unrestricted.url, cookies, scenario.enlace, warmup) : null,
        postgraphile:
          postgraphile && scenario.postgraphile
            ? (warmup) =>
                loadHttp(
                  postgraphile.url,
                  cookies.map(() => ''),
                  scenario.postgraphile,
                  warmup,
                )
            : null,
      };
      const measured = Object.keys(kinds).filter((kind) => kinds[kind] && MEASURE.includes(kind));
      const rounds = Object.fromEntries(measured.map((kind) => [kind, []]));
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const kind of measured) {
          const warmup = round === 0 ? WARMUP_REQUESTS : 0;
          const sessions = kind === 'graphql' ? sampleSessions(db) : null;
          const result = await kinds[kind](warmup);
          if (sessions) result.databaseSessions = await sessions.stop();
          rounds[kind].push(result);
        }
      }
      const figures = Object.fromEntries(measured.map((kind) => [kind, medianRound(rounds[kind])]));
      if (rounds.graphql) {
        const peak = (key) => Math.max(...rounds.graphql.map((round) => round.databaseSessions[key]));
        log(
          `  database sessions during the GraphQL load: at most ${peak('active')} active, ${peak('idleInTransaction')} idle in transaction, ${peak('total')} in all`,
        );
      }
      results[scenario.label] = { agency, counted, ...figures };
      print(scenario.label, figures);
    }
    log(
      `load average at the end: ${(await import('node:os'))
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
    if (SCENARIOS.includes('inbox')) results.plans = await explainInbox(server.url, agencies.busy, server.orm, db);
    results.machine = await machine(db);
    writeFileSync(process.env.BENCH_OUT || 'bench-referrals.json', JSON.stringify(results, null, 2));
    log(`figures and plans written to ${process.env.BENCH_OUT || 'bench-referrals.json'}`);
  } catch (error) {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exitCode = 1;
  } finally {
    await db.end();
    await postgraphile?.stop();
    await unrestricted.stop();
    await server.stop();
  }
}

/** The inbox page of an agency: the query the web app's inbox sends. */
function inboxScenario(label, agency) {
  return {
    name: 'inbox',
    label: `inbox ${label}`,
    agency,
    enlace: [body(INBOX_QUERY)],
    sql: (db) => () => db.query(HAND_WRITTEN_SQL, [agency.id]),
    internal: true,
    postgraphile: [body(POSTGRAPHILE_INBOX, { agency: agency.id })],
  };
}

/** The busy agency's inbox searched for a case's words, one case after another (PostGraphile has no search). */
async function searchScenario(agency, db) {
  let searches = process.env.BENCH_SEARCH ? [process.env.BENCH_SEARCH] : null;
  if (!searches) {
    const { rows } = await db.query(
      `select substring(title from 'Caso (\\d+)') as words from referral
        where receiving_agency_id = $1 and status <> 'DRAFT' order by created_at desc offset 1000 limit $2`,
      [agency.id, SEARCHES],
    );
    searches = rows.map((row) => row.words);
  }
  let next = 0;
  return {
    name: 'search',
    label: 'search busy',
    agency,
    enlace: searches.map((search) => body(SEARCH_QUERY, { search })),
    sql: (db) => () => db.query(SEARCH_SQL, [agency.id, searches[(next += 1) % searches.length]]),
    internal: false,
    postgraphile: null,
  };
}

/** One referral of the busy agency's inbox with people, a history and messages, one after another. */
async function detailScenario(agency, db) {
  const { rows } = await db.query(
    `select r.id from referral r
      where r.receiving_agency_id = $1 and r.status <> 'DRAFT'
        and exists (select 1 from referral_message m where m.referral_id = r.id)
        and exists (select 1 from referral_person p where p.referral_id = r.id)
      order by r.created_at desc limit $2`,
    [agency.id, DETAILS],
  );
  const ids = rows.map((row) => row.id);
  let next = 0;
  return {
    name: 'detail',
    label: 'detail busy',
    agency,
    enlace: ids.map((id) => body(DETAIL_QUERY, { id })),
    sql: (db) => () => db.query(DETAIL_SQL, [ids[(next += 1) % ids.length]]),
    internal: false,
    postgraphile: ids.map((id) => body(POSTGRAPHILE_DETAIL, { id })),
  };
}

/** The busiest receiving agency, and a quiet one (the 25th percentile of inbox sizes). */
async function pickAgencies(db) {
  const { rows } = await db.query(`
    select a.id, a.acronym, count(r.id)::int as inbox, (select u.id from app_user u where u.agency_id = a.id limit 1) as "userId"
      from agency a left join referral r on r.receiving_agency_id = a.id and r.status <> 'DRAFT'
     group by a.id order by inbox desc`);
  return { busy: rows[0], quiet: rows[Math.floor(rows.length * 0.75)] };
}

const post = (url, cookie, requestBody) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': ACCEPT_ENCODING, ...(cookie ? { cookie } : {}) },
    body: requestBody,
  });

async function checkAnswer(url, cookie, requestBody) {
  const started = performance.now();
  const answer = await (await post(url, cookie, requestBody)).json();
  log(`  one request alone (${url}): ${(performance.now() - started).toFixed(1)} ms`);
  if (answer.errors || !answer.data) throw new Error(`query failed on ${url}: ${JSON.stringify(answer.errors)}`);
}

/** Statements of one request, and those any authenticated request costs (a `__typename` query). */
async function countStatements(url, cookie, requestBody) {
  const once = async (sent) => {
    statements.reset();
    await (await post(url, cookie, sent)).json();
    return statements.count;
  };
  const authentication = await once(body('{ __typename }'));
  const total = await once(requestBody);
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

async function loadHttp(url, cookies, bodies, warmupRequests) {
  const worker = new Worker(new URL('./http-load-worker.mjs', import.meta.url), {
    workerData: {
      url,
      cookies,
      bodies,
      acceptEncoding: ACCEPT_ENCODING,
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

const NAMES = {
  graphql: 'Enlace GraphQL',
  sql: 'hand-written SQL',
  internal: 'Enlace unrestricted',
  postgraphile: `PostGraphile ${POSTGRAPHILE_VERSION}`,
};

function print(label, figures) {
  const row = (name, r) =>
    `  ${name.padEnd(22)} p50 ${r.p50.toFixed(1).padStart(6)} ms  p95 ${r.p95.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  ${r.requestsPerSecond.toFixed(0).padStart(5)} req/s  errors ${r.errors}  (p95 of the rounds: ${r.p95OfRounds.map((p95) => p95.toFixed(1)).join(', ')})`;
  log(
    `${label} at ${RATE ? `${RATE} req/s` : 'saturation'}, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s (median round):`,
  );
  for (const [kind, figure] of Object.entries(figures)) out(row(NAMES[kind], figure));
  const { graphql, sql, internal, postgraphile } = figures;
  const ratios = [];
  if (graphql && sql) ratios.push(`Enlace p95 / SQL p95: ${(graphql.p95 / sql.p95).toFixed(2)}x`);
  if (graphql && internal)
    ratios.push(`permission layer p95: ${(((graphql.p95 - internal.p95) / internal.p95) * 100).toFixed(1)}%`);
  if (graphql && postgraphile)
    ratios.push(
      `Enlace / PostGraphile: req/s ${(graphql.requestsPerSecond / postgraphile.requestsPerSecond).toFixed(2)}x, p95 ${(graphql.p95 / postgraphile.p95).toFixed(2)}x`,
    );
  out(`  ${ratios.join('   ')}`);
}

/** Records the statements of one busy-agency inbox request and runs each under EXPLAIN ANALYZE. */
async function explainInbox(url, busy, orm, db) {
  const cookie = await sessionCookie(orm, busy.userId);
  statements.record();
  await (await post(url, cookie, body(INBOX_QUERY))).json();
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
