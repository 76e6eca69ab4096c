import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { Agency, User } from '../identity';
import { Survivor } from '../protection';
import { CriterionAssessment, DurablePlan, PlanCriterion } from './durable-plan.entity';
import {
  CriterionAssessmentInput,
  DurablePlanChangeInput,
  DurablePlanClosureInput,
  DurablePlanInput,
} from './durable-plan.inputs';
import {
  assessCriterion,
  changeDurablePlan,
  closeDurablePlan,
  criteriaOf,
  getReadablePlan,
  historyOf,
  myPlans,
  openDurablePlan,
  planOfSurvivor,
} from './durable-plan.service';
import { CriterionStatus } from './durable-solutions.enums';
import { openWishes } from './durable-wishes';

@ObjectType({ description: 'Criteria met of those that apply' })
export class PlanProgress {
  @Field(() => Int)
  met!: number;

  @Field(() => Int, { description: 'Criteria not marked "not applicable"' })
  applicable!: number;
}

const CASELOAD = [Role.CASE_WORKER, Role.PROTECTION_SUPERVISOR];

@Resolver(() => DurablePlan)
export class DurablePlanResolver {
  @RoleRequired(...CASELOAD)
  @Query(() => DurablePlan, { description: 'One plan the caller may see; NOT_FOUND otherwise' })
  durablePlan(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<DurablePlan> {
    return getReadablePlan(context.em, context.ability, id);
  }

  @RoleRequired(...CASELOAD)
  @Query(() => DurablePlan, { nullable: true, description: "A survivor's plan, or null when there is none (yet)" })
  durablePlanOfSurvivor(@Arg('survivorId', () => ID) survivorId: string, @Ctx() context: RequestContext) {
    return planOfSurvivor(context, survivorId);
  }

  @RoleRequired(...CASELOAD)
  @Query(() => [DurablePlan], { description: 'Open plans the caller owns or co-owns (at most 100)' })
  myDurablePlans(@Ctx() context: RequestContext): Promise<DurablePlan[]> {
    return myPlans(context);
  }

  @RoleRequired(Role.CASE_WORKER)
  @Mutation(() => DurablePlan, { description: 'Opens the plan of a survivor assigned to the caller, who owns it' })
  openDurablePlan(@Arg('input', () => DurablePlanInput) input: DurablePlanInput, @Ctx() context: RequestContext) {
    return openDurablePlan(context, input);
  }

  @RoleRequired(Role.CASE_WORKER)
  @Mutation(() => DurablePlan, { description: "Changes the solution sought or the person's wishes" })
  changeDurablePlan(
    @Arg('input', () => DurablePlanChangeInput) input: DurablePlanChangeInput,
    @Ctx() context: RequestContext,
  ) {
    return changeDurablePlan(context, input);
  }

  @RoleRequired(Role.CASE_WORKER)
  @Mutation(() => DurablePlan, { description: 'Records an assessment of one criterion (kept in the history)' })
  assessDurableCriterion(
    @Arg('input', () => CriterionAssessmentInput) input: CriterionAssessmentInput,
    @Ctx() context: RequestContext,
  ) {
    return assessCriterion(context, input);
  }

  @RoleRequired(Role.CASE_WORKER)
  @Mutation(() => DurablePlan, { description: 'Closes a plan with its outcome and a reason' })
  closeDurablePlan(
    @Arg('input', () => DurablePlanClosureInput) input: DurablePlanClosureInput,
    @Ctx() context: RequestContext,
  ) {
    return closeDurablePlan(context, input);
  }

  @FieldResolver(() => String, { description: "The survivor's pseudonymous code" })
  async survivorCode(@Root() plan: DurablePlan, @Ctx() context: RequestContext): Promise<string> {
    // The partner agency may not read the survivor record itself: the code comes through the plan.
    const survivor = await context.em.findOneOrFail(Survivor, { id: plan.survivor.id }, { fields: ['code'] });
    return survivor.code;
  }

  @FieldResolver(() => ID)
  survivorId(@Root() plan: DurablePlan): string {
    return plan.survivor.id;
  }

  @FieldResolver(() => String, { nullable: true, description: "The person's own stated wishes (restricted)" })
  async wishes(@Root() plan: DurablePlan, @Ctx() context: RequestContext): Promise<string> {
    const survivor = await context.em.findOneOrFail(Survivor, { id: plan.survivor.id });
    return openWishes(context.config.encryption, survivor, plan);
  }

  @FieldResolver(() => [String], { description: 'Fields the caller may not read (they come back null)' })
  restrictedFields(): string[] {
    return []; // filled in by the field guard
  }

  @FieldResolver(() => Agency)
  holdingAgency(@Root() plan: DurablePlan) {
    return plan.holdingAgency.load({ dataloader: true });
  }

  @FieldResolver(() => Agency, { description: 'Who holds the lead' })
  leadAgency(@Root() plan: DurablePlan) {
    return plan.leadAgency.load({ dataloader: true });
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The co-owner after a hand-over' })
  partnerAgency(@Root() plan: DurablePlan) {
    return plan.partnerAgency?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => User, { description: "The holding agency's case worker who owns the plan" })
  caseWorker(@Root() plan: DurablePlan) {
    return plan.caseWorker.load({ dataloader: true });
  }

  @FieldResolver(() => User, { nullable: true })
  partnerCaseWorker(@Root() plan: DurablePlan) {
    return plan.partnerCaseWorker?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => [PlanCriterion], { description: 'The checklist, in the framework order' })
  criteria(@Root() plan: DurablePlan, @Ctx() context: RequestContext) {
    return criteriaOf(context.em, plan);
  }

  @FieldResolver(() => PlanProgress)
  async progress(@Root() plan: DurablePlan, @Ctx() context: RequestContext): Promise<PlanProgress> {
    const entries = await criteriaOf(context.em, plan);
    return {
      met: entries.filter((entry) => entry.status === CriterionStatus.MET).length,
      applicable: entries.filter((entry) => entry.status !== CriterionStatus.NOT_APPLICABLE).length,
    };
  }

  @FieldResolver(() => [CriterionAssessment], { description: 'Every assessment, newest first (at most 500)' })
  history(@Root() plan: DurablePlan, @Ctx() context: RequestContext) {
    return historyOf(context.em, plan);
  }

  @FieldResolver(() => [String], { description: 'What the caller may do: update, assess, close' })
  myActions(@Root() plan: DurablePlan, @Ctx() { ability }: RequestContext): string[] {
    return (['update', 'assess', 'close'] as const).filter((action) => ability.can(action, plan));
  }
}

@Resolver(() => PlanCriterion)
export class PlanCriterionResolver {
  @FieldResolver(() => User, { nullable: true })
  assessedBy(@Root() entry: PlanCriterion) {
    return entry.assessedBy?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => Agency, { description: 'Whose entry this is (the agency that assesses it)' })
  entryAgency(@Root() entry: PlanCriterion) {
    return entry.entryAgency.load({ dataloader: true });
  }
}

@Resolver(() => CriterionAssessment)
export class CriterionAssessmentResolver {
  @FieldResolver(() => User)
  assessedBy(@Root() assessment: CriterionAssessment) {
    return assessment.assessedBy.load({ dataloader: true });
  }

  @FieldResolver(() => Agency)
  agency(@Root() assessment: CriterionAssessment) {
    return assessment.agency.load({ dataloader: true });
  }
}

/** Federation: another subgraph may reference a plan; the caller's rules apply exactly as for `durablePlan`. */
export async function resolveDurablePlanReference(reference: { id: string }, { em, ability }: RequestContext) {
  return getReadablePlan(em, ability, reference.id).catch(() => null);
}
