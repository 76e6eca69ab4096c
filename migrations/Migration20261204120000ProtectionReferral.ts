import { Migration } from '../server/src/platform/orm/migration';

/**
 * Referrals to protection from a screening at a border post (protection/protection-referral.entity.ts): the
 * person's data, screening and consent sealed with the row's own data key; row-level security lets a transaction
 * see only the rows its agency sent or received.
 */
export class Migration20261204120000ProtectionReferral extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "protection_referral_status" as enum ('SENT', 'ACCEPTED', 'DECLINED');`);
    this.addSql(
      `create table "protection_referral" ("id" uuid not null, "code" varchar(24) not null, "sender_agency_id" uuid not null, "sent_by_id" uuid not null, "recipient_agency_id" uuid not null, "mechanism_id" uuid not null, "status" "protection_referral_status" not null default 'SENT', "sent_at" timestamptz not null default now(), "answered_at" timestamptz null, "answered_by_id" uuid null, "decline_reason" text null, "survivor_id" uuid null, "survivor_code" varchar(24) null, "sealed_data" bytea not null, "data_key" bytea not null, "key_id" varchar(32) not null, constraint "protection_referral_pkey" primary key ("id"), constraint protection_referral_declined_with_reason check (((status = 'DECLINED'::protection_referral_status) = (decline_reason IS NOT NULL))));`,
    );
    this.addSql(
      `alter table "protection_referral" add constraint "protection_referral_code_unique" unique ("sender_agency_id", "code");`,
    );
    this.addSql(
      `create index "protection_referral_recipient" on "protection_referral" ("recipient_agency_id", "sent_at");`,
    );
    this.addSql(`create index "protection_referral_sender" on "protection_referral" ("sender_agency_id", "sent_at");`);
    this.addSql(`create index "protection_referral_key_id_index" on "protection_referral" ("key_id");`);
    for (const [column, table, rule] of [
      ['sender_agency_id', 'agency', 'restrict'],
      ['sent_by_id', 'app_user', 'restrict'],
      ['recipient_agency_id', 'agency', 'restrict'],
      ['mechanism_id', 'mechanism', 'restrict'],
      ['answered_by_id', 'app_user', 'restrict'],
      ['survivor_id', 'survivor', 'set null'],
    ] as const)
      this.addSql(
        `alter table "protection_referral" add constraint "protection_referral_${column.replace(/_id$/, '')}_id_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete ${rule};`,
      );
    this.addSql(`alter table "protection_referral" enable row level security;`);
    this.addSql(`alter table "protection_referral" force row level security;`);
    this.addSql(`create policy "protection_referral_tenant" on "protection_referral" using (
  enlace_current_agency() is null or sender_agency_id = enlace_current_agency() or recipient_agency_id = enlace_current_agency()
);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "protection_referral" cascade;`);
    this.addSql(`drop type if exists "protection_referral_status";`);
  }
}
