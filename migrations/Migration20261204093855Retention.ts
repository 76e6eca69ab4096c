import { Migration } from '../server/src/platform/orm/migration';

/**
 * The records the retention sweep anonymised (modules/retention): ids and a time, nothing personal. Not a
 * tenant table (no agency's content), so no row-level policy.
 */
export class Migration20261204093855Retention extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "anonymised_record" ("kind" varchar(40) not null, "record_id" uuid not null, "anonymised_at" timestamptz not null default now(), constraint "anonymised_record_pkey" primary key ("kind", "record_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "anonymised_record" cascade;`);
  }
}
