import { Migration } from '../server/src/platform/orm/migration';

export class Migration20261204025156SeparationOfDuties extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "role_grant_status" as enum ('PENDING', 'APPROVED', 'REFUSED');`);
    this.addSql(
      `create table "role_grant_request" ("id" uuid not null, "agency_id" uuid not null, "user_id" uuid null, "api_token_id" uuid null, "roles" "user_role"[] not null, "with_invitation" boolean not null default false, "status" "role_grant_status" not null default 'PENDING', "requested_by_id" uuid not null, "requested_at" timestamptz(3) not null default now(), "decided_by_id" uuid null, "decided_at" timestamptz(3) null, constraint "role_grant_request_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "role_grant_request_pending_index" on "role_grant_request" ("agency_id", "status", "requested_at");`,
    );

    this.addSql(
      `alter table "role_grant_request" add constraint "role_grant_request_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "role_grant_request" add constraint "role_grant_request_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "role_grant_request" add constraint "role_grant_request_api_token_id_foreign" foreign key ("api_token_id") references "api_token" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "api_token" add column "approved_at" timestamptz null;`);
    // Tokens issued before four eyes existed keep working; those issued without scopes keep what their roles
    // allowed, now written out (scopes are enforced from this release on, and an empty list grants nothing).
    this.addSql(`update "api_token" set "approved_at" = "created_at";`);
    this.addSql(
      `update "api_token" set "scopes" = '["referrals:write", "directory:read", "audit:read"]' where "scopes"::jsonb = '[]'::jsonb;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "role_grant_request" cascade;`);

    this.addSql(`alter table "api_token" drop column "approved_at";`);

    this.addSql(`drop type "role_grant_status";`);
  }
}
