import { Migration } from '../server/src/platform/orm/migration';

/** The STATISTICIAN role: reads the region's aggregate figures (statistics module), never a record. */
export class Migration20261204095014StatisticianRole extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "user_role" add value if not exists 'STATISTICIAN' after 'AUDITOR';`);
  }

  override async down(): Promise<void> {
    // Enum values cannot be removed from a type in PostgreSQL: STATISTICIAN stays, unused once no user holds it.
  }
}
