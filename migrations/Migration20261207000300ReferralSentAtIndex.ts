import { Migration } from '../server/src/platform/orm/migration';

// The statistics count the partial months at either end of a period on the rows (ADR 0056): with no index on
// `sent_at`, the two ranges were found by a parallel scan of the whole table (1.0 s on the benchmark data for the
// busiest mechanism's 14,000 rows of a year's ends).
export class Migration20261207000300ReferralSentAtIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "referral_sent_at_index" on "referral" ("sent_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "referral_sent_at_index";`);
  }
}
