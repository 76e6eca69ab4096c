import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { ProtectionService } from '../protection';
import { DurableCriterion, ReturnRisk } from './durable-solutions.enums';

@InputType({ description: "A child's best-interests procedure, attached to a solution referral" })
export class BestInterestsInput {
  @Field(() => GraphQLLocalDate, { description: 'The day of the best-interests assessment (BIA); not in the future' })
  assessedOn!: string;

  @Field(() => String, { description: 'The reference of the assessment attached (case file number); at most 200' })
  reference!: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'For a return or a relocation: the day of the best-interests determination (BID) by a panel',
  })
  determinedOn?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "For a BID: the panel members' roles, not names (at least 2, at most 10, 100 characters each)",
  })
  panelRoles?: string[] | null;

  @Field(() => String, { description: "The guardian's role and organisation (not the name); at most 200" })
  guardian!: string;
}

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

  @Field(() => Boolean, {
    nullable: true,
    description:
      "A return to a place assessed not safe: the person's informed wish to return is recorded in the plan's wishes " +
      "(the referral then waits for a supervisor's confirmation)",
  })
  informedWish?: boolean | null;

  @Field(() => BestInterestsInput, { nullable: true, description: 'Required for a child' })
  bestInterests?: BestInterestsInput | null;
}

@InputType({ description: "The holding agency's supervisor confirms a referral waiting for it, or stops it" })
export class SolutionReferralConfirmationInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => Boolean)
  confirm!: boolean;

  @Field(() => String, { nullable: true, description: 'Required to stop it; 10 to 1,000 characters' })
  reason?: string | null;
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
