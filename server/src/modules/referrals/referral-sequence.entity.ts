import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The last reference number given for a (sender country, receiver country, year). Incremented with an upsert
 * inside the send transaction: the row lock serialises concurrent sends on the same border and a rolled-back
 * send gives its number back, so numbers are gap-free. Written only by referral-reference.ts.
 */
@Entity({ tableName: 'referral_sequence' })
export class ReferralSequence {
  @PrimaryKey({ type: 'string', length: 2 })
  sendingCountryCode!: string;

  @PrimaryKey({ type: 'string', length: 2 })
  receivingCountryCode!: string;

  @PrimaryKey({ type: 'smallint' })
  year!: number;

  @Property({ type: 'integer' })
  lastValue!: number;
}
