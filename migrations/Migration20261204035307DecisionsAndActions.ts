import { Migration } from '../server/src/platform/orm/migration';

export class Migration20261204035307DecisionsAndActions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "decision_status" as enum ('IN_FORCE', 'SUPERSEDED', 'REVOKED');`);
    this.addSql(`create type "action_priority" as enum ('HIGH', 'MEDIUM', 'LOW');`);
    this.addSql(`create type "action_status" as enum ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED');`);
    this.addSql(
      `create table "decision" ("id" uuid not null, "mechanism_id" uuid not null, "meeting_id" uuid not null, "agenda_item_id" uuid null, "year" smallint not null, "number" int not null, "reference" varchar(40) not null, "text" text not null, "status" "decision_status" not null default 'IN_FORCE', "superseded_by_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), constraint "decision_pkey" primary key ("id"), constraint decision_superseded_by_another check ((status = 'SUPERSEDED') = (superseded_by_id is not null)));`,
    );
    this.addSql(`alter table "decision" add constraint "decision_reference_unique" unique ("reference");`);
    this.addSql(`create index "decision_meeting_id_index" on "decision" ("meeting_id");`);
    this.addSql(
      `alter table "decision" add constraint "decision_mechanism_id_year_number_unique" unique ("mechanism_id", "year", "number");`,
    );

    this.addSql(
      `create table "action_item" ("id" uuid not null, "mechanism_id" uuid not null, "meeting_id" uuid not null, "decision_id" uuid null, "title" varchar(300) not null, "owner_agency_id" uuid not null, "owner_user_id" uuid null, "due_date" date not null, "due_at" timestamptz not null, "priority" "action_priority" not null, "status" "action_status" not null default 'OPEN', "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "action_item_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "action_item_mechanism_id_status_due_at_index" on "action_item" ("mechanism_id", "status", "due_at");`,
    );
    this.addSql(
      `create index "action_item_owner_agency_id_status_due_at_index" on "action_item" ("owner_agency_id", "status", "due_at");`,
    );

    this.addSql(
      `create table "action_update" ("id" uuid not null, "action_item_id" uuid not null, "author_id" uuid not null, "author_agency_id" uuid not null, "body" text not null, "status_to" "action_status" null, "created_at" timestamptz not null default now(), constraint "action_update_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "action_update_action_item_id_created_at_index" on "action_update" ("action_item_id", "created_at");`,
    );

    this.addSql(
      `alter table "decision" add constraint "decision_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "decision" add constraint "decision_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "decision" add constraint "decision_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_item" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "decision" add constraint "decision_superseded_by_id_foreign" foreign key ("superseded_by_id") references "decision" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "decision" add constraint "decision_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "action_item" add constraint "action_item_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_decision_id_foreign" foreign key ("decision_id") references "decision" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_owner_agency_id_foreign" foreign key ("owner_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_owner_user_id_foreign" foreign key ("owner_user_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "action_update" add constraint "action_update_action_item_id_foreign" foreign key ("action_item_id") references "action_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_update" add constraint "action_update_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "action_update" add constraint "action_update_author_agency_id_foreign" foreign key ("author_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "decision" drop constraint "decision_superseded_by_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_decision_id_foreign";`);

    this.addSql(`alter table "action_update" drop constraint "action_update_action_item_id_foreign";`);

    this.addSql(`drop table if exists "decision" cascade;`);

    this.addSql(`drop table if exists "action_item" cascade;`);

    this.addSql(`drop table if exists "action_update" cascade;`);

    this.addSql(`drop type "decision_status";`);
    this.addSql(`drop type "action_priority";`);
    this.addSql(`drop type "action_status";`);
  }
}
