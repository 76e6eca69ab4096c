import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency, User } from '../identity';
import { DurablePlan } from './durable-plan.entity';
import { SolutionReferral } from './solution-referral.entity';

/**
 * A follow-up the receiving organisation owes at an agreed point after return or arrival (by default 3, 6 and 12
 * months): a visit or check whose report updates the criteria. Overdue when its day has passed in the receiving
 * agency's country; the watch job mails both sides once.
 */
@ObjectType({ description: 'A follow-up report owed by the receiving organisation' })
@Entity({ tableName: 'durable_follow_up' })
@Unique({ name: 'durable_follow_up_point', properties: ['referral', 'monthsAfter'] })
@Index({ properties: ['dueOn'] })
export class FollowUp {
  [OptionalProps]?: 'id' | 'filedAt' | 'filedBy' | 'summary' | 'remindedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => DurablePlan, { ref: true, deleteRule: 'cascade', index: true })
  plan!: Ref<DurablePlan>;

  @ManyToOne(() => SolutionReferral, { ref: true, deleteRule: 'cascade' })
  referral!: Ref<SolutionReferral>;

  /** The agency that owes the report (the referral's recipient). */
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  owedBy!: Ref<Agency>;

  @Field(() => Int, { description: 'Months after return or arrival' })
  @Property({ type: 'smallint' })
  monthsAfter!: number;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  filedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  filedBy: Ref<User> | null = null;

  @Field(() => String, { nullable: true, description: 'What the visit or check found' })
  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  /** When the overdue mail went out (once). */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  remindedAt: Date | null = null;
}
