import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { ProtectionService } from '../protection';
import { DurableCriterion, ReturnRisk } from './durable-solutions.enums';

@InputType({ description: 'Refers a plan to an organisation through a mechanism both belong to, under consent' })
export class SolutionReferralInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID)
  recipientAgencyId!: string;

  @Field(() => ID, { description: 'A mechanism the holding and the recipient agency are both members of' })
  mechanismId!: string;

  @Field(() => [ProtectionService], { description: 'At least one; each must be covered by consent' })
  purposes!: ProtectionService[];

  @Field(() => [String], { description: "The survivor's personal fields the recipient may read (at most 14)" })
  sharedFields!: string[];

  @Field(() => [DurableCriterion], {
    nullable: true,
    description: 'Criteria the recipient assesses once it accepts (default: the reintegration ones)',
  })
  entrustedCriteria?: DurableCriterion[] | null;

  @Field(() => ReturnRisk, { nullable: true, description: 'Required for a return' })
  returnRisk?: ReturnRisk | null;

  @Field(() => String, { nullable: true, description: 'Conditions or reasons; at most 1,000 characters' })
  riskDetails?: string | null;
}

@InputType({ description: 'The recipient accepts, or declines with a reason' })
export class SolutionReferralResponseInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => Boolean)
  accept!: boolean;

  @Field(() => String, { nullable: true, description: 'Required to decline; 10 to 1,000 characters' })
  reason?: string | null;
}

@InputType({ description: 'The person arrived: the hand-over is done and the lead may pass to the recipient' })
export class HandOverInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => GraphQLLocalDate, { description: 'The day of return or arrival; not in the future' })
  arrivedOn!: string;

  @Field(() => Boolean, { description: 'The recipient takes the lead of the plan' })
  leadToRecipient!: boolean;
}
