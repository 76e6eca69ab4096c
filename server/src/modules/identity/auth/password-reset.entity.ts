import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { uuidv7 } from '../../../platform/ids';
import { User } from '../user.entity';

/**
 * A mailed link to choose a new password (password-reset.service.ts): the token is stored as SHA-256 only, is
 * valid for 30 minutes and works once.
 */
@Entity({ tableName: 'password_reset' })
export class PasswordReset {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  @Property({ type: 'string', length: 64, unique: 'password_reset_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  /** When the link was used, or replaced by a later reset: from then on it opens nothing. */
  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
