import { Migration } from '../server/src/platform/orm/migration';

export class Migration20261204024030Coordination extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "meeting_kind" as enum ('ORDINARY', 'EXTRAORDINARY', 'TECHNICAL_WORKING_GROUP', 'JOINT_OPERATION_DEBRIEF');`,
    );
    this.addSql(`create type "minutes_status" as enum ('DRAFT', 'CIRCULATED', 'APPROVED');`);
    this.addSql(`create type "attendance_status" as enum ('PRESENT', 'BY_VIDEO', 'EXCUSED', 'ABSENT');`);
    this.addSql(
      `create table "meeting" ("id" uuid not null, "mechanism_id" uuid not null, "title" varchar(200) not null, "kind" "meeting_kind" not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "time_zone" varchar(64) not null, "crossing_point_id" uuid null, "place_text" varchar(200) null, "video_link" varchar(500) null, "languages" text[] not null default '{es}', "minutes_status" "minutes_status" not null default 'DRAFT', "minutes_revision" smallint not null default 0, "comment_deadline" timestamptz null, "approved_at" timestamptz null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "meeting_pkey" primary key ("id"), constraint meeting_approved_has_revision check (minutes_status <> 'APPROVED' or minutes_revision > 0), constraint meeting_has_a_place check ((crossing_point_id is not null or place_text is not null or video_link is not null)), constraint meeting_ends_after_start check (ends_at > starts_at));`,
    );
    this.addSql(`create index "meeting_mechanism_id_starts_at_index" on "meeting" ("mechanism_id", "starts_at");`);

    this.addSql(
      `create table "minutes_revision" ("id" uuid not null, "meeting_id" uuid not null, "number" smallint not null, "reason" varchar(500) null, "approved_at" timestamptz not null, "approved_by_id" uuid not null, "items" jsonb not null, constraint "minutes_revision_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "minutes_revision" add constraint "minutes_revision_meeting_id_number_unique" unique ("meeting_id", "number");`,
    );

    this.addSql(
      `create table "meeting_attendance" ("id" uuid not null, "meeting_id" uuid not null, "position" smallint not null, "name" varchar(200) not null, "job_title" varchar(200) null, "agency_id" uuid not null, "status" "attendance_status" not null, constraint "meeting_attendance_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "meeting_attendance_meeting_id_index" on "meeting_attendance" ("meeting_id");`);

    this.addSql(
      `create table "meeting_invited_agency" ("meeting_id" uuid not null, "agency_id" uuid not null, constraint "meeting_invited_agency_pkey" primary key ("meeting_id", "agency_id"));`,
    );

    this.addSql(
      `create table "agenda_item" ("id" uuid not null, "meeting_id" uuid not null, "position" smallint not null, "title" varchar(300) not null, "presenter_agency_id" uuid null, "slot_start" varchar(5) null, "duration_minutes" smallint null, "minutes" text not null default '', constraint "agenda_item_pkey" primary key ("id"), constraint agenda_item_duration check (duration_minutes is null or (duration_minutes >= 1 and duration_minutes <= 1440)), constraint agenda_item_slot check (slot_start is null or slot_start ~ '^([01][0-9]|2[0-3]):[0-5][0-9]\$'));`,
    );
    this.addSql(`create index "agenda_item_meeting_id_position_index" on "agenda_item" ("meeting_id", "position");`);

    this.addSql(
      `create table "minutes_comment" ("id" uuid not null, "meeting_id" uuid not null, "agenda_item_id" uuid not null, "reply_to_id" uuid null, "author_id" uuid not null, "author_agency_id" uuid not null, "body" text not null, "created_at" timestamptz not null default now(), constraint "minutes_comment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "minutes_comment_meeting_id_created_at_index" on "minutes_comment" ("meeting_id", "created_at");`,
    );

    this.addSql(
      `alter table "meeting" add constraint "meeting_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_crossing_point_id_foreign" foreign key ("crossing_point_id") references "crossing_point" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "minutes_revision" add constraint "minutes_revision_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "minutes_revision" add constraint "minutes_revision_approved_by_id_foreign" foreign key ("approved_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "meeting_attendance" add constraint "meeting_attendance_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "meeting_attendance" add constraint "meeting_attendance_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "meeting_invited_agency" add constraint "meeting_invited_agency_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "meeting_invited_agency" add constraint "meeting_invited_agency_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "agenda_item" add constraint "agenda_item_presenter_agency_id_foreign" foreign key ("presenter_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "minutes_comment" add constraint "minutes_comment_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "minutes_comment" add constraint "minutes_comment_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "minutes_comment" add constraint "minutes_comment_reply_to_id_foreign" foreign key ("reply_to_id") references "minutes_comment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "minutes_comment" add constraint "minutes_comment_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "minutes_comment" add constraint "minutes_comment_author_agency_id_foreign" foreign key ("author_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "minutes_revision" drop constraint "minutes_revision_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_attendance" drop constraint "meeting_attendance_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_invited_agency" drop constraint "meeting_invited_agency_meeting_id_foreign";`);

    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_meeting_id_foreign";`);

    this.addSql(`alter table "minutes_comment" drop constraint "minutes_comment_meeting_id_foreign";`);

    this.addSql(`alter table "minutes_comment" drop constraint "minutes_comment_agenda_item_id_foreign";`);

    this.addSql(`alter table "minutes_comment" drop constraint "minutes_comment_reply_to_id_foreign";`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "minutes_revision" cascade;`);

    this.addSql(`drop table if exists "meeting_attendance" cascade;`);

    this.addSql(`drop table if exists "meeting_invited_agency" cascade;`);

    this.addSql(`drop table if exists "agenda_item" cascade;`);

    this.addSql(`drop table if exists "minutes_comment" cascade;`);

    this.addSql(`drop type "meeting_kind";`);
    this.addSql(`drop type "minutes_status";`);
    this.addSql(`drop type "attendance_status";`);
  }
}
