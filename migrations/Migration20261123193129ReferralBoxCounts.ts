import { Migration } from '../server/src/platform/orm/migration';

// Per-agency, per-box, per-status counts of referrals, kept by a trigger in the writing transaction (see
// ReferralBoxCount). The four changes of a row are applied in one statement in key order, so two transactions
// touching the same agency's counters lock them in the same order.
const TRACK_FUNCTION = `
create function referral_box_count_track() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.status = new.status and old.sending_agency_id = new.sending_agency_id
     and old.receiving_agency_id = new.receiving_agency_id then
    return null;
  end if;
  insert into referral_box_count as c (agency_id, box, status, count)
  select change.agency_id, change.box, change.status, sum(change.delta)::int
    from (
      select old.receiving_agency_id, 'INBOX'::referral_box, old.status, -1 where tg_op <> 'INSERT'
      union all select old.sending_agency_id, 'OUTBOX'::referral_box, old.status, -1 where tg_op <> 'INSERT'
      union all select new.receiving_agency_id, 'INBOX'::referral_box, new.status, 1 where tg_op <> 'DELETE'
      union all select new.sending_agency_id, 'OUTBOX'::referral_box, new.status, 1 where tg_op <> 'DELETE'
    ) as change (agency_id, box, status, delta)
   group by change.agency_id, change.box, change.status
   order by change.agency_id, change.box, change.status
  on conflict (agency_id, box, status) do update set count = c.count + excluded.count;
  return null;
end $$;`;

// Recounts everything: after the migration, and after bulk loads that bypass triggers (pnpm seed:bench).
const REBUILD_FUNCTION = `
create function referral_box_count_rebuild() returns void language sql as $$
  delete from referral_box_count;
  insert into referral_box_count (agency_id, box, status, count)
  select receiving_agency_id, 'INBOX'::referral_box, status, count(*) from referral group by receiving_agency_id, status
  union all
  select sending_agency_id, 'OUTBOX'::referral_box, status, count(*) from referral group by sending_agency_id, status;
$$;`;

export class Migration20261123193129ReferralBoxCounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "referral_box" as enum ('INBOX', 'OUTBOX');`);
    this.addSql(
      `create table "referral_box_count" ("agency_id" uuid not null, "box" "referral_box" not null, "status" "referral_status" not null, "count" int not null, constraint "referral_box_count_pkey" primary key ("agency_id", "box", "status"));`,
    );

    this.addSql(
      `alter table "referral" add constraint referral_countries_differ check((sending_country_code)::text <> (receiving_country_code)::text);`,
    );
    this.addSql(
      `alter table "referral" add constraint referral_parties_differ check(sending_agency_id <> receiving_agency_id);`,
    );

    this.addSql(TRACK_FUNCTION);
    this.addSql(REBUILD_FUNCTION);
    this.addSql(
      `create trigger referral_box_count_track after insert or delete or update of status, sending_agency_id, receiving_agency_id on "referral" for each row execute function referral_box_count_track();`,
    );
    this.addSql(`select referral_box_count_rebuild();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists referral_box_count_track on "referral";`);
    this.addSql(`drop function if exists referral_box_count_track();`);
    this.addSql(`drop function if exists referral_box_count_rebuild();`);
    this.addSql(`drop table if exists "referral_box_count" cascade;`);

    this.addSql(`alter table "referral" drop constraint referral_countries_differ;`);
    this.addSql(`alter table "referral" drop constraint referral_parties_differ;`);

    this.addSql(`drop type "referral_box";`);
  }
}
