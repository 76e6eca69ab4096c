import { Migration } from '../server/src/platform/orm/migration';

export class Migration20261123165602ReferralCollaboration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "referral_notice_kind" as enum ('OVERDUE', 'ESCALATION');`);
    this.addSql(`create type "referral_forward_status" as enum ('REQUESTED', 'ACTIVE', 'REFUSED');`);
    this.addSql(
      `create table "referral_notice" ("id" uuid not null, "referral_id" uuid not null, "kind" "referral_notice_kind" not null, "due_at" timestamptz(3) not null, "sent_at" timestamptz(3) not null default now(), constraint "referral_notice_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "referral_notice" add constraint "referral_notice_once" unique ("referral_id", "kind", "due_at");`,
    );

    this.addSql(
      `create table "referral_message" ("id" uuid not null, "referral_id" uuid not null, "author_id" uuid not null, "author_agency_id" uuid not null, "body" text not null, "created_at" timestamptz(3) not null default now(), constraint "referral_message_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "referral_message_conversation_index" on "referral_message" ("referral_id", "created_at");`,
    );

    this.addSql(
      `create table "referral_forward" ("id" uuid not null, "referral_id" uuid not null, "recipient_agency_id" uuid not null, "status" "referral_forward_status" not null, "comment" text null, "requested_by_id" uuid not null, "requested_at" timestamptz(3) not null default now(), "decided_by_id" uuid null, "decided_at" timestamptz(3) null, "refusal_reason" text null, constraint "referral_forward_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "referral_forward_referral_id_index" on "referral_forward" ("referral_id");`);
    this.addSql(
      `create unique index "referral_forward_open_unique" on "referral_forward" ("referral_id", "recipient_agency_id") where "status" <> 'REFUSED';`,
    );
    this.addSql(
      `create index "referral_forward_recipient_index" on "referral_forward" ("recipient_agency_id", "status", "referral_id");`,
    );

    this.addSql(
      `create table "referral_attachment" ("id" uuid not null, "referral_id" uuid not null, "message_id" uuid null, "uploaded_by_id" uuid not null, "uploaded_by_agency_id" uuid not null, "file_name" varchar(255) not null, "media_type" varchar(100) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "storage_key" varchar(200) not null, "created_at" timestamptz(3) not null default now(), constraint "referral_attachment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "referral_attachment_referral_id_index" on "referral_attachment" ("referral_id");`);
    this.addSql(`create index "referral_attachment_message_id_index" on "referral_attachment" ("message_id");`);

    this.addSql(
      `alter table "referral_notice" add constraint "referral_notice_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "referral_message" add constraint "referral_message_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "referral_message" add constraint "referral_message_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_message" add constraint "referral_message_author_agency_id_foreign" foreign key ("author_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "referral_forward" add constraint "referral_forward_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "referral_forward" add constraint "referral_forward_recipient_agency_id_foreign" foreign key ("recipient_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_forward" add constraint "referral_forward_requested_by_id_foreign" foreign key ("requested_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_forward" add constraint "referral_forward_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "referral_attachment" add constraint "referral_attachment_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "referral_attachment" add constraint "referral_attachment_message_id_foreign" foreign key ("message_id") references "referral_message" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "referral_attachment" add constraint "referral_attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_attachment" add constraint "referral_attachment_uploaded_by_agency_id_foreign" foreign key ("uploaded_by_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referral_attachment" drop constraint "referral_attachment_message_id_foreign";`);

    this.addSql(`drop table if exists "referral_notice" cascade;`);

    this.addSql(`drop table if exists "referral_message" cascade;`);

    this.addSql(`drop table if exists "referral_forward" cascade;`);

    this.addSql(`drop table if exists "referral_attachment" cascade;`);

    this.addSql(`drop type "referral_notice_kind";`);
    this.addSql(`drop type "referral_forward_status";`);
  }
}
