import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Referral } from './referral.entity';

/**
 * A client-chosen key a caller (a user or an API token) sent with a create or transition mutation, and what it
 * did. The primary key (caller, key) makes a second request with the same key fail to insert, so it can never
 * act twice; it gets the first request's result instead.
 */
@Entity({ tableName: 'referral_idempotency_key' })
export class ReferralIdempotencyKey {
  /** The user or API token that sent the key (both have UUIDv7 ids, so they never collide). */
  @PrimaryKey({ type: 'uuid' })
  callerId!: string;

  @PrimaryKey({ type: 'string', length: 100 })
  key!: string;

  /** e.g. "create" or "acknowledge:<referral id>": the same key reused for something else is refused. */
  @Property({ type: 'string', length: 100 })
  operation!: string;

  @ManyToOne('Referral', { ref: true, deleteRule: 'cascade' })
  referral!: Ref<Referral>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
