import { Check, Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Agency, User } from '../../identity';

/**
 * An agency's own term for one kind of its records (`closedReferrals`: the referrals it sent;
 * `closedSurvivors`: the survivor records it holds), set by its admin within the platform's bounds
 * (platform/retention/retention-schedule.ts). Without a row, the platform's term applies.
 */
@Entity({ tableName: 'agency_retention_term' })
@Check({ name: 'agency_retention_term_days', expression: 'days > 0' })
export class AgencyRetentionTerm {
  @ManyToOne(() => Agency, { ref: true, primary: true, deleteRule: 'cascade' })
  agency!: Ref<Agency>;

  @PrimaryKey({ type: 'string', length: 40 })
  kind!: string;

  @Property({ type: 'integer' })
  days!: number;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  updatedBy!: Ref<User>;

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
