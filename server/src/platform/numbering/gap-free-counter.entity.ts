import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The last number given in a series (a border's referrals, a mechanism's decisions, an agency's survivor codes)
 * for a year. Written only by gap-free-counter.ts, inside the transaction that uses the number.
 */
@Entity({ tableName: 'gap_free_counter' })
export class GapFreeCounter {
  /** What is numbered and within what, e.g. `referral:GT-MX`, `decision:<mechanism id>`. */
  @PrimaryKey({ type: 'string', length: 120 })
  series!: string;

  @PrimaryKey({ type: 'smallint' })
  year!: number;

  @Property({ type: 'integer' })
  lastValue!: number;
}
