import { Migration } from '../server/src/platform/orm/migration';

/** The receiving agency's officer in charge of a referral (referrals/assignment), and "my referrals". */
export class Migration20261204100100ReferralAssignment extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "referral" add column "assigned_to_id" uuid null;`);
    this.addSql(
      `alter table "referral" add constraint "referral_assigned_to_id_foreign" foreign key ("assigned_to_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "referral_assigned_to_index" on "referral" ("assigned_to_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referral" drop constraint "referral_assigned_to_id_foreign";`);
    this.addSql(`drop index "referral_assigned_to_index";`);
    this.addSql(`alter table "referral" drop column "assigned_to_id";`);
  }
}
