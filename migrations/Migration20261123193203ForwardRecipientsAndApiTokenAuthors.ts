import { Migration } from '../server/src/platform/orm/migration';

export class Migration20261123193203ForwardRecipientsAndApiTokenAuthors extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "referral_idempotency_key" drop constraint "referral_idempotency_key_user_id_foreign";`);

    this.addSql(
      `alter table "referral" add column "created_by_api_token_id" uuid null, add column "forwarded_to_agency_ids" uuid[] not null default '{}';`,
    );
    this.addSql(`alter table "referral" alter column "created_by_id" drop not null;`);
    this.addSql(
      `alter table "referral" add constraint "referral_created_by_api_token_id_foreign" foreign key ("created_by_api_token_id") references "api_token" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral" add constraint referral_created_by_one_author check(((created_by_id IS NULL) <> (created_by_api_token_id IS NULL)));`,
    );

    this.addSql(`alter table "referral_transition" add column "by_api_token_id" uuid null;`);
    this.addSql(`alter table "referral_transition" alter column "by_user_id" drop not null;`);
    this.addSql(
      `alter table "referral_transition" add constraint "referral_transition_by_api_token_id_foreign" foreign key ("by_api_token_id") references "api_token" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_transition" add constraint referral_transition_by_one_author check(((by_user_id IS NULL) <> (by_api_token_id IS NULL)));`,
    );

    this.addSql(`alter table "referral_person" add column "forwarded_to_agency_ids" uuid[] not null default '{}';`);

    // Forwards made before this migration: their recipients join the new columns.
    this.addSql(`update "referral" r set "forwarded_to_agency_ids" = f.ids
      from (select referral_id, array_agg(recipient_agency_id order by recipient_agency_id) as ids
              from "referral_forward" where status = 'ACTIVE' group by referral_id) f
     where r.id = f.referral_id;`);
    this.addSql(`update "referral_person" p set "forwarded_to_agency_ids" = r.forwarded_to_agency_ids
      from "referral" r where r.id = p.referral_id and cardinality(r.forwarded_to_agency_ids) > 0;`);

    this.addSql(`alter table "referral_message" add column "author_api_token_id" uuid null;`);
    this.addSql(`alter table "referral_message" alter column "author_id" drop not null;`);
    this.addSql(
      `alter table "referral_message" add constraint "referral_message_author_api_token_id_foreign" foreign key ("author_api_token_id") references "api_token" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_message" add constraint referral_message_one_author check(((author_id IS NULL) <> (author_api_token_id IS NULL)));`,
    );

    // A key now belongs to a user or an API token: the column is renamed (keys already given stay valid).
    this.addSql(`alter table "referral_idempotency_key" rename column "user_id" to "caller_id";`);

    this.addSql(`alter table "referral_attachment" add column "uploaded_by_api_token_id" uuid null;`);
    this.addSql(`alter table "referral_attachment" alter column "uploaded_by_id" drop not null;`);
    this.addSql(
      `alter table "referral_attachment" add constraint "referral_attachment_uploaded_by_api_token_id_foreign" foreign key ("uploaded_by_api_token_id") references "api_token" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "referral_attachment" add constraint referral_attachment_one_uploader check(((uploaded_by_id IS NULL) <> (uploaded_by_api_token_id IS NULL)));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "referral" drop constraint "referral_created_by_api_token_id_foreign";`);

    this.addSql(
      `alter table "referral_attachment" drop constraint "referral_attachment_uploaded_by_api_token_id_foreign";`,
    );

    this.addSql(`alter table "referral_message" drop constraint "referral_message_author_api_token_id_foreign";`);

    this.addSql(`alter table "referral_transition" drop constraint "referral_transition_by_api_token_id_foreign";`);

    this.addSql(`alter table "referral" drop constraint referral_created_by_one_author;`);
    this.addSql(`alter table "referral" drop column "created_by_api_token_id", drop column "forwarded_to_agency_ids";`);

    this.addSql(`alter table "referral" alter column "created_by_id" set not null;`);

    this.addSql(`alter table "referral_attachment" drop constraint referral_attachment_one_uploader;`);
    this.addSql(`alter table "referral_attachment" drop column "uploaded_by_api_token_id";`);

    this.addSql(`alter table "referral_attachment" alter column "uploaded_by_id" set not null;`);

    this.addSql(`delete from "referral_idempotency_key" where "caller_id" not in (select id from "app_user");`);
    this.addSql(`alter table "referral_idempotency_key" rename column "caller_id" to "user_id";`);
    this.addSql(
      `alter table "referral_idempotency_key" add constraint "referral_idempotency_key_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "referral_message" drop constraint referral_message_one_author;`);
    this.addSql(`alter table "referral_message" drop column "author_api_token_id";`);

    this.addSql(`alter table "referral_message" alter column "author_id" set not null;`);

    this.addSql(`alter table "referral_person" drop column "forwarded_to_agency_ids";`);

    this.addSql(`alter table "referral_transition" drop constraint referral_transition_by_one_author;`);
    this.addSql(`alter table "referral_transition" drop column "by_api_token_id";`);

    this.addSql(`alter table "referral_transition" alter column "by_user_id" set not null;`);
  }
}
