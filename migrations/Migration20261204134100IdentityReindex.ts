import { Migration } from '../server/src/platform/orm/migration';

/**
 * Re-indexing identity records when a mechanism's check key rotates (ADR 0036): each record keeps what was typed
 * sealed with its own data key (nullable: records registered before this have none and keep their key version),
 * and each rotation has a run whose progress platform admins follow.
 */
export class Migration20261204134100IdentityReindex extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "identity_record" add column "sealed_identifiers" bytea null, add column "data_key" bytea null, add column "key_id" varchar(32) null;`,
    );
    this.addSql(`create type "identity_reindex_status" as enum ('RUNNING', 'DONE', 'SUPERSEDED');`);
    this.addSql(
      `create table "identity_reindex_run" ("id" uuid not null, "mechanism_id" uuid not null, "target_version" int not null, "status" "identity_reindex_status" not null default 'RUNNING', "total" int not null, "done" int not null default 0, "not_reindexable" int not null default 0, "started_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "finished_at" timestamptz null, constraint "identity_reindex_run_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "identity_reindex_run_mechanism_id_started_at_index" on "identity_reindex_run" ("mechanism_id", "started_at");`,
    );
    this.addSql(
      `alter table "identity_reindex_run" add constraint "identity_reindex_run_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identity_reindex_run" cascade;`);
    this.addSql(`drop type "identity_reindex_status";`);
    this.addSql(
      `alter table "identity_record" drop column "sealed_identifiers", drop column "data_key", drop column "key_id";`,
    );
  }
}
