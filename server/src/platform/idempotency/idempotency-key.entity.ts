import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A client-chosen key a caller (a user or an API token) sent with a mutation, and what it did. The primary key
 * (caller, key) is claimed first thing in the mutation's transaction, so a second request with the same key
 * waits for the first and then gets its result; it never acts twice. Written only by once-for-key.ts.
 */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyKey {
  /** The user or API token that sent the key (both have UUIDv7 ids, so they never collide). */
  @PrimaryKey({ type: 'uuid' })
  callerId!: string;

  @PrimaryKey({ type: 'string', length: 100 })
  key!: string;

  /** e.g. "create", "acknowledge:<referral id>", "message:<referral id>": the key reused elsewhere is refused. */
  @Property({ type: 'string', length: 120 })
  operation!: string;

  /** The id of what the first request returned (a referral, a message...), to answer the retries with. */
  @Property({ type: 'uuid', nullable: true })
  resultId?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
