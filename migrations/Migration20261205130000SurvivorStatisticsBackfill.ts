import { Migration } from '../server/src/platform/orm/migration';

/**
 * Which survivors' de-identified statistic columns are derived (stat_version 1) and which were sealed before
 * Migration20261204140000 added them (0): the protection module's back-fill job (survivor-statistics-backfill.ts)
 * derives them from the sealed personal data in batches. Rows with any column already set are derived.
 */
export class Migration20261205130000SurvivorStatisticsBackfill extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "survivor" add column "stat_version" smallint not null default 0;`);
    this.addSql(`update "survivor" set "stat_version" = 1 where "stat_sex" is not null or "stat_age_band" is not null
      or "stat_nationality" is not null or cardinality("stat_exploitations") > 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "survivor" drop column "stat_version";`);
  }
}
