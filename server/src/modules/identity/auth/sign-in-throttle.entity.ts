import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed attempts per sign-in name, keyed by a hash of the lowercased e-mail (or of another secret-guarding
 * purpose, e.g. "change-password:<user id>"). Unknown e-mails get a row exactly like real ones, so a lockout
 * says nothing about whether an account exists, and the table holds no e-mail.
 */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottle {
  @PrimaryKey({ type: 'string', length: 64 })
  keyHash!: string;

  @Property({ type: 'integer', default: 0 })
  failureCount: number = 0;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastFailureAt: Date = new Date();
}
