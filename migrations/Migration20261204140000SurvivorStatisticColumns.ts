import { Migration } from '../server/src/platform/orm/migration';

/**
 * De-identified columns of a survivor for statistics (ADR 0038): sex, age band at registration, nationality and
 * the kinds of exploitation, written by the protection service each time the personal data is sealed. Records
 * sealed before this migration keep nulls (counted as "not recorded") until their next edit.
 */
export class Migration20261204140000SurvivorStatisticColumns extends Migration {
  override async up(): Promise<void> {
    this
      .addSql(`alter table "survivor" add column "stat_sex" varchar(16) null, add column "stat_age_band" varchar(8) null,
  add column "stat_nationality" varchar(2) null, add column "stat_exploitations" text[] not null default '{}';`);
    this.addSql(`create index "survivor_statistics" on "survivor" ("registered_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "survivor_statistics";`);
    this.addSql(
      `alter table "survivor" drop column "stat_sex", drop column "stat_age_band", drop column "stat_nationality", drop column "stat_exploitations";`,
    );
  }
}
