import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { uuidv7 } from '../../../platform/ids';
import { User } from '../user.entity';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so reading this table
 * does not let anyone sign in. Expiry is computed from createdAt/lastSeenAt and the current settings, so
 * shortening the limits applies to existing sessions too.
 */
@Entity({ tableName: 'auth_session' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'string', length: 64, unique: 'auth_session_token_hash_unique' })
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastSeenAt: Date = new Date();

  /** Set once the second factor was given; admins' sessions count only from then on. */
  @Property({ type: 'datetime', nullable: true })
  secondFactorVerifiedAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  secondFactorFailures: number = 0;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
