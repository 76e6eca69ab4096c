import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { CriterionStatus, DurableCriterion, DurablePlanOutcome, DurableSolution } from './durable-solutions.enums';

/** Sizes of the plan's texts, stated in the schema (durable-solutions.input-limits.ts) and checked by the service. */
export const PLAN_LIMITS = { wishes: 4_000, evidence: 2_000, organisation: 200, closureReason: 1_000 } as const;

@InputType({ description: "A survivor's durable-solutions plan: the solution sought and the person's own wishes" })
export class DurablePlanInput {
  @Field(() => ID)
  survivorId!: string;

  @Field(() => DurableSolution)
  solution!: DurableSolution;

  @Field(() => String, { description: `In the person's own words; at most ${PLAN_LIMITS.wishes} characters` })
  wishes!: string;
}

@InputType({ description: 'Changes the solution sought or the wishes recorded' })
export class DurablePlanChangeInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => DurableSolution)
  solution!: DurableSolution;

  @Field(() => String, { description: `At most ${PLAN_LIMITS.wishes} characters` })
  wishes!: string;
}

@InputType({ description: 'An assessment of one IASC criterion of a plan' })
export class CriterionAssessmentInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => DurableCriterion)
  criterion!: DurableCriterion;

  @Field(() => CriterionStatus)
  status!: CriterionStatus;

  @Field(() => String, { nullable: true, description: `What shows it; at most ${PLAN_LIMITS.evidence} characters` })
  evidence?: string | null;

  @Field(() => String, { nullable: true, description: `At most ${PLAN_LIMITS.organisation} characters` })
  responsibleOrganisation?: string | null;

  @Field(() => GraphQLLocalDate, { description: 'Not in the future' })
  assessedOn!: string;
}

@InputType({ description: 'Closing a plan: the outcome and why' })
export class DurablePlanClosureInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => DurablePlanOutcome)
  outcome!: DurablePlanOutcome;

  @Field(() => String, { description: `At least 10, at most ${PLAN_LIMITS.closureReason} characters` })
  reason!: string;
}

@InputType({ description: 'An assessment of one criterion within a follow-up report' })
export class CriterionAssessmentChange {
  @Field(() => DurableCriterion)
  criterion!: DurableCriterion;

  @Field(() => CriterionStatus)
  status!: CriterionStatus;

  @Field(() => String, { nullable: true, description: `At most ${PLAN_LIMITS.evidence} characters` })
  evidence?: string | null;

  @Field(() => String, { nullable: true, description: `At most ${PLAN_LIMITS.organisation} characters` })
  responsibleOrganisation?: string | null;

  @Field(() => GraphQLLocalDate, { description: 'Not in the future' })
  assessedOn!: string;
}
