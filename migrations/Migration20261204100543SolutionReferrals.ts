import { Migration } from '../server/src/platform/orm/migration';

/**
 * Durable-solution referrals (destination, purposes, shared fields, return risk, lifecycle) and the follow-ups
 * owed after return or arrival. Row-level security: a referral is visible to its holding and recipient agency;
 * a plan also to the recipient of one of its referrals (who becomes co-owner on accepting); follow-ups as their
 * plan.
 */
export class Migration20261204100543SolutionReferrals extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "solution_destination" as enum ('COUNTRY_OF_ORIGIN', 'SAME_COUNTRY', 'THIRD_COUNTRY');`);
    this.addSql(`create type "return_risk" as enum ('SAFE', 'SAFE_WITH_CONDITIONS', 'NOT_SAFE');`);
    this.addSql(
      `create type "solution_referral_status" as enum ('SENT', 'ACCEPTED', 'DECLINED', 'HANDED_OVER', 'CLOSED');`,
    );
    this.addSql(
      `create table "durable_solution_referral" ("id" uuid not null, "plan_id" uuid not null, "survivor_id" uuid not null, "holding_agency_id" uuid not null, "recipient_agency_id" uuid not null, "mechanism_id" uuid not null, "destination" "solution_destination" not null, "purposes" "protection_service"[] not null, "shared_fields" text[] not null, "entrusted_criteria" "durable_criterion"[] not null, "return_risk" "return_risk" null, "risk_details" varchar(1000) null, "status" "solution_referral_status" not null default 'SENT', "decline_reason" varchar(1000) null, "sent_by_id" uuid not null, "sent_at" timestamptz not null default now(), "responded_by_id" uuid null, "responded_at" timestamptz null, "handed_over_on" date null, "closed_at" timestamptz null, constraint "durable_solution_referral_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "durable_solution_referral_plan_id_index" on "durable_solution_referral" ("plan_id");`);
    this.addSql(
      `create index "durable_solution_referral_recipient_agency_id_status_index" on "durable_solution_referral" ("recipient_agency_id", "status");`,
    );

    this.addSql(
      `create table "durable_follow_up" ("id" uuid not null, "plan_id" uuid not null, "referral_id" uuid not null, "owed_by_id" uuid not null, "months_after" smallint not null, "due_on" date not null, "filed_at" timestamptz null, "filed_by_id" uuid null, "summary" text null, "reminded_at" timestamptz null, constraint "durable_follow_up_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "durable_follow_up_plan_id_index" on "durable_follow_up" ("plan_id");`);
    this.addSql(`create index "durable_follow_up_due_on_index" on "durable_follow_up" ("due_on");`);
    this.addSql(
      `alter table "durable_follow_up" add constraint "durable_follow_up_point" unique ("referral_id", "months_after");`,
    );

    this.addSql(
      `alter table "durable_solution_referral" add constraint "durable_solution_referral_plan_id_foreign" foreign key ("plan_id") references "durable_plan" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "durable_solution_referral" add constraint "durable_solution_referral_survivor_id_foreign" foreign key ("survivor_id") references "survivor" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "durable_solution_referral" add constraint "durable_solution_referral_holding_agency_id_foreign" foreign key ("holding_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "durable_solution_referral" add constraint "durable_solution_referral_recipient_agency_id_foreign" foreign key ("recipient_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "durable_solution_referral" add constraint "durable_solution_referral_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "durable_solution_referral" add constraint "durable_solution_referral_sent_by_id_foreign" foreign key ("sent_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "durable_solution_referral" add constraint "durable_solution_referral_responded_by_id_foreign" foreign key ("responded_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "durable_follow_up" add constraint "durable_follow_up_plan_id_foreign" foreign key ("plan_id") references "durable_plan" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "durable_follow_up" add constraint "durable_follow_up_referral_id_foreign" foreign key ("referral_id") references "durable_solution_referral" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "durable_follow_up" add constraint "durable_follow_up_owed_by_id_foreign" foreign key ("owed_by_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "durable_follow_up" add constraint "durable_follow_up_filed_by_id_foreign" foreign key ("filed_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`alter table "durable_solution_referral" enable row level security;`);
    this.addSql(`alter table "durable_solution_referral" force row level security;`);
    this.addSql(`create policy "durable_solution_referral_tenant" on "durable_solution_referral" using (
  enlace_current_agency() is null
  or holding_agency_id = enlace_current_agency()
  or recipient_agency_id = enlace_current_agency()
);`);
    this.addSql(`alter table "durable_follow_up" enable row level security;`);
    this.addSql(`alter table "durable_follow_up" force row level security;`);
    this.addSql(`create policy "durable_follow_up_tenant" on "durable_follow_up" using (
  enlace_current_agency() is null or exists (select 1 from durable_plan p where p.id = plan_id)
);`);
    this.addSql(`drop policy "durable_plan_tenant" on "durable_plan";`);
    this.addSql(`create policy "durable_plan_tenant" on "durable_plan" using (
  enlace_current_agency() is null
  or holding_agency_id = enlace_current_agency()
  or partner_agency_id = enlace_current_agency()
  or exists (select 1 from durable_solution_referral r where r.plan_id = durable_plan.id)
);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop policy if exists "durable_plan_tenant" on "durable_plan";`);
    this.addSql(`create policy "durable_plan_tenant" on "durable_plan" using (
  enlace_current_agency() is null
  or holding_agency_id = enlace_current_agency()
  or partner_agency_id = enlace_current_agency()
);`);
    this.addSql(`alter table "durable_follow_up" drop constraint "durable_follow_up_referral_id_foreign";`);

    this.addSql(`drop table if exists "durable_solution_referral" cascade;`);

    this.addSql(`drop table if exists "durable_follow_up" cascade;`);

    this.addSql(`drop type "solution_destination";`);
    this.addSql(`drop type "return_risk";`);
    this.addSql(`drop type "solution_referral_status";`);
  }
}
