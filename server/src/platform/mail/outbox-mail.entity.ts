import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { uuidv7 } from '../ids';

export enum MailStatus {
  /** Written with the change that caused it; a `mail.send` job will deliver it. */
  QUEUED = 'QUEUED',
  /** Handed to the SMTP server; the body is then erased. */
  SENT = 'SENT',
  /** No SMTP server is configured: this row is the delivery (development, tests). */
  KEPT = 'KEPT',
  /** Refused for good (5xx) or out of attempts: the dead letter, shown to the platform admin. */
  FAILED = 'FAILED',
}

/**
 * Every mail the app sends, written in the transaction of the change that causes it (platform/mail), then
 * delivered by a job after commit. An operator reads here what happened to a mail: status, attempts and the
 * last error's code (never the server's answer, which may quote the address). Without SMTP the row is the
 * delivery and keeps its text, links included: configure SMTP in production.
 */
@Entity({ tableName: 'mail_outbox' })
@Index({ properties: ['recipient', 'createdAt'] })
export class OutboxMail {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'string', length: 254 })
  recipient!: string;

  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text', nullable: true })
  html?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Enum({ items: () => MailStatus, nativeEnumName: 'mail_status', default: MailStatus.QUEUED })
  status: MailStatus = MailStatus.QUEUED;

  /** Delivery attempts made so far. */
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  /** The last failure's code (`ECONNECTION`, `SMTP_550`), or null. */
  @Property({ type: 'string', length: 60, nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date | null;
}
