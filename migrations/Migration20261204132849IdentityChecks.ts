import { Migration } from '../server/src/platform/orm/migration';

/**
 * Hit/no-hit identity checks: what agencies registered (blind indexes only, by key version), the checks made
 * (who, which agency, purpose, answer) and the current version of each mechanism's check key. No row-level
 * security: a check must match across agencies, and the service answers only whom to contact.
 */
export class Migration20261204132849IdentityChecks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "identity_check_outcome" as enum ('NO_HIT', 'HIT', 'POSSIBLE_MATCH');`);
    this.addSql(
      `create table "identity_check_key" ("mechanism_id" uuid not null, "current_version" int not null, "rotated_at" timestamptz not null, constraint "identity_check_key_pkey" primary key ("mechanism_id"));`,
    );

    this.addSql(
      `create table "identity_record" ("id" uuid not null, "mechanism_id" uuid not null, "agency_id" uuid not null, "reference" varchar(100) not null, "key_version" int not null, "exact_indexes" text[] not null, "loose_indexes" text[] not null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "identity_record_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "identity_record_loose_indexes" on "identity_record" using gin ("loose_indexes");`);
    this.addSql(`create index "identity_record_exact_indexes" on "identity_record" using gin ("exact_indexes");`);
    this.addSql(
      `create index "identity_record_mechanism_id_key_version_index" on "identity_record" ("mechanism_id", "key_version");`,
    );

    this.addSql(
      `create table "identity_check" ("id" uuid not null, "mechanism_id" uuid not null, "asked_by_id" uuid not null, "asked_by_agency_id" uuid not null, "purpose" varchar(500) not null, "outcome" "identity_check_outcome" not null, "matched_record_ids" uuid[] not null, "created_at" timestamptz not null default now(), constraint "identity_check_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "identity_check_asked_by_agency_id_created_at_index" on "identity_check" ("asked_by_agency_id", "created_at");`,
    );
    this.addSql(
      `create index "identity_check_asked_by_id_created_at_index" on "identity_check" ("asked_by_id", "created_at");`,
    );

    this.addSql(
      `alter table "identity_record" add constraint "identity_record_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "identity_record" add constraint "identity_record_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "identity_record" add constraint "identity_record_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "identity_check" add constraint "identity_check_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "identity_check" add constraint "identity_check_asked_by_id_foreign" foreign key ("asked_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "identity_check" add constraint "identity_check_asked_by_agency_id_foreign" foreign key ("asked_by_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity_check_key" cascade;`);

    this.addSql(`drop table if exists "identity_record" cascade;`);

    this.addSql(`drop table if exists "identity_check" cascade;`);

    this.addSql(`drop type "identity_check_outcome";`);
  }
}
