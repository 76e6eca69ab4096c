import { Migration } from '../server/src/platform/orm/migration';

export class Migration20261203225355MailDelivery extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "mail_status" as enum ('QUEUED', 'SENT', 'KEPT', 'FAILED');`);
    this.addSql(
      `alter table "mail_outbox" add column "status" "mail_status" not null default 'QUEUED', add column "attempts" int not null default 0, add column "last_error" varchar(60) null, add column "sent_at" timestamptz null;`,
    );
    // Rows from before delivery jobs existed were the delivery themselves (no SMTP was configured).
    this.addSql(`update "mail_outbox" set "status" = 'KEPT';`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "mail_outbox" drop column "status", drop column "attempts", drop column "last_error", drop column "sent_at";`,
    );

    this.addSql(`drop type "mail_status";`);
  }
}
