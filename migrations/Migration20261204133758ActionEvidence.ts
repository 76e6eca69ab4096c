import { Migration } from '../server/src/platform/orm/migration';

/**
 * Evidence files on action-item progress updates (coordination/evidence), with row-level security like the other
 * rows of an action item (Migration20261204102545CoordinationProtectionRowLevelSecurity).
 */
export class Migration20261204133758ActionEvidence extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "action_evidence" ("id" uuid not null, "action_item_id" uuid not null, "update_id" uuid not null, "file_name" varchar(255) not null, "media_type" varchar(100) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "storage_key" varchar(200) not null, "uploaded_by_id" uuid not null, "uploaded_by_agency_id" uuid not null, "uploaded_at" timestamptz not null default now(), constraint "action_evidence_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "action_evidence_update_id_uploaded_at_index" on "action_evidence" ("update_id", "uploaded_at");`,
    );

    this.addSql(
      `alter table "action_evidence" add constraint "action_evidence_action_item_id_foreign" foreign key ("action_item_id") references "action_item" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_evidence" add constraint "action_evidence_update_id_foreign" foreign key ("update_id") references "action_update" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_evidence" add constraint "action_evidence_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "action_evidence" add constraint "action_evidence_uploaded_by_agency_id_foreign" foreign key ("uploaded_by_agency_id") references "agency" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(`alter table "action_evidence" enable row level security;`);
    this.addSql(`alter table "action_evidence" force row level security;`);
    this.addSql(`create policy "action_evidence_tenant" on "action_evidence" using (
  enlace_current_agency() is null or exists (select 1 from action_item p where p.id = action_item_id)
);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "action_evidence" cascade;`);
  }
}
