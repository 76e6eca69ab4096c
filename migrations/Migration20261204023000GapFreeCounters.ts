import { Migration } from '../server/src/platform/orm/migration';

/** One table of gap-free counters for every numbered series; the referral borders' counters move into it. */
export class Migration20261204023000GapFreeCounters extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "gap_free_counter" ("series" varchar(120) not null, "year" smallint not null, "last_value" int not null, constraint "gap_free_counter_pkey" primary key ("series", "year"));`,
    );
    this.addSql(
      `insert into "gap_free_counter" ("series", "year", "last_value")
       select 'referral:' || "sending_country_code" || '-' || "receiving_country_code", "year", "last_value"
       from "referral_sequence";`,
    );
    this.addSql(`drop table "referral_sequence";`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create table "referral_sequence" ("sending_country_code" varchar(2) not null, "receiving_country_code" varchar(2) not null, "year" smallint not null, "last_value" int not null, constraint "referral_sequence_pkey" primary key ("sending_country_code", "receiving_country_code", "year"));`,
    );
    this.addSql(
      `insert into "referral_sequence" select substr("series", 10, 2), substr("series", 13, 2), "year", "last_value"
       from "gap_free_counter" where "series" like 'referral:%';`,
    );
    this.addSql(`drop table "gap_free_counter";`);
  }
}
