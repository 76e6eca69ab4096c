import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { uuidv7 } from '../ids';

/**
 * A mail kept in the database instead of being sent: used when no SMTP server is configured, so development
 * and tests can read what would have gone out. It may hold live links (invitations): configure SMTP in
 * production, where this table should stay empty.
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
}
