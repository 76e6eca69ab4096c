import { Migration } from '../server/src/platform/orm/migration';

// The statistics' counters are read by key prefix (axis, party, month): on the benchmark data the rows of one
// party lay scattered over the table (the busiest mechanism's 5,730 figure counters in 5,800 heap pages, its
// 20,421 histogram rows in 11,970), and a request read them page by page from disk. With the count in the key's
// index, PostgreSQL reads them from the index alone (index-only scans, once vacuum has marked the pages visible),
// where one party's rows are side by side.
const COUNTERS: [string, string][] = [
  ['referral_figure_count', 'axis, party_id, month, status, dimension, key, parent'],
  ['referral_answer_time_count', 'axis, party_id, month, kind, bucket'],
  ['referral_quality_count', 'axis, party_id, month, status, fact'],
];

export class Migration20261207000200CounterIndexOnly extends Migration {
  override async up(): Promise<void> {
    for (const [table, key] of COUNTERS) {
      this.addSql(`alter table "${table}" drop constraint "${table}_key";`);
      this.addSql(`alter table "${table}" add constraint "${table}_key" unique nulls not distinct (${key})
        include (count);`);
      this.addSql(`analyze "${table}";`);
    }
  }

  override async down(): Promise<void> {
    for (const [table, key] of COUNTERS) {
      this.addSql(`alter table "${table}" drop constraint "${table}_key";`);
      this.addSql(`alter table "${table}" add constraint "${table}_key" unique nulls not distinct (${key});`);
    }
  }
}
