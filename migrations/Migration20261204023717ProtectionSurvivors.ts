import { Migration } from '../server/src/platform/orm/migration';

/**
 * Survivor protection: the survivor record (personal data sealed by the application: bytea ciphertext, the
 * wrapped data key and its master key id, and blind-index digests of document numbers, searched with a GIN
 * index), the PROTECTION_SUPERVISOR role, national referral mechanisms and health-service agencies.
 */
export class Migration20261204023717ProtectionSurvivors extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "survivor_case_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(
      `create type "survivor_closure_reason" as enum ('SERVICES_COMPLETED', 'DURABLE_SOLUTION', 'TRANSFERRED', 'PERSON_DECLINED', 'LOST_CONTACT', 'DECEASED', 'OTHER');`,
    );
    this.addSql(
      `create type "survivor_vulnerability" as enum ('CHILD', 'UNACCOMPANIED_OR_SEPARATED_CHILD', 'DISABILITY', 'PREGNANCY', 'MEDICAL_NEEDS', 'LGBTIQ');`,
    );
    this.addSql(
      `create table "survivor" ("id" uuid not null, "code" varchar(24) not null, "holding_agency_id" uuid not null, "case_worker_id" uuid null, "supervisor_id" uuid null, "status" "survivor_case_status" not null default 'OPEN', "closure_reason" "survivor_closure_reason" null, "vulnerabilities" "survivor_vulnerability"[] not null default '{}', "registered_by_id" uuid not null, "registered_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "personal_data" bytea not null, "data_key" bytea not null, "key_id" varchar(32) not null, "document_index" text[] not null default '{}', constraint "survivor_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "survivor_case_worker_id_index" on "survivor" ("case_worker_id");`);
    this.addSql(`create index "survivor_supervisor_id_index" on "survivor" ("supervisor_id");`);
    this.addSql(`create index "survivor_key_id_index" on "survivor" ("key_id");`);
    this.addSql(`create index "survivor_caseload" on "survivor" ("holding_agency_id", "status", "code");`);
    this.addSql(`alter table "survivor" add constraint "survivor_code_unique" unique ("holding_agency_id", "code");`);
    this.addSql(`create index "survivor_document_index" on "survivor" using gin ("document_index");`);
    this.addSql(
      `alter table "survivor" add constraint "survivor_closed_with_reason" check ((status = 'CLOSED') = (closure_reason is not null));`,
    );

    this.addSql(
      `alter table "survivor" add constraint "survivor_holding_agency_id_foreign" foreign key ("holding_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "survivor" add constraint "survivor_case_worker_id_foreign" foreign key ("case_worker_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "survivor" add constraint "survivor_supervisor_id_foreign" foreign key ("supervisor_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "survivor" add constraint "survivor_registered_by_id_foreign" foreign key ("registered_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`alter type "agency_kind" add value if not exists 'HEALTH_SERVICES' after 'NGO_SERVICE_PROVIDER';`);

    this.addSql(`alter type "mechanism_kind" add value if not exists 'NATIONAL' after 'REGIONAL';`);
    this.addSql(`alter type "user_role" add value if not exists 'PROTECTION_SUPERVISOR' after 'CASE_WORKER';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "survivor" cascade;`);

    this.addSql(`drop type "survivor_case_status";`);
    this.addSql(`drop type "survivor_closure_reason";`);
    this.addSql(`drop type "survivor_vulnerability";`);
    // Enum values cannot be removed from a type in PostgreSQL: NATIONAL, HEALTH_SERVICES and
    // PROTECTION_SUPERVISOR stay (unused once the rows that named them are gone).
  }
}
