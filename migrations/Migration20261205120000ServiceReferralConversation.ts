import { Migration } from '../server/src/platform/orm/migration';

const TABLES = ['service_referral_message', 'service_referral_attachment'];

/**
 * The conversation on a referral to a service (protection/service-referral-conversation.entity.ts): messages
 * and files sealed with the survivor's data key; row-level security makes a row as visible as its referral
 * (the referring agency and the provider).
 */
export class Migration20261205120000ServiceReferralConversation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "service_referral_message" ("id" uuid not null, "referral_id" uuid not null, "author_id" uuid not null, "author_agency_id" uuid not null, "sealed_body" bytea not null, "created_at" timestamptz(3) not null default now(), constraint "service_referral_message_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "service_referral_message_conversation" on "service_referral_message" ("referral_id", "created_at");`,
    );
    this.addSql(
      `create table "service_referral_attachment" ("id" uuid not null, "referral_id" uuid not null, "message_id" uuid null, "uploaded_by_id" uuid not null, "uploaded_by_agency_id" uuid not null, "sealed_file_name" bytea not null, "media_type" varchar(100) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "storage_key" varchar(200) not null, "created_at" timestamptz(3) not null default now(), constraint "service_referral_attachment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "service_referral_attachment_referral_id_index" on "service_referral_attachment" ("referral_id");`,
    );
    this.addSql(
      `create index "service_referral_attachment_message_id_index" on "service_referral_attachment" ("message_id");`,
    );
    this.addSql(
      `alter table "service_referral_message" add constraint "service_referral_message_referral_id_foreign" foreign key ("referral_id") references "service_referral" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "service_referral_message" add constraint "service_referral_message_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_referral_message" add constraint "service_referral_message_author_agency_id_foreign" foreign key ("author_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_referral_attachment" add constraint "service_referral_attachment_referral_id_foreign" foreign key ("referral_id") references "service_referral" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "service_referral_attachment" add constraint "service_referral_attachment_message_id_foreign" foreign key ("message_id") references "service_referral_message" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "service_referral_attachment" add constraint "service_referral_attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "service_referral_attachment" add constraint "service_referral_attachment_uploaded_by_agency_id_foreign" foreign key ("uploaded_by_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    for (const table of TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      // The referral's own policy applies inside the subquery: a row is as visible as its referral.
      this.addSql(`create policy "${table}_tenant" on "${table}" using (
  enlace_current_agency() is null or exists (select 1 from service_referral sr where sr.id = referral_id)
);`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service_referral_attachment" cascade;`);
    this.addSql(`drop table if exists "service_referral_message" cascade;`);
  }
}
