import { Migration } from '../server/src/platform/orm/migration';

/**
 * How many persons a referral records, on the row: the data-quality indicator "no person recorded" counted it
 * per referral in referral_person, a lookup per referral over hundreds of thousands (issue 18). Persons are
 * written with the draft only (replaced as a whole), so the service keeps the count where it writes them.
 */
export class Migration20261206100100ReferralPersonCount extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "referral" add column "person_count" smallint not null default 0;`);
    this.addSql(`update "referral" r set "person_count" = p.n
      from (select referral_id, count(*) as n from "referral_person" group by referral_id) p
     where p.referral_id = r.id;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referral" drop column "person_count";`);
  }
}
