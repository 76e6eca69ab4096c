import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../platform/graphql/connection';
import { Referral } from './referral.entity';
import { ReferralCategory, ReferralStatus, ReferralUrgency } from './referral.enums';

export enum ReferralBox {
  /** Referrals other agencies sent to the caller's agency. */
  INBOX = 'INBOX',
  /** Referrals the caller's agency wrote (drafts included). */
  OUTBOX = 'OUTBOX',
}

export enum ReferralSort {
  /** Newest first. */
  CREATED = 'CREATED',
  /** Most urgent first, then newest. */
  URGENCY = 'URGENCY',
  /** The running deadline that ends soonest first; referrals without one last. */
  DEADLINE = 'DEADLINE',
}

registerEnumType(ReferralBox, { name: 'ReferralBox' });
registerEnumType(ReferralSort, { name: 'ReferralSort' });

@InputType({ description: 'Narrows a list of referrals; all given conditions apply' })
export class ReferralFilter {
  @Field(() => [ReferralStatus], { nullable: true })
  statuses?: ReferralStatus[] | null;

  @Field(() => [ReferralCategory], { nullable: true })
  categories?: ReferralCategory[] | null;

  @Field(() => [ReferralUrgency], { nullable: true })
  urgencies?: ReferralUrgency[] | null;

  @Field(() => ID, { nullable: true })
  mechanismId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue; false: only not overdue' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only referrals assigned to the caller ("my referrals")' })
  assignedToMe?: boolean | null;

  @Field(() => Date, { nullable: true })
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive' })
  createdBefore?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words of the title or narrative (Spanish, Portuguese, English)',
  })
  search?: string | null;
}

@ObjectType()
export class ReferralStatusCount {
  @Field(() => ReferralStatus)
  status!: ReferralStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A page of referrals with the totals the inbox badges show' })
export class ReferralConnection extends ConnectionType(Referral) {
  @Field(() => Int, { description: 'How many referrals match the filter' })
  totalCount!: number;

  @Field(() => [ReferralStatusCount], { description: 'Matches per status, ignoring the status filter (badges)' })
  statusCounts!: ReferralStatusCount[];
}
