import { Migration } from '../server/src/platform/orm/migration';

/** The directory of services for survivors (HSDS-shaped), and the directory service a referral to a service names. */
export class Migration20261204100044ServiceDirectory extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "service_availability" as enum ('AVAILABLE', 'LIMITED', 'FULL', 'SUSPENDED');`);
    this.addSql(
      `create table "directory_service" ("id" uuid not null, "agency_id" uuid not null, "country_code" varchar(2) not null, "name" varchar(200) not null, "description" varchar(2000) null, "types" "protection_service"[] not null, "eligibility" varchar(500) null, "minimum_age" smallint null, "maximum_age" smallint null, "languages" text[] not null default '{}', "hours" varchar(300) null, "area_served" varchar(300) null, "address" varchar(300) null, "phone" varchar(60) null, "email" varchar(200) null, "capacity" int null, "availability" "service_availability" not null default 'AVAILABLE', "active" boolean not null default true, "updated_at" timestamptz not null default now(), constraint "directory_service_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "directory_service_agency_id_index" on "directory_service" ("agency_id");`);
    this.addSql(`create index "directory_service_country" on "directory_service" ("country_code", "name", "id");`);

    this.addSql(
      `alter table "directory_service" add constraint "directory_service_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`alter table "service_referral" add column "directory_service_id" uuid null;`);
    this.addSql(
      `alter table "service_referral" add constraint "service_referral_directory_service_id_foreign" foreign key ("directory_service_id") references "directory_service" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service_referral" drop constraint "service_referral_directory_service_id_foreign";`);

    this.addSql(`drop table if exists "directory_service" cascade;`);

    this.addSql(`alter table "service_referral" drop column "directory_service_id";`);

    this.addSql(`drop type "service_availability";`);
  }
}
