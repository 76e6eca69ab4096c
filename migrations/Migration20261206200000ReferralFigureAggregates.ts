import { Migration } from '../server/src/platform/orm/migration';

// Each referral is counted three times, once per party the permission rules and scopes name (ADR 0056): its
// mechanism (MECHANISM axis, summed over all mechanisms for the region), its sending agency (SENDER) and its
// receiving agency (RECEIVER); with its status and the UTC month of `sent_at` (null: not sent). A key of all
// three parties at once would hold about as many rows as `referral` (504,082 cells for 1M referrals).
const KEY = 'axis, party_id, month, status';
const KEY_COLUMNS = `"axis" text not null, "party_id" uuid not null, "month" date null, "status" "referral_status" not null`;
const PARTIES = `(values ('MECHANISM', r.mechanism_id), ('SENDER', r.sending_agency_id), ('RECEIVER', r.receiving_agency_id))`;
const keyOf = (row: string) =>
  `p.axis, p.party_id, (date_trunc('month', ${row}.sent_at at time zone 'UTC'))::date, ${row}.status`;
const partiesOf = (row: string) => PARTIES.replaceAll('r.', `${row}.`) + ' as p (axis, party_id)';

// One row per published table (and cross-tabulation) a referral counts in: the same expressions as FACTS and
// TABLES in referral-figures.query.ts, which the statistics tests hold equal (test/statistics/referral-aggregates).
const FIGURE_KEYS_FUNCTION = `
create function referral_figure_keys(r referral) returns table (dimension text, key text, parent text)
language sql stable as $$
  select v.dimension, v.key, v.parent from (values
    ('TOTAL', null, null),
    ('MECHANISM', r.mechanism_id::text, null),
    ('BORDER', least(r.sending_country_code, r.receiving_country_code) || '-' ||
               greatest(r.sending_country_code, r.receiving_country_code), null),
    ('CROSSING_POINT', r.crossing_point_id::text, r.mechanism_id::text),
    ('CATEGORY', r.category::text, null),
    ('URGENCY', r.urgency::text, null),
    ('HANDLING_CODE', r.handling_code::text, null),
    ('SENDING_COUNTRY', r.sending_country_code::text, null),
    ('RECEIVING_COUNTRY', r.receiving_country_code::text, null),
    ('STATUS', r.status::text, null),
    ('MONTH', to_char(r.sent_at at time zone 'UTC', 'YYYY-MM'), null),
    ('OUTCOME', r.outcome::text, null),
    ('DECLINE_REASON', nullif(lower(btrim(r.status_reason)), ''), null),
    ('X_MECHANISM_BORDER', least(r.sending_country_code, r.receiving_country_code) || '-' ||
               greatest(r.sending_country_code, r.receiving_country_code), r.mechanism_id::text),
    ('X_SENDER_RECEIVER', r.receiving_country_code::text, r.sending_country_code::text)
  ) as v (dimension, key, parent)
  where (v.dimension <> 'OUTCOME' or r.status = 'CLOSED') and (v.dimension <> 'DECLINE_REASON' or r.status = 'DECLINED')
$$;`;

// The answer times in whole minutes (floor), one row per time the referral has: the percentiles are read off
// this histogram (ADR 0056: within half a minute of PostgreSQL's percentile_cont over the exact times).
const ANSWER_TIME_KEYS_FUNCTION = `
create function referral_answer_time_keys(r referral) returns table (kind text, minute int)
language sql stable as $$
  select v.kind, floor(extract(epoch from v.at - r.sent_at) / 60)::int from (values
    ('ACKNOWLEDGE', r.acknowledged_at), ('ANSWER', r.answered_at)
  ) as v (kind, at)
  where v.at is not null and r.sent_at is not null
$$;`;

/** A trigger function applying a row's old keys as -1 and its new ones as +1 in one statement, in key order. */
const trackFunction = (table: string, keys: string, columns: string) => `
create function ${table}_track() returns trigger language plpgsql as $$
begin
  insert into ${table} as c (${KEY}, ${columns}, count)
  select ${KEY}, ${columns}, sum(delta)::int from (
    select ${keyOf('old')}, f.*, -1 as delta from ${partiesOf('old')} cross join ${keys}(old) f where tg_op <> 'INSERT'
    union all select ${keyOf('new')}, f.*, 1 from ${partiesOf('new')} cross join ${keys}(new) f where tg_op <> 'DELETE'
  ) as change (${KEY}, ${columns}, delta)
  group by ${KEY}, ${columns}
  having sum(delta) <> 0
  order by ${KEY}, ${columns}
  on conflict (${KEY}, ${columns}) do update set count = c.count + excluded.count;
  return null;
end $$;`;

