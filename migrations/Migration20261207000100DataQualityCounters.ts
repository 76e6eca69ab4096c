import { Migration } from '../server/src/platform/orm/migration';

// The data-quality indicators (data-quality.query.ts) counted every scoped referral at request time: 0.7–1.1 s for
// the busiest mechanism of the benchmark. Their plain counts are kept here as the figure counters are (ADR 0056):
// per axis (mechanism, sending agency, receiving agency), party, UTC month of `sent_at` and status, how many
// referrals have each fact. The indicators' bases that are a status (closed, declined, sent) are the TOTAL of
// that status. The one that depends on now() (sent and past the acknowledgement deadline) is counted on the rows,
// index only, from the partial indexes below.
const KEY = 'axis, party_id, month, status, fact';
const PARTIES = `(values ('MECHANISM', r.mechanism_id), ('SENDER', r.sending_agency_id), ('RECEIVER', r.receiving_agency_id))`;
const partiesOf = (row: string) => PARTIES.replaceAll('r.', `${row}.`) + ' as p (axis, party_id)';
const keyOf = (row: string) =>
  `p.axis, p.party_id, (date_trunc('month', ${row}.sent_at at time zone 'UTC'))::date, ${row}.status`;

// The same conditions as INDICATORS in data-quality.query.ts (test/statistics/referral-aggregates holds the
// counters equal to the rows); a null condition counts as false there (count(*) filter) and here.
const FACTS_FUNCTION = `
create function referral_quality_facts(r referral) returns table (fact text)
language sql stable as $$
  select v.fact from (values
    ('TOTAL', true),
    ('ACKNOWLEDGED', r.acknowledged_at is not null),
    ('CROSSING_POINT_MISSING', r.crossing_point_id is null and r.place_description is null),
    ('INCIDENT_DATE_MISSING', r.incident_date is null),
    ('LOCATION_MISSING', r.latitude is null or r.longitude is null),
    ('NO_PERSON_RECORDED', r.person_count = 0),
    ('CATEGORY_OTHER', r.category = 'OTHER'),
    ('ACKNOWLEDGED_LATE', r.acknowledged_at is not null and r.acknowledged_at > r.acknowledge_by),
    ('CLOSED_WITHOUT_OUTCOME', r.status = 'CLOSED' and r.outcome is null),
    ('DECLINED_WITHOUT_REASON', r.status = 'DECLINED' and coalesce(btrim(r.status_reason), '') = '')
  ) as v (fact, holds)
  where v.holds
$$;`;

// Old facts -1, new +1, in one statement and in key order, like the figure counters' trigger.
const TRACK_FUNCTION = `
create function referral_quality_count_track() returns trigger language plpgsql as $$
begin
  insert into referral_quality_count as c (${KEY}, count)
  select ${KEY}, sum(delta)::int from (
    select ${keyOf('old')}, f.fact, -1 as delta from ${partiesOf('old')} cross join referral_quality_facts(old) f
     where tg_op <> 'INSERT'
    union all select ${keyOf('new')}, f.fact, 1 from ${partiesOf('new')} cross join referral_quality_facts(new) f
     where tg_op <> 'DELETE'
  ) as change (${KEY}, delta)
  group by ${KEY}
  having sum(delta) <> 0
  order by ${KEY}
  on conflict (${KEY}) do update set count = c.count + excluded.count;
  return null;
end $$;`;

const REBUILD_FUNCTION = `
create function referral_quality_rebuild() returns void language sql as $$
  delete from referral_quality_count;
  insert into referral_quality_count (${KEY}, count)
  select ${keyOf('r')}, f.fact, count(*)
    from referral r cross join lateral ${partiesOf('r')} cross join lateral referral_quality_facts(r) f
   group by 1, 2, 3, 4, 5;
$$;`;

const figureRebuild = (quality: string) => `
create or replace function referral_figure_rebuild() returns void language sql as $$
  delete from referral_figure_count;
  insert into referral_figure_count (axis, party_id, month, status, dimension, key, parent, count)
  select ${keyOf('r')}, f.dimension, f.key, f.parent, count(*)
    from referral r cross join lateral ${partiesOf('r')} cross join lateral referral_figure_keys(r) f
   group by 1, 2, 3, 4, 5, 6, 7;
  select referral_answer_time_rebuild();
  ${quality}
$$;`;

const TRACKED = `sent_at, mechanism_id, sending_agency_id, receiving_agency_id, status, acknowledged_at, acknowledge_by,
  crossing_point_id, place_description, incident_date, latitude, longitude, person_count, category, outcome,
  status_reason`;

// Sent and not acknowledged by the deadline: per party of the scopes and for the region, with `sent_at` for the
// period, so the count never reads the table.
const PAST_ACKNOWLEDGE_INDEXES: [string, string][] = [
  ['referral_sent_acknowledge_by_index', '"acknowledge_by"'],
  ['referral_mechanism_id_sent_acknowledge_by_index', '"mechanism_id", "acknowledge_by"'],
  ['referral_sending_agency_id_sent_acknowledge_by_index', '"sending_agency_id", "acknowledge_by"'],
  ['referral_receiving_agency_id_sent_acknowledge_by_index', '"receiving_agency_id", "acknowledge_by"'],
];

/** Counters of the data-quality indicators kept by triggers (ADR 0056, issue 18). No RLS: see referral_figure_count. */
export class Migration20261207000100DataQualityCounters extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "referral_quality_count" ("axis" text not null, "party_id" uuid not null,
      "month" date null, "status" "referral_status" not null, "fact" text not null, "count" int not null,
      constraint "referral_quality_count_key" unique nulls not distinct (${KEY}));`);
    this.addSql(FACTS_FUNCTION);
    this.addSql(TRACK_FUNCTION);
    this.addSql(REBUILD_FUNCTION);
    this.addSql(figureRebuild('select referral_quality_rebuild();'));
    this.addSql(`create trigger referral_quality_count_track after insert or delete or update of ${TRACKED}
      on "referral" for each row execute function referral_quality_count_track();`);
    for (const [name, columns] of PAST_ACKNOWLEDGE_INDEXES)
      this.addSql(`create index "${name}" on "referral" (${columns}) include ("sent_at") where status = 'SENT';`);
    this.addSql(`select referral_quality_rebuild();`);
  }

  override async down(): Promise<void> {
    for (const [name] of PAST_ACKNOWLEDGE_INDEXES) this.addSql(`drop index if exists "${name}";`);
    this.addSql(`drop trigger referral_quality_count_track on "referral";`);
    this.addSql(figureRebuild(''));
    this.addSql(`drop function referral_quality_rebuild();`);
    this.addSql(`drop function referral_quality_count_track();`);
    this.addSql(`drop function referral_quality_facts(referral);`);
    this.addSql(`drop table "referral_quality_count";`);
  }
}
