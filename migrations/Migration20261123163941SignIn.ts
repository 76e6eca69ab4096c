import { Migration } from '../server/src/platform/orm/migration';

export class Migration20261123163941SignIn extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "api_token" ("id" uuid not null, "agency_id" uuid not null, "name" varchar(200) not null, "roles" "user_role"[] not null default '{}', "scopes" jsonb not null, "display_prefix" varchar(16) not null, "token_hash" varchar(64) not null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "api_token_agency_id_created_at_index" on "api_token" ("agency_id", "created_at");`);

    this.addSql(
      `create table "mail_outbox" ("id" uuid not null, "recipient" varchar(254) not null, "subject" varchar(300) not null, "text" text not null, "html" text null, "created_at" timestamptz not null default now(), constraint "mail_outbox_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "mail_outbox_recipient_created_at_index" on "mail_outbox" ("recipient", "created_at");`);

    this.addSql(
      `create table "sign_in_throttle" ("key_hash" varchar(64) not null, "failure_count" int not null default 0, "locked_until" timestamptz null, "last_failure_at" timestamptz not null default now(), constraint "sign_in_throttle_pkey" primary key ("key_hash"));`,
    );

    this.addSql(
      `create table "auth_session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null default now(), "second_factor_verified_at" timestamptz null, "second_factor_failures" int not null default 0, "revoked_at" timestamptz null, constraint "auth_session_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "auth_session" add constraint "auth_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "auth_session_user_id_index" on "auth_session" ("user_id");`);

    this.addSql(
      `create table "invitation" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "invited_by_id" uuid null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "accepted_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invitation_user_id_index" on "invitation" ("user_id");`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);

    this.addSql(
      `alter table "api_token" add constraint "api_token_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "auth_session" add constraint "auth_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "invitation" add constraint "invitation_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "mail_outbox" cascade;`);

    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);
  }
}
