import { Migration } from '../server/src/platform/orm/migration';

/**
 * One table of idempotency keys for every keyed mutation (referral steps, messages, uploads, the new modules),
 * claimed before the work starts; the referral keys carry over.
 */
export class Migration20261204030000IdempotencyKeys extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "idempotency_key" ("caller_id" uuid not null, "key" varchar(100) not null, "operation" varchar(120) not null, "result_id" uuid null, "created_at" timestamptz not null default now(), constraint "idempotency_key_pkey" primary key ("caller_id", "key"));`,
    );
    this.addSql(
      `insert into "idempotency_key" ("caller_id", "key", "operation", "result_id", "created_at")
       select "caller_id", "key", "operation", "referral_id", "created_at" from "referral_idempotency_key";`,
    );
    this.addSql(`drop table "referral_idempotency_key";`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create table "referral_idempotency_key" ("caller_id" uuid not null, "key" varchar(100) not null, "operation" varchar(100) not null, "referral_id" uuid not null, "created_at" timestamptz not null default now(), constraint "referral_idempotency_key_pkey" primary key ("caller_id", "key"));`,
    );
    this.addSql(
      `alter table "referral_idempotency_key" add constraint "referral_idempotency_key_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `insert into "referral_idempotency_key" select "caller_id", "key", "operation", "result_id", "created_at"
       from "idempotency_key" where "result_id" in (select "id" from "referral");`,
    );
    this.addSql(`drop table "idempotency_key";`);
  }
}
