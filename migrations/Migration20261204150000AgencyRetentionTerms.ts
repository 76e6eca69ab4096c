import { Migration } from '../server/src/platform/orm/migration';

/**
 * Agencies' own retention terms for the cases they own (module retention, ADR 0040), with row-level security:
 * an agency's transaction sees only its own terms; the sweep (no agency set) sees all.
 */
export class Migration20261204150000AgencyRetentionTerms extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "agency_retention_term" ("agency_id" uuid not null, "kind" varchar(40) not null, "days" int not null, "updated_by_id" uuid not null, "updated_at" timestamptz not null default now(), constraint "agency_retention_term_pkey" primary key ("agency_id", "kind"), constraint agency_retention_term_days check (days > 0));`,
    );
    this.addSql(
      `alter table "agency_retention_term" add constraint "agency_retention_term_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "agency_retention_term" add constraint "agency_retention_term_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`alter table "agency_retention_term" enable row level security;`);
    this.addSql(`alter table "agency_retention_term" force row level security;`);
    this.addSql(`create policy "agency_retention_term_tenant" on "agency_retention_term" using (
  enlace_current_agency() is null or agency_id = enlace_current_agency()
);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agency_retention_term" cascade;`);
  }
}
