import { Migration } from '../server/src/platform/orm/migration';

/**
 * The scan of a signed consent form (protection/consent-scan.ts): an optional file per consent, stored sealed
 * with the survivor's data key; the row keeps where, what type, its size and SHA-256, never its original name.
 */
export class Migration20261205120100ConsentFormScan extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "survivor_consent" add column "scan_storage_key" varchar(200) null, add column "scan_media_type" varchar(100) null, add column "scan_size_bytes" int null, add column "scan_sha256" varchar(64) null, add column "scan_uploaded_at" timestamptz null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "survivor_consent" drop column "scan_storage_key", drop column "scan_media_type", drop column "scan_size_bytes", drop column "scan_sha256", drop column "scan_uploaded_at";`,
    );
  }
}
