import { Migration } from '../server/src/platform/orm/migration';

export class Migration20261123163145Identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "agency_kind" as enum ('BORDER_POLICE', 'MIGRATION_AUTHORITY', 'PUBLIC_PROSECUTOR', 'PROTECTION_SERVICES', 'LABOUR_INSPECTION', 'NGO_SERVICE_PROVIDER', 'INTERNATIONAL_ORGANISATION');`,
    );
    this.addSql(`create type "mechanism_kind" as enum ('BINATIONAL', 'TRINATIONAL', 'REGIONAL');`);
    this.addSql(
      `create type "user_role" as enum ('LIAISON_OFFICER', 'CASE_WORKER', 'SECRETARIAT', 'AGENCY_ADMIN', 'AUDITOR', 'PLATFORM_ADMIN');`,
    );
    this.addSql(
      `create table "agency" ("id" uuid not null, "country_code" varchar(2) not null, "kind" "agency_kind" not null, "name" varchar(200) not null, "acronym" varchar(32) not null, "contact_point" varchar(300) null, "active" boolean not null default true, "created_at" timestamptz not null default now(), constraint "agency_pkey" primary key ("id"), constraint agency_name_not_blank check (length(trim(both from name)) > 0));`,
    );
    this.addSql(`create index "agency_country_code_active_index" on "agency" ("country_code", "active");`);

    this.addSql(
      `create table "mechanism" ("id" uuid not null, "kind" "mechanism_kind" not null, "names" jsonb not null, "secretariat_agency_id" uuid not null, "active" boolean not null default true, "created_at" timestamptz not null default now(), constraint "mechanism_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "crossing_point" ("id" uuid not null, "mechanism_id" uuid not null, "name" varchar(200) not null, "latitude" double precision null, "longitude" double precision null, constraint "crossing_point_pkey" primary key ("id"), constraint crossing_point_longitude check (abs(longitude) <= 180::double precision), constraint crossing_point_latitude check (abs(latitude) <= 90::double precision));`,
    );
    this.addSql(`create index "crossing_point_mechanism_id_index" on "crossing_point" ("mechanism_id");`);

    this.addSql(
      `create table "mechanism_country" ("mechanism_id" uuid not null, "country_code" varchar(2) not null, constraint "mechanism_country_pkey" primary key ("mechanism_id", "country_code"));`,
    );

    this.addSql(
      `create table "mechanism_member_agency" ("mechanism_id" uuid not null, "agency_id" uuid not null, constraint "mechanism_member_agency_pkey" primary key ("mechanism_id", "agency_id"));`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "agency_id" uuid not null, "email" varchar(254) not null, "name" varchar(200) not null, "locale" varchar(5) not null default 'es', "time_zone" varchar(64) not null, "roles" "user_role"[] not null default '{}', "active" boolean not null default true, "created_at" timestamptz not null default now(), "password_hash" text null, "failed_sign_in_count" int not null default 0, "locked_until" timestamptz null, "totp_secret" text null, "totp_enabled_at" timestamptz null, "recovery_code_hashes" jsonb null, "last_sign_in_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "app_user_agency_id_index" on "app_user" ("agency_id");`);
    this.addSql(`create unique index "app_user_email_unique" on "app_user" (lower("email"));`);

    this.addSql(
      `alter table "agency" add constraint "agency_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "mechanism" add constraint "mechanism_secretariat_agency_id_foreign" foreign key ("secretariat_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "crossing_point" add constraint "crossing_point_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "mechanism_country" add constraint "mechanism_country_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "mechanism_country" add constraint "mechanism_country_country_code_foreign" foreign key ("country_code") references "country" ("code") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "mechanism_member_agency" add constraint "mechanism_member_agency_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "mechanism_member_agency" add constraint "mechanism_member_agency_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "mechanism" drop constraint "mechanism_secretariat_agency_id_foreign";`);

    this.addSql(`alter table "mechanism_member_agency" drop constraint "mechanism_member_agency_agency_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_agency_id_foreign";`);

    this.addSql(`alter table "crossing_point" drop constraint "crossing_point_mechanism_id_foreign";`);

    this.addSql(`alter table "mechanism_country" drop constraint "mechanism_country_mechanism_id_foreign";`);

    this.addSql(
      `alter table "mechanism_member_agency" drop constraint "mechanism_member_agency_mechanism_id_foreign";`,
    );

    this.addSql(`drop table if exists "agency" cascade;`);

    this.addSql(`drop table if exists "mechanism" cascade;`);

    this.addSql(`drop table if exists "crossing_point" cascade;`);

    this.addSql(`drop table if exists "mechanism_country" cascade;`);

    this.addSql(`drop table if exists "mechanism_member_agency" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop type "agency_kind";`);
    this.addSql(`drop type "mechanism_kind";`);
    this.addSql(`drop type "user_role";`);
  }
}
