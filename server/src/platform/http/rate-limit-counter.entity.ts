import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A counter of rate-limiter-flexible's PostgreSQL store (rate-limits.ts): the library reads and writes the
 * table itself; the entity exists so the migrations and the ORM agree on its shape. `key` is a hash,
 * `expire` epoch milliseconds.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimitCounter {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points: number = 0;

  @Index({ name: 'rate_limit_expire_index' })
  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
