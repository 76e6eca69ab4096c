import { Migration } from '../server/src/platform/orm/migration';

/**
 * Whether a roster line is on duty at an instant, in its own time zone (coordination/roster/on-duty.ts): a shift
 * whose end is not after its start runs past midnight, and is on duty after midnight if it started the day before.
 */
const ON_DUTY_FUNCTION = `create or replace function enlace_on_duty(
  p_always_on boolean, p_days smallint[], p_start smallint, p_end smallint, p_zone text, p_at timestamptz
) returns boolean language sql stable as $$
  select p_always_on or coalesce((
    select case
      when p_start < p_end then today = any(p_days) and minute >= p_start and minute < p_end
      else (today = any(p_days) and minute >= p_start) or (yesterday = any(p_days) and minute < p_end)
    end
    from (select extract(isodow from moment)::smallint as today,
                 extract(isodow from moment - interval '1 day')::smallint as yesterday,
                 (extract(hour from moment) * 60 + extract(minute from moment))::int as minute
          from (select p_at at time zone p_zone as moment) as local) as parts), false)
$$;`;

/**
 * The 24/7 contact roster of a mechanism (coordination/roster): its table, the one SQL function that says whether
 * a line is on duty at an instant in its own time zone, and row-level security like the other mechanism tables
 * (Migration20261204102545CoordinationProtectionRowLevelSecurity).
 */
export class Migration20261204125007DutyRoster extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "duty_contact" ("id" uuid not null, "mechanism_id" uuid not null, "agency_id" uuid not null, "crossing_point_id" uuid null, "desk_name" varchar(200) not null, "officer_name" varchar(200) null, "time_zone" varchar(64) not null, "always_on" boolean not null default false, "days" smallint[] not null default '{}', "start_minute" smallint not null default 0, "end_minute" smallint not null default 1440, "languages" varchar(2)[] not null default '{}', "phone" varchar(40) not null, "radio_channel" varchar(60) null, "email" varchar(254) null, "secure_channel" varchar(200) null, "updated_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "duty_contact_pkey" primary key ("id"), constraint duty_contact_hours check (always_on or (start_minute >= 0 and start_minute <= 1439 and end_minute >= 1 and end_minute <= 1440 and cardinality(days) > 0)));`,
    );
    this.addSql(
      `create index "duty_contact_mechanism_id_agency_id_index" on "duty_contact" ("mechanism_id", "agency_id");`,
    );

    this.addSql(
      `alter table "duty_contact" add constraint "duty_contact_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "duty_contact" add constraint "duty_contact_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "duty_contact" add constraint "duty_contact_crossing_point_id_foreign" foreign key ("crossing_point_id") references "crossing_point" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "duty_contact" add constraint "duty_contact_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(ON_DUTY_FUNCTION);
    this.addSql(`alter table "duty_contact" enable row level security;`);
    this.addSql(`alter table "duty_contact" force row level security;`);
    this.addSql(`create policy "duty_contact_tenant" on "duty_contact" using (
  enlace_current_agency() is null or enlace_in_mechanism(mechanism_id)
);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "duty_contact" cascade;`);
    this.addSql(`drop function if exists enlace_on_duty(boolean, smallint[], smallint, smallint, text, timestamptz);`);
  }
}
