import { Migration } from '../server/src/platform/orm/migration';

/**
 * Informed consent of survivors (categories, recipient, purposes, period, how and by whom, the text version read),
 * risk-to-life overrides, and version 1 of the consent text in es, en, pt and fr.
 */
export class Migration20261204035215ProtectionConsent extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "consent_data_category" as enum ('IDENTITY', 'AGE_AND_SEX', 'LANGUAGES', 'DOCUMENTS', 'CONTACT', 'LOCATION', 'EXPLOITATION', 'VULNERABILITIES');`,
    );
    this.addSql(
      `create type "protection_service" as enum ('SAFE_SHELTER', 'MEDICAL_CARE', 'PSYCHOSOCIAL_SUPPORT', 'LEGAL_AID', 'DOCUMENTATION', 'FAMILY_TRACING', 'INTERPRETATION', 'EDUCATION', 'LIVELIHOOD');`,
    );
    this.addSql(`create type "consent_method" as enum ('SIGNED_FORM', 'VERBAL_WITH_WITNESS');`);
    this.addSql(`create type "consent_given_by" as enum ('PERSON', 'CHILD_AND_GUARDIAN');`);
    this.addSql(
      `create table "consent_text" ("id" uuid not null, "language" varchar(5) not null, "version" smallint not null, "text" text not null, "published_at" timestamptz not null default now(), constraint "consent_text_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "consent_text" add constraint "consent_text_language_version" unique ("language", "version");`,
    );

    this.addSql(
      `create table "survivor_consent" ("id" uuid not null, "survivor_id" uuid not null, "holding_agency_id" uuid not null, "categories" "consent_data_category"[] not null, "recipient_agency_id" uuid null, "recipient_agency_kind" "agency_kind" null, "recipient_country_code" varchar(2) null, "purposes" "protection_service"[] not null, "valid_from" date not null, "valid_until" date not null, "method" "consent_method" not null, "given_by" "consent_given_by" not null, "child_assent" boolean not null default false, "signed_form_reference" varchar(100) null, "text_id" uuid not null, "sealed_names" bytea not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null default now(), "withdrawn_at" timestamptz null, "withdrawn_by_id" uuid null, constraint "survivor_consent_pkey" primary key ("id"), constraint survivor_consent_period check ((valid_until >= valid_from)), constraint survivor_consent_one_recipient check (((recipient_agency_id IS NULL) <> (recipient_agency_kind IS NULL AND recipient_country_code IS NULL))));`,
    );
    this.addSql(
      `create index "survivor_consent_recipient_agency_id_index" on "survivor_consent" ("recipient_agency_id");`,
    );
    this.addSql(
      `create index "survivor_consent_survivor_id_withdrawn_at_index" on "survivor_consent" ("survivor_id", "withdrawn_at");`,
    );

    this.addSql(
      `create table "consent_override" ("id" uuid not null, "survivor_id" uuid not null, "holding_agency_id" uuid not null, "recipient_agency_id" uuid not null, "purposes" "protection_service"[] not null, "sealed_reason" bytea not null, "given_by_id" uuid not null, "given_at" timestamptz not null default now(), "expires_at" timestamptz not null, constraint "consent_override_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "consent_override_survivor_id_index" on "consent_override" ("survivor_id");`);
    this.addSql(
      `create index "consent_override_holding_agency_id_given_at_index" on "consent_override" ("holding_agency_id", "given_at");`,
    );

    this.addSql(
      `alter table "survivor_consent" add constraint "survivor_consent_survivor_id_foreign" foreign key ("survivor_id") references "survivor" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "survivor_consent" add constraint "survivor_consent_holding_agency_id_foreign" foreign key ("holding_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "survivor_consent" add constraint "survivor_consent_recipient_agency_id_foreign" foreign key ("recipient_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "survivor_consent" add constraint "survivor_consent_text_id_foreign" foreign key ("text_id") references "consent_text" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "survivor_consent" add constraint "survivor_consent_recorded_by_id_foreign" foreign key ("recorded_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "survivor_consent" add constraint "survivor_consent_withdrawn_by_id_foreign" foreign key ("withdrawn_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "consent_override" add constraint "consent_override_survivor_id_foreign" foreign key ("survivor_id") references "survivor" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "consent_override" add constraint "consent_override_holding_agency_id_foreign" foreign key ("holding_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "consent_override" add constraint "consent_override_recipient_agency_id_foreign" foreign key ("recipient_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "consent_override" add constraint "consent_override_given_by_id_foreign" foreign key ("given_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    // Version 1 of the consent text read to the person, in each interface language.
    this.addSql(
      `insert into "consent_text" ("id", "language", "version", "text") values (gen_random_uuid(), 'es', 1, 'Le explicamos por qué pedimos su consentimiento. Con su permiso compartiremos solo los datos que usted elija, solo con la institución o el tipo de institución que usted indique y solo para los servicios que usted acepte, durante el tiempo acordado. Puede negarse sin perder la ayuda que recibe, y puede retirar su consentimiento en cualquier momento: desde ese momento nadie más podrá ver sus datos. Si usted es menor de edad, le preguntamos a usted y también a su tutor o tutora.');`,
    );
    this.addSql(
      `insert into "consent_text" ("id", "language", "version", "text") values (gen_random_uuid(), 'en', 1, 'We explain why we ask for your consent. With your permission we will share only the data you choose, only with the agency or kind of agency you name, and only for the services you accept, for the time agreed. You may refuse without losing the help you receive, and you may withdraw your consent at any time: from then on nobody else will see your data. If you are a child, we ask you and also your guardian.');`,
    );
    this.addSql(
      `insert into "consent_text" ("id", "language", "version", "text") values (gen_random_uuid(), 'pt', 1, 'Explicamos por que pedimos o seu consentimento. Com a sua permissão compartilharemos apenas os dados que você escolher, apenas com a instituição ou o tipo de instituição que você indicar e apenas para os serviços que você aceitar, durante o tempo combinado. Você pode recusar sem perder a ajuda que recebe, e pode retirar o seu consentimento a qualquer momento: a partir daí ninguém mais verá os seus dados. Se você for criança ou adolescente, perguntamos a você e também ao seu responsável.');`,
    );
    this.addSql(
      `insert into "consent_text" ("id", "language", "version", "text") values (gen_random_uuid(), 'fr', 1, 'Nous vous expliquons pourquoi nous demandons votre consentement. Avec votre accord, nous ne partagerons que les données que vous choisissez, seulement avec l''institution ou le type d''institution que vous indiquez et seulement pour les services que vous acceptez, pendant la durée convenue. Vous pouvez refuser sans perdre l''aide que vous recevez, et retirer votre consentement à tout moment : dès lors, personne d''autre ne verra vos données. Si vous êtes mineur, nous vous le demandons, ainsi qu''à votre tuteur ou tutrice.');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "survivor_consent" drop constraint "survivor_consent_text_id_foreign";`);

    this.addSql(`drop table if exists "consent_text" cascade;`);

    this.addSql(`drop table if exists "survivor_consent" cascade;`);

    this.addSql(`drop table if exists "consent_override" cascade;`);

    this.addSql(`drop type "consent_data_category";`);
    this.addSql(`drop type "protection_service";`);
    this.addSql(`drop type "consent_method";`);
    this.addSql(`drop type "consent_given_by";`);
  }
}
