import { Migration } from '../server/src/platform/orm/migration';

// The answer-time histogram of Migration20261206200000 counted by whole minute and by status: for the busiest
// mechanism of the benchmark it held 387,098 rows, nearly one per referral, and reading it cost as much as the
// rows (ADR 0056). Here its buckets are relative to the time, 1 % wide on a log scale, and the status leaves its
// key: a referral gets an answer time only by being acknowledged or answered (referral.lifecycle.ts), and no step
// leads back to DRAFT or SENT, so every referral the histogram counts is in a status each figure rule counts
// alike (the statistics service checks that of the caller's plan before it reads the histogram).

const PARTIES = `(values ('MECHANISM', r.mechanism_id), ('SENDER', r.sending_agency_id), ('RECEIVER', r.receiving_agency_id))`;
const partiesOf = (row: string) => PARTIES.replaceAll('r.', `${row}.`) + ' as p (axis, party_id)';
const monthOf = (row: string) => `(date_trunc('month', ${row}.sent_at at time zone 'UTC'))::date`;

// A time of t seconds falls in bucket floor(ln(1 + t/60) / ln(1.01)): the bucket b holds the times whose
// 1 + minutes lies in [1.01^b, 1.01^(b+1)); negative times (clocks apart) mirror it below zero. Taking each time
// as its bucket's middle (referral-aggregates.query.ts) errs by at most 0.5 % of (the time + 1 minute).
const BUCKET_FUNCTION = `
create function referral_answer_time_bucket(seconds double precision) returns int
language sql immutable parallel safe as $$
  select case when seconds >= 0 then floor(ln(1 + seconds / 60) / ln(1.01::float8))::int
              else -1 - floor(ln(1 - seconds / 60) / ln(1.01::float8))::int end
$$;`;

const KEYS_FUNCTION = `
create function referral_answer_time_keys(r referral) returns table (kind text, bucket int)
language sql stable as $$
  select v.kind, referral_answer_time_bucket(extract(epoch from v.at - r.sent_at)::float8) from (values
    ('ACKNOWLEDGE', r.acknowledged_at), ('ANSWER', r.answered_at)
  ) as v (kind, at)
  where v.at is not null and r.sent_at is not null
$$;`;

const KEY = 'axis, party_id, month, kind, bucket';

// As the figure counters' trigger: old keys -1, new +1, in one statement, in key order (so two writers touching
// the same counters lock them in the same order), the ones that cancel out left alone.
const TRACK_FUNCTION = `
create function referral_answer_time_count_track() returns trigger language plpgsql as $$
begin
  insert into referral_answer_time_count as c (${KEY}, count)
  select ${KEY}, sum(delta)::int from (
    select p.axis, p.party_id, ${monthOf('old')}, f.kind, f.bucket, -1 as delta
      from ${partiesOf('old')} cross join referral_answer_time_keys(old) f where tg_op <> 'INSERT'
    union all select p.axis, p.party_id, ${monthOf('new')}, f.kind, f.bucket, 1
      from ${partiesOf('new')} cross join referral_answer_time_keys(new) f where tg_op <> 'DELETE'
  ) as change (${KEY}, delta)
  group by ${KEY}
  having sum(delta) <> 0
  order by ${KEY}
  on conflict (${KEY}) do update set count = c.count + excluded.count;
  return null;
end $$;`;

const REBUILD_ANSWER_TIMES = `
create function referral_answer_time_rebuild() returns void language sql as $$
  delete from referral_answer_time_count;
  insert into referral_answer_time_count (${KEY}, count)
  select p.axis, p.party_id, ${monthOf('r')}, f.kind, f.bucket, count(*)
    from referral r cross join lateral ${partiesOf('r')} cross join lateral referral_answer_time_keys(r) f
   group by 1, 2, 3, 4, 5;
$$;`;

// The figure counters' recount as Migration20261206200000 wrote it, the histogram's now its own function.
const rebuildAll = (answerTimes: string) => `
create or replace function referral_figure_rebuild() returns void language sql as $$
  delete from referral_figure_count;
  insert into referral_figure_count (axis, party_id, month, status, dimension, key, parent, count)
  select p.axis, p.party_id, ${monthOf('r')}, r.status, f.dimension, f.key, f.parent, count(*)
    from referral r cross join lateral ${partiesOf('r')} cross join lateral referral_figure_keys(r) f
   group by 1, 2, 3, 4, 5, 6, 7;
  ${answerTimes}
$$;`;

