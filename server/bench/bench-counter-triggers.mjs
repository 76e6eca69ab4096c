// node server/bench/bench-counter-triggers.mjs — what the statistics' counter triggers (ADR 0056:
// referral_figure_count_track, referral_answer_time_count_track, referral_quality_count_track) cost a referral
// write. On the benchmark database given by BENCH_DATABASE_URL (required: this script writes; never the shared
// seed "enlace_bench", make a copy), it writes referrals as the service does, one transaction per write and in
// the same SQL columns: a draft inserted (a copy of a sent referral of the busiest mechanism, so the counters'
// keys are the busy ones), then sent, acknowledged, accepted and closed. Rounds alternate with the three
// triggers enabled and disabled (ALTER TABLE … DISABLE TRIGGER between rounds); each round deletes its referrals
// in the same state, so the counters stay equal to the rows. Prints p50/p95 per write and the ratio on/off.
//   BENCH_ROUNDS (default 6, alternated on/off), BENCH_PER_ROUND (referrals per round, default 150).
import { randomUUID } from 'node:crypto';
import pg from 'pg';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL is required (a copy of the benchmark database: this script writes)');
if (new URL(url).pathname === '/enlace_bench') throw new Error('not the shared seed enlace_bench: use a copy');
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 6;
const PER_ROUND = Number(process.env.BENCH_PER_ROUND) || 150;
const TRIGGERS = ['referral_figure_count_track', 'referral_answer_time_count_track', 'referral_quality_count_track'];

const out = (line) => process.stdout.write(`${line}\n`);
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

// The writes of one referral's life, each the referral's UPDATE as transitionReferral issues it (status, deadline,
// stamps; the transition row, audit and events it also writes are left out: this times the referral row alone).
const STEPS = [
  [
    'send',
    `update referral set status = 'SENT', sent_at = now(), reference = $2, acknowledge_by = now() + interval '1 day',
       answer_by = now() + interval '3 days', due_at = now() + interval '1 day', updated_at = now() where id = $1`,
  ],
  [
    'acknowledge',
    `update referral set status = 'ACKNOWLEDGED', acknowledged_at = coalesce(acknowledged_at, now()), due_at = answer_by,
       updated_at = now() where id = $1`,
  ],
  [
    'accept',
    `update referral set status = 'ACCEPTED', answered_at = coalesce(answered_at, now()), due_at = null,
       updated_at = now() where id = $1`,
  ],
  [
    'close',
    `update referral set status = 'CLOSED', outcome = 'ARRESTS_MADE', due_at = null, updated_at = now() where id = $1`,
  ],
];

async function inTransaction(db, sql, params) {
  const start = performance.now();
  await db.query('begin');
  try {
    await db.query(sql, params);
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
  await db.query('commit');
  return performance.now() - start;
}

async function setTriggers(db, enabled) {
  for (const name of TRIGGERS) await db.query(`alter table referral ${enabled ? 'enable' : 'disable'} trigger ${name}`);
}

async function main() {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const { rows: columns } = await db.query(
      `select column_name from information_schema.columns where table_name = 'referral' and table_schema = 'public' and is_generated = 'NEVER'
        order by ordinal_position`,
    );
    // A draft as createReferralDraft writes it: the template's content, no reference, clocks or answer.
    const DRAFT = {
      id: '$1::uuid',
      status: `'DRAFT'`,
      reference: 'null',
      sent_at: 'null',
      acknowledge_by: 'null',
      answer_by: 'null',
      due_at: 'null',
      acknowledged_at: 'null',
      answered_at: 'null',
      outcome: 'null',
      status_reason: 'null',
      created_at: 'now()',
      updated_at: 'now()',
    };
    const names = columns.map((column) => column.column_name);
    const insert = `insert into referral (${names.join(', ')})
      select ${names.map((name) => DRAFT[name] ?? name).join(', ')} from referral where id = $2`;
    const { rows: busiest } = await db.query(
      `select mechanism_id from referral group by mechanism_id order by count(*) desc limit 1`,
    );
    const { rows: templates } = await db.query(
      `select id from referral where mechanism_id = $1 and status <> 'DRAFT' order by sent_at desc limit $2`,
      [busiest[0].mechanism_id, PER_ROUND],
    );
    const { rows: load } = await db.query(`select count(*)::int as n from referral`);
    out(`[bench:counter-triggers] ${load[0].n} referrals; ${ROUNDS} rounds of ${PER_ROUND} referrals, alternated`);
    const times = { on: {}, off: {} };
    for (let round = 0; round < ROUNDS; round++) {
      const enabled = round % 2 === 0;
      await setTriggers(db, enabled);
      const state = times[enabled ? 'on' : 'off'];
      const ids = [];
      for (const template of templates) {
        const id = randomUUID();
        ids.push(id);
        (state.insert ??= []).push(await inTransaction(db, insert, [id, template.id]));
        for (const [name, sql] of STEPS) {
          const params = name === 'send' ? [id, `B-${id.slice(0, 22)}`] : [id];
          (state[name] ??= []).push(await inTransaction(db, sql, params));
        }
      }
      // Deleted in the same trigger state as written: the counters end as they began.
      await db.query('delete from referral where id = any($1::uuid[])', [ids]);
    }
    await setTriggers(db, true);
    out('| write | p50 on ms | p50 off ms | p95 on ms | p95 off ms | ratio p50 on/off | ratio mean on/off |');
    out('| --- | --- | --- | --- | --- | --- | --- |');
    const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
    for (const name of ['insert', ...STEPS.map(([step]) => step)]) {
      const on = [...times.on[name]].sort((a, b) => a - b);
      const off = [...times.off[name]].sort((a, b) => a - b);
      out(
        `| ${name} | ${percentile(on, 50).toFixed(2)} | ${percentile(off, 50).toFixed(2)} | ${percentile(on, 95).toFixed(2)} | ${percentile(off, 95).toFixed(2)} | ${(percentile(on, 50) / percentile(off, 50)).toFixed(2)} | ${(mean(on) / mean(off)).toFixed(2)} |`,
      );
    }
    const life = (state) => mean(Object.values(state).map((values) => mean(values))) * Object.keys(state).length;
    out(
      `whole life (insert + 4 steps), mean: on ${life(times.on).toFixed(2)} ms, off ${life(times.off).toFixed(2)} ms, ratio ${(life(times.on) / life(times.off)).toFixed(2)}`,
    );
  } finally {
    await setTriggers(db, true).catch(() => undefined);
    await db.end();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  },
);
