import { Migration } from '../server/src/platform/orm/migration';

/**
 * Durable-solutions plans (one per survivor), their IASC criteria checklist and the history of assessments, with
 * row-level security like the referral tables: a transaction that names its agency sees only plans it holds or
 * co-owns after a hand-over, and their children.
 */
export class Migration20261204093139DurablePlan extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "durable_solution" as enum ('VOLUNTARY_RETURN', 'LOCAL_INTEGRATION', 'RESETTLEMENT');`);
    this.addSql(`create type "durable_plan_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(
      `create type "durable_plan_outcome" as enum ('SOLUTION_SUSTAINED', 'RE_TRAFFICKED', 'LOST_CONTACT', 'PERSON_WITHDREW');`,
    );
    this.addSql(
      `create type "durable_criterion" as enum ('SAFETY_AND_SECURITY', 'STANDARD_OF_LIVING', 'LIVELIHOODS', 'HOUSING_LAND_PROPERTY', 'DOCUMENTATION', 'FAMILY_REUNIFICATION', 'PUBLIC_AFFAIRS', 'REMEDIES_AND_JUSTICE');`,
    );
    this.addSql(`create type "criterion_status" as enum ('NOT_STARTED', 'IN_PROGRESS', 'MET', 'NOT_APPLICABLE');`);
    this.addSql(
      `create table "durable_plan" ("id" uuid not null, "survivor_id" uuid not null, "holding_agency_id" uuid not null, "case_worker_id" uuid not null, "partner_agency_id" uuid null, "partner_case_worker_id" uuid null, "lead_agency_id" uuid not null, "handed_over_at" timestamptz null, "solution" "durable_solution" not null, "status" "durable_plan_status" not null default 'OPEN', "outcome" "durable_plan_outcome" null, "closure_reason" varchar(1000) null, "closed_at" timestamptz null, "sealed_wishes" bytea not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "durable_plan_pkey" primary key ("id"), constraint durable_plan_closed_with_outcome check (((status = 'CLOSED') = (outcome IS NOT NULL AND closure_reason IS NOT NULL))));`,
    );
    this.addSql(`create index "durable_plan_case_worker_id_index" on "durable_plan" ("case_worker_id");`);
    this.addSql(`create index "durable_plan_partner_agency_id_index" on "durable_plan" ("partner_agency_id");`);
    this.addSql(
      `create index "durable_plan_partner_case_worker_id_index" on "durable_plan" ("partner_case_worker_id");`,
    );
    this.addSql(`create index "durable_plan_holding" on "durable_plan" ("holding_agency_id", "status");`);
    this.addSql(`alter table "durable_plan" add constraint "durable_plan_one_per_survivor" unique ("survivor_id");`);

    this.addSql(
      `create table "durable_plan_criterion" ("id" uuid not null, "plan_id" uuid not null, "criterion" "durable_criterion" not null, "status" "criterion_status" not null default 'NOT_STARTED', "evidence" text null, "responsible_organisation" varchar(200) null, "assessed_on" date null, "assessed_by_id" uuid null, "entry_agency_id" uuid not null, constraint "durable_plan_criterion_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "durable_plan_criterion" add constraint "durable_plan_criterion_unique" unique ("plan_id", "criterion");`,
    );

    this.addSql(
      `create table "durable_criterion_assessment" ("id" uuid not null, "plan_id" uuid not null, "criterion" "durable_criterion" not null, "status" "criterion_status" not null, "evidence" text null, "responsible_organisation" varchar(200) null, "assessed_on" date not null, "assessed_by_id" uuid not null, "agency_id" uuid not null, "recorded_at" timestamptz not null default now(), constraint "durable_criterion_assessment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "durable_criterion_assessment_plan_id_recorded_at_index" on "durable_criterion_assessment" ("plan_id", "recorded_at");`,
    );

    this.addSql(
      `alter table "durable_plan" add constraint "durable_plan_survivor_id_foreign" foreign key ("survivor_id") references "survivor" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "durable_plan" add constraint "durable_plan_holding_agency_id_foreign" foreign key ("holding_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "durable_plan" add constraint "durable_plan_case_worker_id_foreign" foreign key ("case_worker_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "durable_plan" add constraint "durable_plan_partner_agency_id_foreign" foreign key ("partner_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "durable_plan" add constraint "durable_plan_partner_case_worker_id_foreign" foreign key ("partner_case_worker_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "durable_plan" add constraint "durable_plan_lead_agency_id_foreign" foreign key ("lead_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "durable_plan_criterion" add constraint "durable_plan_criterion_plan_id_foreign" foreign key ("plan_id") references "durable_plan" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "durable_plan_criterion" add constraint "durable_plan_criterion_assessed_by_id_foreign" foreign key ("assessed_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "durable_plan_criterion" add constraint "durable_plan_criterion_entry_agency_id_foreign" foreign key ("entry_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "durable_criterion_assessment" add constraint "durable_criterion_assessment_plan_id_foreign" foreign key ("plan_id") references "durable_plan" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "durable_criterion_assessment" add constraint "durable_criterion_assessment_assessed_by_id_foreign" foreign key ("assessed_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "durable_criterion_assessment" add constraint "durable_criterion_assessment_agency_id_foreign" foreign key ("agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`alter table "durable_plan" enable row level security;`);
    this.addSql(`alter table "durable_plan" force row level security;`);
    this.addSql(`create policy "durable_plan_tenant" on "durable_plan" using (
  enlace_current_agency() is null
  or holding_agency_id = enlace_current_agency()
  or partner_agency_id = enlace_current_agency()
);`);
    for (const table of ['durable_plan_criterion', 'durable_criterion_assessment']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy "${table}_tenant" on "${table}" using (
  enlace_current_agency() is null or exists (select 1 from durable_plan p where p.id = plan_id)
);`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['durable_plan', 'durable_plan_criterion', 'durable_criterion_assessment'])
      this.addSql(`drop policy if exists "${table}_tenant" on "${table}";`);
    this.addSql(`alter table "durable_plan_criterion" drop constraint "durable_plan_criterion_plan_id_foreign";`);

    this.addSql(
      `alter table "durable_criterion_assessment" drop constraint "durable_criterion_assessment_plan_id_foreign";`,
    );

    this.addSql(`drop table if exists "durable_plan" cascade;`);

    this.addSql(`drop table if exists "durable_plan_criterion" cascade;`);

    this.addSql(`drop table if exists "durable_criterion_assessment" cascade;`);

    this.addSql(`drop type "durable_solution";`);
    this.addSql(`drop type "durable_plan_status";`);
    this.addSql(`drop type "durable_plan_outcome";`);
    this.addSql(`drop type "durable_criterion";`);
    this.addSql(`drop type "criterion_status";`);
  }
}
