import { Migration } from '../server/src/platform/orm/migration';

/**
 * The counters of rate-limiter-flexible's PostgreSQL store (platform/http/rate-limits.ts), shared by every
 * server process. Created here rather than by the library at start, so the runtime role needs no CREATE.
 * Keys are hashes (never an address or an e-mail); `expire` is epoch milliseconds.
 */
export class Migration20261204024500RateLimits extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint null);`,
    );
    this.addSql(`create index "rate_limit_expire_index" on "rate_limit" ("expire");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "rate_limit";`);
  }
}