const TRACKED = `sent_at, mechanism_id, sending_agency_id, receiving_agency_id, acknowledged_at, answered_at`;

// Migration20261206200000's histogram (by minute and status), for down().
const MINUTE_KEY = 'axis, party_id, month, status, kind, minute';
const MINUTE_TRACK_FUNCTION = `
create function referral_answer_time_count_track() returns trigger language plpgsql as $$
begin
  insert into referral_answer_time_count as c (${MINUTE_KEY}, count)
  select ${MINUTE_KEY}, sum(delta)::int from (
    select p.axis, p.party_id, ${monthOf('old')}, old.status, f.kind, f.minute, -1 as delta
      from ${partiesOf('old')} cross join referral_answer_time_keys(old) f where tg_op <> 'INSERT'
    union all select p.axis, p.party_id, ${monthOf('new')}, new.status, f.kind, f.minute, 1
      from ${partiesOf('new')} cross join referral_answer_time_keys(new) f where tg_op <> 'DELETE'
  ) as change (${MINUTE_KEY}, delta)
  group by ${MINUTE_KEY}
  having sum(delta) <> 0
  order by ${MINUTE_KEY}
  on conflict (${MINUTE_KEY}) do update set count = c.count + excluded.count;
  return null;
end $$;`;

const MINUTE_REBUILD = `delete from referral_answer_time_count;
  insert into referral_answer_time_count (${MINUTE_KEY}, count)
  select p.axis, p.party_id, ${monthOf('r')}, r.status, f.kind, f.minute, count(*)
    from referral r cross join lateral ${partiesOf('r')} cross join lateral referral_answer_time_keys(r) f
   group by 1, 2, 3, 4, 5, 6;`;

/** The answer-time histogram with buckets 1 % wide and no status (ADR 0056, issue 18). */
export class Migration20261207000000AnswerTimeBuckets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger referral_answer_time_count_track on "referral";`);
    this.addSql(`drop function referral_answer_time_count_track();`);
    this.addSql(`drop function referral_answer_time_keys(referral);`);
    this.addSql(`drop table "referral_answer_time_count";`);
    this.addSql(`create table "referral_answer_time_count" ("axis" text not null, "party_id" uuid not null,
      "month" date null, "kind" text not null, "bucket" int not null, "count" int not null,
      constraint "referral_answer_time_count_key" unique nulls not distinct (${KEY}));`);
    this.addSql(BUCKET_FUNCTION);
    this.addSql(KEYS_FUNCTION);
    this.addSql(TRACK_FUNCTION);
    this.addSql(REBUILD_ANSWER_TIMES);
    this.addSql(rebuildAll('select referral_answer_time_rebuild();'));
    this.addSql(`create trigger referral_answer_time_count_track after insert or delete or update of ${TRACKED}
      on "referral" for each row execute function referral_answer_time_count_track();`);
    this.addSql(`select referral_answer_time_rebuild();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger referral_answer_time_count_track on "referral";`);
    this.addSql(`drop function referral_answer_time_count_track();`);
    this.addSql(`drop function referral_answer_time_rebuild();`);
    this.addSql(`drop function referral_answer_time_keys(referral);`);
    this.addSql(`drop function referral_answer_time_bucket(double precision);`);
    this.addSql(`drop table "referral_answer_time_count";`);
    this.addSql(`create table "referral_answer_time_count" ("axis" text not null, "party_id" uuid not null,
      "month" date null, "status" "referral_status" not null, "kind" text not null, "minute" int not null,
      "count" int not null, constraint "referral_answer_time_count_key" unique nulls not distinct (${MINUTE_KEY}));`);
    this.addSql(`create function referral_answer_time_keys(r referral) returns table (kind text, minute int)
      language sql stable as $$
        select v.kind, floor(extract(epoch from v.at - r.sent_at) / 60)::int from (values
          ('ACKNOWLEDGE', r.acknowledged_at), ('ANSWER', r.answered_at)) as v (kind, at)
        where v.at is not null and r.sent_at is not null
      $$;`);
    this.addSql(MINUTE_TRACK_FUNCTION);
    this.addSql(rebuildAll(MINUTE_REBUILD));
    this.addSql(`create trigger referral_answer_time_count_track after insert or delete or update of
      ${TRACKED}, status on "referral" for each row execute function referral_answer_time_count_track();`);
    this.addSql(MINUTE_REBUILD);
  }
}
