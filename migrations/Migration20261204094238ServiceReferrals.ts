import { Migration } from '../server/src/platform/orm/migration';

/**
 * Referrals of survivors to services (need-to-know field sharing under consent), with row-level security like the
 * case referrals: a transaction that names its agency sees only the referrals it sent or received.
 */
export class Migration20261204094238ServiceReferrals extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "service_referral_status" as enum ('SENT', 'ACCEPTED', 'DECLINED', 'DELIVERED', 'CLOSED');`,
    );
    this.addSql(
      `create table "service_referral" ("id" uuid not null, "survivor_id" uuid not null, "survivor_code" varchar(24) not null, "holding_agency_id" uuid not null, "recipient_agency_id" uuid not null, "recipient_agency_kind" "agency_kind" not null, "mechanism_id" uuid not null, "service" "protection_service" not null, "urgency" "referral_urgency" not null, "shared_fields" text[] not null, "consent_id" uuid null, "override_id" uuid null, "sealed_note" bytea not null, "status" "service_referral_status" not null default 'SENT', "decline_reason" varchar(1000) null, "outcome" varchar(1000) null, "sent_by_id" uuid not null, "sent_at" timestamptz not null default now(), "respond_by" timestamptz not null, "deliver_by" timestamptz not null, "due_at" timestamptz null, "updated_at" timestamptz not null default now(), "consent_withdrawn_at" timestamptz null, constraint "service_referral_pkey" primary key ("id"), constraint service_referral_declined_with_reason check (((status = 'DECLINED'::service_referral_status) = (decline_reason IS NOT NULL))), constraint service_referral_covered check (((consent_id IS NULL) <> (override_id IS NULL))));`,
    );
    this.addSql(`create index "service_referral_survivor_id_index" on "service_referral" ("survivor_id");`);
    this.addSql(`create index "service_referral_mechanism_id_index" on "service_referral" ("mechanism_id");`);
    this.addSql(`create index "service_referral_consent_id_index" on "service_referral" ("consent_id");`);
    this.addSql(`create index "service_referral_override_id_index" on "service_referral" ("override_id");`);
    this.addSql(
      `create index "service_referral_outgoing" on "service_referral" ("holding_agency_id", "sent_at", "id");`,
    );
    this.addSql(
      `create index "service_referral_incoming" on "service_referral" ("recipient_agency_id", "sent_at", "id");`,
    );

    this.addSql(
      `alter table "service_referral" add constraint "service_referral_survivor_id_foreign" foreign key ("survivor_id") references "survivor" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "service_referral" add constraint "service_referral_holding_agency_id_foreign" foreign key ("holding_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_referral" add constraint "service_referral_recipient_agency_id_foreign" foreign key ("recipient_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_referral" add constraint "service_referral_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_referral" add constraint "service_referral_consent_id_foreign" foreign key ("consent_id") references "survivor_consent" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_referral" add constraint "service_referral_override_id_foreign" foreign key ("override_id") references "consent_override" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_referral" add constraint "service_referral_sent_by_id_foreign" foreign key ("sent_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(`alter table "service_referral" enable row level security;`);
    this.addSql(`alter table "service_referral" force row level security;`);
    this.addSql(`create policy "service_referral_tenant" on "service_referral" using (
  enlace_current_agency() is null
  or holding_agency_id = enlace_current_agency()
  or recipient_agency_id = enlace_current_agency()
);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop policy if exists "service_referral_tenant" on "service_referral";`);
    this.addSql(`drop table if exists "service_referral" cascade;`);

    this.addSql(`drop type "service_referral_status";`);
  }
}
