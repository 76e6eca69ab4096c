import { Migration } from '../server/src/platform/orm/migration';

/**
 * When a referral was first acknowledged and when it was answered (accepted or declined), on the row itself:
 * the statistics aggregate these times over hundreds of thousands of referrals, and looking each one up in
 * referral_transition cost two index scans per referral (issue 18). The lifecycle service writes them with the
 * transition from now on; the back-fill takes them from the history, as the statistics did.
 */
export class Migration20261206100000ReferralAnswerTimes extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "referral" add column "acknowledged_at" timestamptz null, add column "answered_at" timestamptz null;`,
    );
    this.addSql(`update "referral" r set "acknowledged_at" = t.acknowledged, "answered_at" = t.answered
      from (select referral_id, min(at) filter (where action = 'acknowledge') as acknowledged,
                   min(at) filter (where action in ('accept', 'decline')) as answered
              from "referral_transition" group by referral_id) t
     where t.referral_id = r.id and (t.acknowledged is not null or t.answered is not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referral" drop column "acknowledged_at", drop column "answered_at";`);
  }
}
