import { Migration } from '../server/src/platform/orm/migration';

export class Migration20261123164056Referrals extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "referral_urgency" as enum ('IMMEDIATE', 'URGENT', 'ROUTINE');`);
    this.addSql(
      `create type "referral_status" as enum ('DRAFT', 'SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'CLOSED', 'WITHDRAWN');`,
    );
    this.addSql(
      `create type "referral_category" as enum ('SMUGGLING_INCIDENT', 'SUSPECTED_TRAFFICKING', 'ABANDONED_OR_MISSING_MIGRANTS', 'DOCUMENT_FRAUD', 'NETWORK_INTELLIGENCE', 'REQUEST_FOR_INFORMATION', 'OTHER');`,
    );
    this.addSql(`create type "handling_code" as enum ('H1', 'H2', 'H3');`);
    this.addSql(`create type "source_reliability" as enum ('A', 'B', 'C', 'X');`);
    this.addSql(
      `create type "referral_outcome" as enum ('ARRESTS_MADE', 'VICTIMS_ASSISTED', 'MIGRANTS_RESCUED', 'INFORMATION_PROVIDED', 'INVESTIGATION_OPENED', 'NO_FURTHER_ACTION');`,
    );
    this.addSql(
      `create type "referral_person_role" as enum ('SUSPECTED_SMUGGLER', 'SMUGGLED_MIGRANT', 'POSSIBLE_VICTIM', 'WITNESS');`,
    );
    this.addSql(`create type "person_sex" as enum ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN');`);
    this.addSql(
      `create table "referral_deadline_rule" ("mechanism_id" uuid not null, "urgency" "referral_urgency" not null, "acknowledge_within_minutes" int not null, "answer_within_minutes" int not null, constraint "referral_deadline_rule_pkey" primary key ("mechanism_id", "urgency"), constraint referral_deadline_rule_answer_after_acknowledge check (answer_within_minutes >= acknowledge_within_minutes), constraint referral_deadline_rule_positive check (acknowledge_within_minutes > 0));`,
    );

    this.addSql(
      `create table "referral_sequence" ("sending_country_code" varchar(2) not null, "receiving_country_code" varchar(2) not null, "year" smallint not null, "last_value" int not null, constraint "referral_sequence_pkey" primary key ("sending_country_code", "receiving_country_code", "year"));`,
    );

    this.addSql(
      `create table "referral" ("id" uuid not null, "reference" varchar(24) null, "sending_agency_id" uuid not null, "receiving_agency_id" uuid not null, "sending_country_code" varchar(2) not null, "receiving_country_code" varchar(2) not null, "mechanism_id" uuid not null, "status" "referral_status" not null default 'DRAFT', "category" "referral_category" not null, "urgency" "referral_urgency" not null, "title" varchar(300) not null, "narrative" text not null, "incident_date" date null, "crossing_point_id" uuid null, "place_description" varchar(300) null, "latitude" double precision null, "longitude" double precision null, "handling_code" "handling_code" not null, "source_reliability" "source_reliability" not null, "information_accuracy" smallint not null, "sent_at" timestamptz null, "acknowledge_by" timestamptz null, "answer_by" timestamptz null, "due_at" timestamptz(3) null, "status_reason" text null, "outcome" "referral_outcome" null, "created_by_id" uuid not null, "created_at" timestamptz(3) not null default now(), "updated_at" timestamptz not null default now(), "search_vector" tsvector generated always as ((to_tsvector('spanish'::regconfig, (((title)::text || ' '::text) || narrative)) || to_tsvector('portuguese'::regconfig, (((title)::text || ' '::text) || narrative))) || to_tsvector('english'::regconfig, (((title)::text || ' '::text) || narrative))) stored null, constraint "referral_pkey" primary key ("id"), constraint referral_information_accuracy check (information_accuracy >= 1 AND information_accuracy <= 4), constraint referral_longitude check (abs(longitude) <= 180::double precision), constraint referral_latitude check (abs(latitude) <= 90::double precision));`,
    );
    this.addSql(`alter table "referral" add constraint "referral_reference_unique" unique ("reference");`);
    this.addSql(`create index "referral_mechanism_id_index" on "referral" ("mechanism_id");`);
    this.addSql(`create index "referral_search_index" on "referral" using gin ("search_vector");`);
    this.addSql(`create index "referral_inbox_due_index" on "referral" ("receiving_agency_id", "due_at");`);
    this.addSql(`create index "referral_outbox_index" on "referral" ("sending_agency_id", "status", "created_at");`);
    this.addSql(`create index "referral_inbox_index" on "referral" ("receiving_agency_id", "status", "created_at");`);

    this.addSql(
      `create table "referral_transition" ("id" uuid not null, "referral_id" uuid not null, "action" varchar(32) not null, "from_status" "referral_status" not null, "to_status" "referral_status" not null, "by_user_id" uuid not null, "by_agency_id" uuid not null, "at" timestamptz not null default now(), "comment" text null, "reason" text null, "outcome" "referral_outcome" null, constraint "referral_transition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "referral_transition_referral_id_at_index" on "referral_transition" ("referral_id", "at");`,
    );

    this.addSql(
      `create table "referral_person" ("id" uuid not null, "referral_id" uuid not null, "sending_agency_id" uuid not null, "receiving_agency_id" uuid not null, "role" "referral_person_role" not null, "given_names" varchar(200) null, "family_names" varchar(200) null, "aliases" jsonb not null, "sex" "person_sex" null, "date_of_birth" date null, "estimated_age" smallint null, "nationality" varchar(2) null, "identity_documents" jsonb not null, "phones" jsonb not null, "vehicles" jsonb not null, constraint "referral_person_pkey" primary key ("id"), constraint referral_person_estimated_age check (estimated_age >= 0 AND estimated_age <= 120));`,
    );
    this.addSql(`create index "referral_person_referral_id_index" on "referral_person" ("referral_id");`);

    this.addSql(
      `create table "referral_idempotency_key" ("user_id" uuid not null, "key" varchar(100) not null, "operation" varchar(100) not null, "referral_id" uuid not null, "created_at" timestamptz not null default now(), constraint "referral_idempotency_key_pkey" primary key ("user_id", "key"));`,
    );

    this.addSql(
      `alter table "referral_deadline_rule" add constraint "referral_deadline_rule_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "referral" add constraint "referral_sending_agency_id_foreign" foreign key ("sending_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral" add constraint "referral_receiving_agency_id_foreign" foreign key ("receiving_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral" add constraint "referral_sending_country_code_foreign" foreign key ("sending_country_code") references "country" ("code") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral" add constraint "referral_receiving_country_code_foreign" foreign key ("receiving_country_code") references "country" ("code") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral" add constraint "referral_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral" add constraint "referral_crossing_point_id_foreign" foreign key ("crossing_point_id") references "crossing_point" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral" add constraint "referral_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "referral_transition" add constraint "referral_transition_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "referral_transition" add constraint "referral_transition_by_user_id_foreign" foreign key ("by_user_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_transition" add constraint "referral_transition_by_agency_id_foreign" foreign key ("by_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "referral_person" add constraint "referral_person_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "referral_person" add constraint "referral_person_sending_agency_id_foreign" foreign key ("sending_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_person" add constraint "referral_person_receiving_agency_id_foreign" foreign key ("receiving_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "referral_idempotency_key" add constraint "referral_idempotency_key_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "referral_idempotency_key" add constraint "referral_idempotency_key_referral_id_foreign" foreign key ("referral_id") references "referral" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referral_transition" drop constraint "referral_transition_referral_id_foreign";`);

    this.addSql(`alter table "referral_person" drop constraint "referral_person_referral_id_foreign";`);

    this.addSql(
      `alter table "referral_idempotency_key" drop constraint "referral_idempotency_key_referral_id_foreign";`,
    );

    this.addSql(`drop table if exists "referral_deadline_rule" cascade;`);

    this.addSql(`drop table if exists "referral_sequence" cascade;`);

    this.addSql(`drop table if exists "referral" cascade;`);

    this.addSql(`drop table if exists "referral_transition" cascade;`);

    this.addSql(`drop table if exists "referral_person" cascade;`);

    this.addSql(`drop table if exists "referral_idempotency_key" cascade;`);

    this.addSql(`drop type "referral_urgency";`);
    this.addSql(`drop type "referral_status";`);
    this.addSql(`drop type "referral_category";`);
    this.addSql(`drop type "handling_code";`);
    this.addSql(`drop type "source_reliability";`);
    this.addSql(`drop type "referral_outcome";`);
    this.addSql(`drop type "referral_person_role";`);
    this.addSql(`drop type "person_sex";`);
  }
}
