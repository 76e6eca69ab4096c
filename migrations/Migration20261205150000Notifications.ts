import { Migration } from '../server/src/platform/orm/migration';

/** The acting user of a unit of work (platform/orm/unit-of-work.ts), or null outside one. */
const CURRENT_ACTOR = `nullif(current_setting('enlace.actor_id', true), '')::uuid`;

/**
 * Each user's notifications (ADR 0051): ids and a reference number, no personal data. Row-level security under
 * notification.policy.ts: a transaction that names its agency (a request's unit of work) reads, marks and deletes
 * only its actor's rows; it may still insert rows for others, since the event that notifies them (a referral
 * sent to another agency) is the actor's. Sessions that name no agency (jobs, the retention sweep) are not
 * restricted here.
 */
export class Migration20261205150000Notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "notification_kind" as enum ('REFERRAL_RECEIVED', 'REFERRAL_MESSAGE', 'REFERRAL_OVERDUE', 'REFERRAL_ESCALATION', 'FORWARD_REQUESTED', 'MEETING_SCHEDULED', 'CONSENT_WITHDRAWN');`,
    );
    this.addSql(`create type "notification_subject" as enum ('REFERRAL', 'MEETING', 'SURVIVOR');`);
    this.addSql(
      `create table "notification" ("id" uuid not null, "user_id" uuid not null, "kind" "notification_kind" not null, "subject_type" "notification_subject" not null, "subject_id" uuid not null, "reference" varchar(64) null, "created_at" timestamptz(3) not null default now(), "read_at" timestamptz(3) null, constraint "notification_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`create index "notification_user_created_idx" on "notification" ("user_id", "created_at");`);
    // The bell's count: a user's unread rows only.
    this.addSql(`create index "notification_unread_idx" on "notification" ("user_id") where read_at is null;`);
    // The retention sweep's purge of read notifications.
    this.addSql(`create index "notification_read_at_idx" on "notification" ("read_at") where read_at is not null;`);
    this.addSql(`alter table "notification" enable row level security;`);
    this.addSql(`alter table "notification" force row level security;`);
    const own = `enlace_current_agency() is null or user_id = ${CURRENT_ACTOR}`;
    this.addSql(`create policy "notification_own_read" on "notification" for select using (${own});`);
    this.addSql(`create policy "notification_own_update" on "notification" for update using (${own});`);
    this.addSql(`create policy "notification_own_delete" on "notification" for delete using (${own});`);
    this.addSql(`create policy "notification_insert" on "notification" for insert with check (true);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);
    this.addSql(`drop type if exists "notification_subject";`);
    this.addSql(`drop type if exists "notification_kind";`);
  }
}
