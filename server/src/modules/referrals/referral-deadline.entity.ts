import { Check, Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Mechanism } from '../identity';
import { ReferralUrgency } from './referral.enums';

const HOUR = 60;
const DAY = 24 * HOUR;

/** Used when a mechanism has not set its own deadlines (minutes to acknowledge / to answer). */
export const DEFAULT_DEADLINES: Record<
  ReferralUrgency,
  { acknowledgeWithinMinutes: number; answerWithinMinutes: number }
> = {
  [ReferralUrgency.IMMEDIATE]: { acknowledgeWithinMinutes: 2 * HOUR, answerWithinMinutes: 8 * HOUR },
  [ReferralUrgency.URGENT]: { acknowledgeWithinMinutes: 24 * HOUR, answerWithinMinutes: 3 * DAY },
  [ReferralUrgency.ROUTINE]: { acknowledgeWithinMinutes: 3 * DAY, answerWithinMinutes: 7 * DAY },
};

/**
 * How long a receiving agency has to acknowledge and to answer a referral of one urgency, as a mechanism's
 * bilateral agreement says. Deadlines are counted from the moment of sending.
 */
@ObjectType({ description: 'Deadlines of a mechanism for referrals of one urgency' })
@Entity({ tableName: 'referral_deadline_rule' })
@Check({ name: 'referral_deadline_rule_positive', expression: 'acknowledge_within_minutes > 0' })
@Check({
  name: 'referral_deadline_rule_answer_after_acknowledge',
  expression: 'answer_within_minutes >= acknowledge_within_minutes',
})
export class ReferralDeadlineRule {
  @ManyToOne(() => Mechanism, { ref: true, primary: true, deleteRule: 'cascade' })
  mechanism!: Ref<Mechanism>;

  @Field(() => ReferralUrgency)
  @Enum({ items: () => ReferralUrgency, nativeEnumName: 'referral_urgency', primary: true })
  urgency!: ReferralUrgency;

  @Field(() => Int)
  @Property({ type: 'integer' })
  acknowledgeWithinMinutes!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  answerWithinMinutes!: number;

  @Field(() => Boolean, { description: 'False when these are the portal defaults' })
  @Property({ persist: false })
  configured = true;
}

export { HOUR, DAY };
