import { Migration } from '../server/src/platform/orm/migration';

export class Migration20261204095939CoordinationLibrary extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "library_document_kind" as enum ('PROTOCOL', 'STANDARD_OPERATING_PROCEDURE', 'AGREEMENT', 'TRAINING_MATERIAL', 'DIAGNOSTIC_STUDY', 'AWARENESS_MATERIAL');`,
    );
    this.addSql(`create type "library_handling_code" as enum ('H1', 'H2', 'H3');`);
    this.addSql(
      `create table "library_document" ("id" uuid not null, "mechanism_id" uuid not null, "kind" "library_document_kind" not null, "title" varchar(300) not null, "language" varchar(2) not null, "summary" text not null, "handling_code" "library_handling_code" not null, "named_agency_ids" uuid[] not null default '{}', "current_version" smallint not null default 0, "search_vector" tsvector null, "created_by_id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "library_document_pkey" primary key ("id"), constraint library_document_h3_names_agencies check (handling_code <> 'H3' or cardinality(named_agency_ids) > 0));`,
    );
    this.addSql(`create index "library_document_search_index" on "library_document" using gin ("search_vector");`);
    this.addSql(
      `create index "library_document_mechanism_id_updated_at_index" on "library_document" ("mechanism_id", "updated_at");`,
    );

    this.addSql(
      `create table "library_document_version" ("id" uuid not null, "document_id" uuid not null, "number" smallint not null, "file_name" varchar(255) not null, "media_type" varchar(100) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "storage_key" varchar(200) not null, "note" varchar(500) null, "uploaded_by_id" uuid not null, "uploaded_at" timestamptz not null default now(), constraint "library_document_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "library_document_version" add constraint "library_document_version_document_id_number_unique" unique ("document_id", "number");`,
    );

    this.addSql(
      `alter table "library_document" add constraint "library_document_mechanism_id_foreign" foreign key ("mechanism_id") references "mechanism" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "library_document" add constraint "library_document_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "library_document_version" add constraint "library_document_version_document_id_foreign" foreign key ("document_id") references "library_document" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "library_document_version" add constraint "library_document_version_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "library_document_version" drop constraint "library_document_version_document_id_foreign";`,
    );

    this.addSql(`drop table if exists "library_document" cascade;`);

    this.addSql(`drop table if exists "library_document_version" cascade;`);

    this.addSql(`drop type "library_document_kind";`);
    this.addSql(`drop type "library_handling_code";`);
  }
}
