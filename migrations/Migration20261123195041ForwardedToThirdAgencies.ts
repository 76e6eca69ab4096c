import { Migration } from '../server/src/platform/orm/migration';

export class Migration20261123195041ForwardedToThirdAgencies extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "referral" add constraint referral_forwarded_to_third_agencies check(NOT (sending_agency_id = ANY (forwarded_to_agency_ids)) AND NOT (receiving_agency_id = ANY (forwarded_to_agency_ids)));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referral" drop constraint referral_forwarded_to_third_agencies;`);
  }
}
