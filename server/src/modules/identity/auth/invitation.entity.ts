import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { uuidv7 } from '../../../platform/ids';
import { User } from '../user.entity';

/** An invited user's one-time link to set a password. The token is stored as SHA-256 only. */
@Entity({ tableName: 'invitation' })
export class Invitation {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  @Property({ type: 'string', length: 64, unique: 'invitation_token_hash_unique' })
  tokenHash!: string;

  /** Who sent it (kept when that admin is later removed). */
  @Property({ type: 'uuid', nullable: true })
  invitedById?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;
}
