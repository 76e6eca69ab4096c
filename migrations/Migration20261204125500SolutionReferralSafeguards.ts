import { Migration } from '../server/src/platform/orm/migration';

/**
 * Safeguards of a durable-solution referral: a return to a place assessed not safe waits, at the person's informed
 * wish, for the holding supervisor's confirmation (new status, who confirmed and when); a child's best-interests
 * assessment and determination (days, reference, the panel members' roles) and guardian (role, not name).
 */
export class Migration20261204125500SolutionReferralSafeguards extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "solution_referral_status" add value if not exists 'AWAITING_CONFIRMATION' before 'SENT';`);
    this.addSql(
      `alter table "durable_solution_referral" add column "informed_wish" boolean not null default false, add column "confirmed_by_id" uuid null, add column "confirmed_at" timestamptz null, add column "best_interests_assessed_on" date null, add column "best_interests_reference" varchar(200) null, add column "best_interests_determined_on" date null, add column "determination_panel_roles" text[] null, add column "guardian" varchar(200) null;`,
    );
    this.addSql(
      `alter table "durable_solution_referral" add constraint "durable_solution_referral_confirmed_by_id_foreign" foreign key ("confirmed_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "durable_solution_referral" drop constraint "durable_solution_referral_confirmed_by_id_foreign";`,
    );
    this.addSql(
      `alter table "durable_solution_referral" drop column "informed_wish", drop column "confirmed_by_id", drop column "confirmed_at", drop column "best_interests_assessed_on", drop column "best_interests_reference", drop column "best_interests_determined_on", drop column "determination_panel_roles", drop column "guardian";`,
    );
  }
}
