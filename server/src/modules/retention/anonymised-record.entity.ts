import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A record the retention sweep anonymised (`kind`: `referral`, `survivor`), and when: the sweep skips it from
 * then on, and the report counts only what is still to do. Ids only, nothing personal.
 */
@Entity({ tableName: 'anonymised_record' })
export class AnonymisedRecord {
  @PrimaryKey({ type: 'string', length: 40 })
  kind!: string;

  @PrimaryKey({ type: 'uuid' })
  recordId!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  anonymisedAt: Date = new Date();
}
