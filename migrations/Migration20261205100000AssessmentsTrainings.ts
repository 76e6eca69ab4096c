import { Migration } from '../server/src/platform/orm/migration';

const RUNS_SECRETARIAT = `exists (select 1 from mechanism x where x.id = mechanism_id
    and x.secretariat_agency_id = enlace_current_agency())`;

/** Agency-level row-level security, like the other mechanism tables (the role rules stay in the policy). */
const POLICIES: [table: string, condition: string][] = [
  // Checklists are the secretariat's working tools.
  ['assessment_template', RUNS_SECRETARIAT],
  // Member agencies see completed assessments; drafts stay with the agency running the secretariat.
  ['assessment', `enlace_in_mechanism(mechanism_id) and (status = 'COMPLETED' or ${RUNS_SECRETARIAT})`],
  // A recommendation is as visible as its assessment (whose own policy applies in the subquery).
  ['assessment_recommendation', 'exists (select 1 from assessment p where p.id = assessment_id)'],
  ['training', 'enlace_in_mechanism(mechanism_id)'],
  ['training_participation', 'exists (select 1 from training p where p.id = training_id)'],
];

/**
 * Assessments of crossing points and border sections (checklist templates per mechanism, a copy of the
 * questions on each assessment: ADR 0047, recommendations linked to the action items they became) and the
 * trainings a mechanism delivered, with participants per agency and by sex.
 */
export class Migration20261205100000AssessmentsTrainings extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "assessment_status" as enum ('DRAFT', 'COMPLETED');`);
    this.addSql(
      `create table "training" ("id" uuid not null, "mechanism_id" uuid not null, "topic" varchar(300) not null, "held_on" date not null, "place" varchar(200) not null, "trainers" text[] not null, "summary" text not null default '', "material_ids" uuid[] not null default '{}', "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "training_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "training_mechanism_id_held_on_index" on "training" ("mechanism_id", "held_on");`);

    this.addSql(
      `create table "training_participation" ("id" uuid not null, "training_id" uuid not null, "mechanism_id" uuid not null, "agency_id" uuid not null, "female" int not null, "male" int not null, "other_or_not_stated" int not null, constraint "training_participation_pkey" primary key ("id"), constraint training_participation_counts check (female >= 0 and male >= 0 and other_or_not_stated >= 0));`,
    );
    this.addSql(
      `alter table "training_participation" add constraint "training_participation_training_id_agency_id_unique" unique ("training_id", "agency_id");`,
    );

    this.addSql(
      `create table "assessment_template" ("id" uuid not null, "mechanism_id" uuid not null, "title" varchar(200) not null, "sections" jsonb not null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "assessment_template_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "assessment_template_mechanism_id_title_index" on "assessment_template" ("mechanism_id", "title");`,
    );

    this.addSql(
      `create table "assessment" ("id" uuid not null, "mechanism_id" uuid not null, "template_id" uuid not null, "template_title" varchar(200) not null, "place" varchar(200) not null, "assessed_on" date not null, "assessors" text[] not null, "sections" jsonb not null, "answers" jsonb not null default '[]', "findings" text not null default '', "status" "assessment_status" not null default 'DRAFT', "completed_at" timestamptz null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "assessment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "assessment_mechanism_id_assessed_on_index" on "assessment" ("mechanism_id", "assessed_on");`,
    );

    this.addSql(
      `create table "assessment_recommendation" ("id" uuid not null, "assessment_id" uuid not null, "mechanism_id" uuid not null, "position" smallint not null, "text" text not null, "action_item_id" uuid null, constraint "assessment_recommendation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "assessment_recommendation" add constraint "assessment_recommendation_action_item_id_unique" unique ("action_item_id");`,
    );
    this.addSql(
      `create index "assessment_recommendation_assessment_id_position_index" on "assessment_recommendation" ("assessment_id", "position");`,
    );

    this.addSql(
      `alter table "training" add constraint "training_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "training" add constraint "training_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "training_participation" add constraint "training_participation_training_id_foreign" foreign key ("training_id") references "training" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "training_participation" add constraint "training_participation_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "training_participation" add constraint "training_participation_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "assessment_template" add constraint "assessment_template_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_template" add constraint "assessment_template_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "assessment" add constraint "assessment_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment" add constraint "assessment_template_id_foreign" foreign key ("template_id") references "assessment_template" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment" add constraint "assessment_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "assessment_recommendation" add constraint "assessment_recommendation_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "assessment_recommendation" add constraint "assessment_recommendation_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "assessment_recommendation" add constraint "assessment_recommendation_action_item_id_foreign" foreign key ("action_item_id") references "action_item" ("id") on update cascade on delete set null;`,
    );

    // An action made of an assessment's recommendation has no meeting.
    this.addSql(`alter table "action_item" alter column "meeting_id" drop not null;`);

    for (const [table, condition] of POLICIES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy "${table}_tenant" on "${table}" using (
  enlace_current_agency() is null or ${condition}
);`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training_participation" drop constraint "training_participation_training_id_foreign";`);

    this.addSql(`alter table "assessment" drop constraint "assessment_template_id_foreign";`);

    this.addSql(
      `alter table "assessment_recommendation" drop constraint "assessment_recommendation_assessment_id_foreign";`,
    );

    this.addSql(`drop table if exists "training" cascade;`);

    this.addSql(`drop table if exists "training_participation" cascade;`);

    this.addSql(`drop table if exists "assessment_template" cascade;`);

    this.addSql(`drop table if exists "assessment" cascade;`);

    this.addSql(`drop table if exists "assessment_recommendation" cascade;`);

    this.addSql(`delete from "action_item" where "meeting_id" is null;`);
    this.addSql(`alter table "action_item" alter column "meeting_id" set not null;`);

    this.addSql(`drop type "assessment_status";`);
  }
}
