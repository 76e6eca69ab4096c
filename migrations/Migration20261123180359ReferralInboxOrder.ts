import { Migration } from '../server/src/platform/orm/migration';

export class Migration20261123180359ReferralInboxOrder extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "referral_outbox_recent_index" on "referral" ("sending_agency_id", "created_at", "id");`);
    this.addSql(
      `create index "referral_inbox_recent_index" on "referral" ("receiving_agency_id", "created_at", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "referral_outbox_recent_index";`);
    this.addSql(`drop index "referral_inbox_recent_index";`);
  }
}
