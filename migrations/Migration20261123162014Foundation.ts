import { Migration } from '../server/src/platform/orm/migration';

export class Migration20261123162014Foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "country" ("code" varchar(2) not null, "names" jsonb not null, "default_locale" varchar(5) not null, "time_zone" varchar(64) not null, constraint "country_pkey" primary key ("code"), constraint country_default_locale_known check (default_locale ~ '^(es|en|pt|fr)\$'), constraint country_code_is_iso_alpha2 check (code ~ '^[A-Z]{2}\$'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "country" cascade;`);
  }
}
