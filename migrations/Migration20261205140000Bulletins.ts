import { Migration } from '../server/src/platform/orm/migration';

/** Bulletins of a mechanism to its member agencies (docs/adr/0037-bulletins.md). */
export class Migration20261205140000Bulletins extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "bulletin_kind" as enum ('ROUTE_MODUS_OPERANDI', 'CROSSING_INDICATORS', 'FALSE_DOCUMENT');`,
    );
    this.addSql(`create type "bulletin_status" as enum ('DRAFT', 'PUBLISHED');`);
    this.addSql(
      `create table "bulletin" ("id" uuid not null, "mechanism_id" uuid not null, "kind" "bulletin_kind" not null, "status" "bulletin_status" not null default 'DRAFT', "texts" jsonb not null, "crossing_point_id" uuid null, "handling_code" "library_handling_code" not null, "named_agency_ids" uuid[] not null default '{}', "valid_from" timestamptz not null, "valid_until" timestamptz not null, "drafting_agency_id" uuid not null, "drafted_by_id" uuid not null, "published_by_id" uuid null, "published_at" timestamptz null, "search_vector" tsvector null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "bulletin_pkey" primary key ("id"), constraint bulletin_h3_names_agencies check (handling_code <> 'H3' or cardinality(named_agency_ids) > 0), constraint bulletin_validity check (valid_until > valid_from));`,
    );
    this.addSql(
      `create index "bulletin_mechanism_id_status_valid_until_index" on "bulletin" ("mechanism_id", "status", "valid_until");`,
    );
    this.addSql(`create index "bulletin_search_index" on "bulletin" using gin ("search_vector");`);

    this.addSql(
      `create table "bulletin_image" ("id" uuid not null, "bulletin_id" uuid not null, "file_name" varchar(255) not null, "media_type" varchar(100) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "storage_key" varchar(200) not null, "uploaded_by_id" uuid not null, "uploaded_at" timestamptz not null default now(), constraint "bulletin_image_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "bulletin_acknowledgement" ("id" uuid not null, "bulletin_id" uuid not null, "agency_id" uuid not null, "acknowledged_by_id" uuid not null, "acknowledged_at" timestamptz not null default now(), constraint "bulletin_acknowledgement_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "bulletin_acknowledgement" add constraint "bulletin_acknowledgement_bulletin_id_agency_id_unique" unique ("bulletin_id", "agency_id");`,
    );

    const foreignKeys: [table: string, column: string, references: string, onDelete: string][] = [
      ['bulletin', 'mechanism_id', 'mechanism', 'restrict'],
      ['bulletin', 'crossing_point_id', 'crossing_point', 'set null'],
      ['bulletin', 'drafting_agency_id', 'agency', 'restrict'],
      ['bulletin', 'drafted_by_id', 'app_user', 'restrict'],
      ['bulletin', 'published_by_id', 'app_user', 'restrict'],
      ['bulletin_image', 'bulletin_id', 'bulletin', 'cascade'],
      ['bulletin_image', 'uploaded_by_id', 'app_user', 'restrict'],
      ['bulletin_acknowledgement', 'bulletin_id', 'bulletin', 'cascade'],
      ['bulletin_acknowledgement', 'agency_id', 'agency', 'restrict'],
      ['bulletin_acknowledgement', 'acknowledged_by_id', 'app_user', 'restrict'],
    ];
    for (const [table, column, references, onDelete] of foreignKeys) {
      this.addSql(
        `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${references}" ("id") on update cascade on delete ${onDelete};`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bulletin_acknowledgement" cascade;`);
    this.addSql(`drop table if exists "bulletin_image" cascade;`);
    this.addSql(`drop table if exists "bulletin" cascade;`);
    this.addSql(`drop type "bulletin_status";`);
    this.addSql(`drop type "bulletin_kind";`);
  }
}