// Recounts everything: after the migration, and after bulk loads that bypass triggers (pnpm seed:bench).
const REBUILD_FUNCTION = `
create function referral_figure_rebuild() returns void language sql as $$
  delete from referral_figure_count;
  insert into referral_figure_count (${KEY}, dimension, key, parent, count)
  select ${keyOf('r')}, f.dimension, f.key, f.parent, count(*)
    from referral r cross join lateral ${partiesOf('r')} cross join lateral referral_figure_keys(r) f
   group by 1, 2, 3, 4, 5, 6, 7;
  delete from referral_answer_time_count;
  insert into referral_answer_time_count (${KEY}, kind, minute, count)
  select ${keyOf('r')}, f.kind, f.minute, count(*)
    from referral r cross join lateral ${partiesOf('r')} cross join lateral referral_answer_time_keys(r) f
   group by 1, 2, 3, 4, 5, 6;
$$;`;

const TRACKED = `sent_at, mechanism_id, sending_agency_id, receiving_agency_id, status`;

/**
 * Aggregates of the referral figures kept by triggers in the writing transaction (ADR 0056, issue 18), like
 * referral_box_count: counts per month, permission keys and published table cell; and a histogram of the answer
 * times. Like referral_box_count they have no row-level security policy: every agency's transaction writes
 * counters of referrals another agency is party to, and a counter names no case (the statistics service reads
 * them only through the caller's permission condition).
 */
export class Migration20261206200000ReferralFigureAggregates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "referral_figure_count" (${KEY_COLUMNS}, "dimension" text not null, "key" text null,
      "parent" text null, "count" int not null,
      constraint "referral_figure_count_key" unique nulls not distinct (${KEY}, dimension, key, parent));`);
    this.addSql(`create table "referral_answer_time_count" (${KEY_COLUMNS}, "kind" text not null,
      "minute" int not null, "count" int not null,
      constraint "referral_answer_time_count_key" unique nulls not distinct (${KEY}, kind, minute));`);
    this.addSql(FIGURE_KEYS_FUNCTION);
    this.addSql(ANSWER_TIME_KEYS_FUNCTION);
    this.addSql(trackFunction('referral_figure_count', 'referral_figure_keys', 'dimension, key, parent'));
    this.addSql(trackFunction('referral_answer_time_count', 'referral_answer_time_keys', 'kind, minute'));
    this.addSql(REBUILD_FUNCTION);
    this.addSql(`create trigger referral_figure_count_track after insert or delete or update of ${TRACKED},
      crossing_point_id, category, urgency, handling_code, sending_country_code, receiving_country_code, outcome,
      status_reason on "referral" for each row execute function referral_figure_count_track();`);
    this.addSql(`create trigger referral_answer_time_count_track after insert or delete or update of ${TRACKED},
      acknowledged_at, answered_at on "referral" for each row execute function referral_answer_time_count_track();`);
    // The overdue count reads the running deadline at request time (it depends on now()), on this index.
    this.addSql(`create index "referral_running_deadline_index" on "referral" ("due_at")
      where status in ('SENT', 'ACKNOWLEDGED');`);
    this.addSql(`select referral_figure_rebuild();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "referral_running_deadline_index";`);
    this.addSql(`drop trigger if exists referral_figure_count_track on "referral";`);
    this.addSql(`drop trigger if exists referral_answer_time_count_track on "referral";`);
    this.addSql(`drop function if exists referral_figure_rebuild();`);
    this.addSql(`drop function if exists referral_figure_count_track();`);
    this.addSql(`drop function if exists referral_answer_time_count_track();`);
    this.addSql(`drop function if exists referral_figure_keys(referral);`);
    this.addSql(`drop function if exists referral_answer_time_keys(referral);`);
    this.addSql(`drop table if exists "referral_figure_count";`);
    this.addSql(`drop table if exists "referral_answer_time_count";`);
  }
}
