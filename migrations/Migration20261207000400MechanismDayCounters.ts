import { Migration } from '../server/src/platform/orm/migration';

// The statistics counted the partial months at a period's two ends on the referral rows (ADR 0056): a year from
// 5 December read almost a whole month of rows (14,000 of the busiest mechanism, 33,000 of the region), 0.6–0.8 s
// p95 on a quiet machine. Each counter table now also counts per UTC day on a fourth axis, MECHANISM_DAY (its
// `month` column holds the day), so only the partial days at a period's two ends are read from the rows (ADR 0056, amended).
// Per mechanism only: the agency axes per day would hold about one counter per referral and cell (an agency has a
// few referrals a day), no smaller than the rows; an agency's partial months stay on the rows, which are its own.
// Unsent referrals (drafts) have no day and are not counted on this axis: a period always bounds `sent_at`.

interface Counter {
  table: string;
  /** The set-returning function of a referral's cells. */
  keys: string;
  /** The counter's key after (axis, party_id, month). */
  rest: string;
  status: boolean;
}

const COUNTERS: Counter[] = [
  { table: 'referral_figure_count', keys: 'referral_figure_keys', rest: 'dimension, key, parent', status: true },
  { table: 'referral_answer_time_count', keys: 'referral_answer_time_keys', rest: 'kind, bucket', status: false },
  { table: 'referral_quality_count', keys: 'referral_quality_facts', rest: 'fact', status: true },
];

const AXES = `('MECHANISM', r.mechanism_id), ('SENDER', r.sending_agency_id), ('RECEIVER', r.receiving_agency_id)`;
const DAY_AXIS = `('MECHANISM_DAY', r.mechanism_id)`;
const partiesOf = (row: string, days: boolean) =>
  `(values ${AXES}${days ? `, ${DAY_AXIS}` : ''})`.replaceAll('r.', `${row}.`) + ' as p (axis, party_id)';
const monthOf = (row: string) => `(date_trunc('month', ${row}.sent_at at time zone 'UTC'))::date`;
const periodOf = (row: string, days: boolean) =>
  days
    ? `case when p.axis = 'MECHANISM_DAY' then (${row}.sent_at at time zone 'UTC')::date else ${monthOf(row)} end`
    : monthOf(row);
const countedOn = (row: string, days: boolean) =>
  days ? `(p.axis <> 'MECHANISM_DAY' or ${row}.sent_at is not null)` : 'true';
const keyOf = (counter: Counter) => `axis, party_id, month${counter.status ? ', status' : ''}, ${counter.rest}`;
const selectOf = (counter: Counter, row: string, days: boolean) =>
  `p.axis, p.party_id, ${periodOf(row, days)}${counter.status ? `, ${row}.status` : ''}, f.*`;

/** As before (old keys -1, new +1, one statement, key order), with or without the day axis. */
const trackFunction = (counter: Counter, days: boolean) => `
create or replace function ${counter.table}_track() returns trigger language plpgsql as $$
begin
  insert into ${counter.table} as c (${keyOf(counter)}, count)
  select ${keyOf(counter)}, sum(delta)::int from (
    select ${selectOf(counter, 'old', days)}, -1 as delta from ${partiesOf('old', days)} cross join ${counter.keys}(old) f
     where tg_op <> 'INSERT' and ${countedOn('old', days)}
    union all select ${selectOf(counter, 'new', days)}, 1 from ${partiesOf('new', days)} cross join ${counter.keys}(new) f
     where tg_op <> 'DELETE' and ${countedOn('new', days)}
  ) as change (${keyOf(counter)}, delta)
  group by ${keyOf(counter)}
  having sum(delta) <> 0
  order by ${keyOf(counter)}
  on conflict (${keyOf(counter)}) do update set count = c.count + excluded.count;
  return null;
end $$;`;

const recount = (counter: Counter, days: boolean) => {
  const columns = keyOf(counter).split(',').length;
  return `delete from ${counter.table};
  insert into ${counter.table} (${keyOf(counter)}, count)
  select ${selectOf(counter, 'r', days)}, count(*)
    from referral r cross join lateral ${partiesOf('r', days)} cross join lateral ${counter.keys}(r) f
   where ${countedOn('r', days)}
   group by ${Array.from({ length: columns }, (_, i) => i + 1).join(', ')};`;
};

const [FIGURES, ANSWER_TIMES, QUALITY] = COUNTERS as [Counter, Counter, Counter];

const rebuildFunctions = (days: boolean) => [
  `create or replace function referral_answer_time_rebuild() returns void language sql as $$
  ${recount(ANSWER_TIMES, days)}
$$;`,
  `create or replace function referral_quality_rebuild() returns void language sql as $$
  ${recount(QUALITY, days)}
$$;`,
  `create or replace function referral_figure_rebuild() returns void language sql as $$
  ${recount(FIGURES, days)}
  select referral_answer_time_rebuild();
  select referral_quality_rebuild();
$$;`,
];

/** The day axis of the counters, filled from the rows once (the other axes are already counted). */
const backFill = (counter: Counter) => `
  insert into ${counter.table} (${keyOf(counter)}, count)
  select 'MECHANISM_DAY', r.mechanism_id, (r.sent_at at time zone 'UTC')::date${counter.status ? ', r.status' : ''}, f.*,
         count(*)
    from referral r cross join lateral ${counter.keys}(r) f
   where r.sent_at is not null
   group by ${Array.from({ length: keyOf(counter).split(',').length }, (_, i) => i + 1).join(', ')};`;

export class Migration20261207000400MechanismDayCounters extends Migration {
  override async up(): Promise<void> {
    for (const counter of COUNTERS) this.addSql(trackFunction(counter, true));
    for (const sql of rebuildFunctions(true)) this.addSql(sql);
    for (const counter of COUNTERS) {
      this.addSql(backFill(counter));
      this.addSql(`analyze "${counter.table}";`);
    }
  }

  override async down(): Promise<void> {
    for (const counter of COUNTERS) this.addSql(trackFunction(counter, false));
    for (const sql of rebuildFunctions(false)) this.addSql(sql);
    for (const counter of COUNTERS) this.addSql(`delete from "${counter.table}" where axis = 'MECHANISM_DAY';`);
  }
}
