import { Migration } from '../server/src/platform/orm/migration';

/** The last TOTP time step a user signed in with: a code is accepted once, never replayed within its window. */
export class Migration20261204031500TotpLastStep extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "totp_last_step" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "totp_last_step";`);
  }
}
