import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { Agency, Mechanism } from '../identity';
import { Exploitation, openPersonalData, Survivor, SurvivorDocument, SurvivorSex } from '../protection';
import { DurablePlan } from './durable-plan.entity';
import { isPersonalField } from './durable-sharing';
import { DurablePlanStatus } from './durable-solutions.enums';
import { openWishes } from './durable-wishes';
import { FollowUp } from './follow-up.entity';
import {
  fileFollowUp,
  FollowUpReportInput,
  isFileable,
  isOverdue,
  owingTimeZone,
  planIsOpen,
} from './follow-up.service';
import { SolutionReferral } from './solution-referral.entity';
import {
  HandOverInput,
  SolutionReferralConfirmationInput,
  SolutionReferralInput,
  SolutionReferralResponseInput,
} from './solution-referral.inputs';
import {
  closeSolutionReferral,
  confirmSolutionReferral,
  getReadableReferral,
  isChild,
  recipientMayRead,
  referralActions,
  recordHandOver,
  referralsWhere,
  respondToSolutionReferral,
  sendSolutionReferral,
} from './solution-referral.service';

/** What the recipient reads of the survivor: the code, and the fields the sender chose (others null). */
@ObjectType({ description: 'The survivor as a solution referral shares them: only the chosen fields' })
export class SharedSurvivor {
  @Field(() => String)
  code!: string;

  @Field(() => String, { nullable: true }) givenNames?: string | null;
  @Field(() => String, { nullable: true }) familyNames?: string | null;
  @Field(() => [String], { nullable: true }) aliases?: string[] | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) dateOfBirth?: string | null;
  @Field(() => Int, { nullable: true }) estimatedAge?: number | null;
  @Field(() => SurvivorSex, { nullable: true }) sex?: SurvivorSex | null;
  @Field(() => String, { nullable: true }) genderIdentity?: string | null;
  @Field(() => String, { nullable: true }) nationality?: string | null;
  @Field(() => [String], { nullable: true }) languages?: string[] | null;
  @Field(() => [SurvivorDocument], { nullable: true }) identityDocuments?: SurvivorDocument[] | null;
  @Field(() => [String], { nullable: true }) phones?: string[] | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) currentLocation?: string | null;
  @Field(() => [Exploitation], { nullable: true }) exploitations?: Exploitation[] | null;
}

const CASELOAD = [Role.CASE_WORKER, Role.PROTECTION_SUPERVISOR];

@Resolver(() => SolutionReferral)
export class SolutionReferralResolver {
  @RoleRequired(...CASELOAD)
  @Query(() => SolutionReferral, { description: 'One referral either side may see; NOT_FOUND otherwise' })
  solutionReferral(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return getReadableReferral(context.em, context, id);
  }

  @RoleRequired(...CASELOAD)
  @Query(() => [SolutionReferral], { description: "Referrals the caller's agency received, newest first (100)" })
  incomingSolutionReferrals(@Ctx() context: RequestContext) {
    return referralsWhere(context, { recipientAgency: context.actor?.agencyId });
  }

  @RoleRequired(Role.CASE_WORKER)
  @Mutation(() => SolutionReferral, { description: "Refers the caller's plan under consent" })
  sendSolutionReferral(
    @Arg('input', () => SolutionReferralInput) input: SolutionReferralInput,
    @Ctx() context: RequestContext,
  ) {
    return sendSolutionReferral(context, input);
  }

  @RoleRequired(Role.PROTECTION_SUPERVISOR)
  @Mutation(() => SolutionReferral, {
    description: "The holding agency's supervisor confirms a return referral waiting for it, or stops it (reason)",
  })
  confirmSolutionReferral(
    @Arg('input', () => SolutionReferralConfirmationInput) input: SolutionReferralConfirmationInput,
    @Ctx() context: RequestContext,
  ) {
    return confirmSolutionReferral(context, input);
  }

  @RoleRequired(Role.CASE_WORKER)
  @Mutation(() => SolutionReferral, { description: 'The recipient accepts or declines (with a reason)' })
  respondToSolutionReferral(
    @Arg('input', () => SolutionReferralResponseInput) input: SolutionReferralResponseInput,
    @Ctx() context: RequestContext,
  ) {
    return respondToSolutionReferral(context, input);
  }

  @RoleRequired(Role.CASE_WORKER)
  @Mutation(() => SolutionReferral, { description: 'The plan owner records the hand-over after return or arrival' })
  recordHandOver(@Arg('input', () => HandOverInput) input: HandOverInput, @Ctx() context: RequestContext) {
    return recordHandOver(context, input);
  }

  @RoleRequired(Role.CASE_WORKER)
  @Mutation(() => SolutionReferral)
  closeSolutionReferral(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return closeSolutionReferral(context, id);
  }

  @FieldResolver(() => ID)
  planId(@Root() referral: SolutionReferral) {
    return referral.plan.id;
  }

  @FieldResolver(() => [String], {
    description: 'What the caller may do with the referral now: respond, confirm, handOver, close',
  })
  async myActions(@Root() referral: SolutionReferral, @Ctx() context: RequestContext): Promise<string[]> {
    return referralActions(context, referral);
  }

  @FieldResolver(() => ID, { description: "The survivor's record id (the plan page's address; both sides)" })
  survivorId(@Root() referral: SolutionReferral) {
    return referral.survivor.id;
  }

  @FieldResolver(() => Agency)
  holdingAgency(@Root() referral: SolutionReferral) {
    return referral.holdingAgency.load({ dataloader: true });
  }

  @FieldResolver(() => Agency)
  recipientAgency(@Root() referral: SolutionReferral) {
    return referral.recipientAgency.load({ dataloader: true });
  }

  @FieldResolver(() => Mechanism)
  mechanism(@Root() referral: SolutionReferral) {
    return referral.mechanism.load({ dataloader: true });
  }

  @FieldResolver(() => String, { description: "The survivor's pseudonymous code (both sides, always)" })
  async survivorCode(@Root() referral: SolutionReferral, @Ctx() context: RequestContext) {
    return (await context.em.findOneOrFail(Survivor, { id: referral.survivor.id }, { fields: ['code'] })).code;
  }

  @FieldResolver(() => Boolean, {
    description: 'For the recipient: consent no longer covers the shared fields (only the code is left)',
  })
  async accessCut(@Root() referral: SolutionReferral, @Ctx() context: RequestContext) {
    if (context.actor?.agencyId !== referral.recipientAgency.id) return false;
    return !(await recipientMayRead(context, referral));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The person's wishes as recorded in the plan, for the holding agency's protection supervisors while the " +
      'referral waits for their confirmation (restricted, audited); null otherwise',
  })
  async personWishes(@Root() referral: SolutionReferral, @Ctx() context: RequestContext): Promise<string> {
    const plan = await context.em.findOneOrFail(DurablePlan, { id: referral.plan.id });
    const survivor = await context.em.findOneOrFail(Survivor, { id: referral.survivor.id });
    return openWishes(context.config.encryption, survivor, plan);
  }

  @FieldResolver(() => [String], { description: 'Fields the caller may not read (they come back null)' })
  restrictedFields(): string[] {
    return []; // filled in by the field guard
  }

  @FieldResolver(() => SharedSurvivor, {
    nullable: true,
    description: "For the recipient's staff, while consent covers it: the chosen fields; null otherwise",
  })
  async sharedSurvivor(@Root() referral: SolutionReferral, @Ctx() context: RequestContext) {
    if (!(await recipientMayRead(context, referral))) return null;
    const survivor = await context.em.findOneOrFail(Survivor, { id: referral.survivor.id });
    const data = openPersonalData(context.config.encryption, survivor) as unknown as Record<string, unknown>;
    const shared: Record<string, unknown> = { code: survivor.code };
    const fields = referral.sharedFields.filter(isPersonalField);
    for (const field of fields) shared[field] = data[field];
    context.audit.noteRead({
      action: 'personal-data.read',
      entityType: 'Survivor',
      entityId: survivor.id,
      fields,
      ownerAgencyId: referral.holdingAgency.id,
      details: { solutionReferralId: referral.id },
    });
    return shared;
  }
}

@Resolver(() => DurablePlan)
export class PlanReferralsResolver {
  @FieldResolver(() => [SolutionReferral], { description: "The plan's referrals, newest first" })
  referrals(@Root() plan: DurablePlan, @Ctx() context: RequestContext) {
    return referralsWhere(context, { plan: plan.id });
  }

  @FieldResolver(() => Boolean, {
    description: 'The survivor is a child: a solution referral needs the best-interests procedure and a guardian',
  })
  async survivorIsChild(@Root() plan: DurablePlan, @Ctx() context: RequestContext) {
    const survivor = await context.em.findOneOrFail(
      Survivor,
      { id: plan.survivor.id },
      { fields: ['vulnerabilities'] },
    );
    return isChild(survivor);
  }

  @FieldResolver(() => [FollowUp], { description: 'Follow-ups owed after return or arrival, by due date' })
  followUps(@Root() plan: DurablePlan, @Ctx() context: RequestContext) {
    return context.em.find(FollowUp, { plan: plan.id }, { orderBy: { dueOn: 'asc' } });
  }

  @FieldResolver(() => FollowUp, {
    nullable: true,
    description: 'What is due next: the earliest follow-up not yet filed, while the plan is open',
  })
  async nextFollowUp(@Root() plan: DurablePlan, @Ctx() context: RequestContext) {
    if (plan.status !== DurablePlanStatus.OPEN) return null;
    return context.em.findOne(FollowUp, { plan: plan.id, filedAt: null }, { orderBy: { dueOn: 'asc' } });
  }

  @RoleRequired(Role.CASE_WORKER)
  @Mutation(() => FollowUp, { description: 'The receiving organisation files a follow-up report' })
  fileFollowUp(@Arg('input', () => FollowUpReportInput) input: FollowUpReportInput, @Ctx() context: RequestContext) {
    return fileFollowUp(context, input);
  }
}

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @FieldResolver(() => Boolean, {
    description: "Not filed, the plan open and its day has passed in the owing agency's country",
  })
  async overdue(@Root() followUp: FollowUp) {
    return (await planIsOpen(followUp)) && isOverdue(followUp, await owingTimeZone(followUp));
  }

  @FieldResolver(() => Boolean, {
    description:
      "Not filed, the plan open and its due day at most 30 days away in the owing agency's country: may be reported now",
  })
  async fileable(@Root() followUp: FollowUp) {
    return (await planIsOpen(followUp)) && isFileable(followUp, await owingTimeZone(followUp));
  }

  @FieldResolver(() => Agency, { description: 'The agency that owes the report' })
  owedBy(@Root() followUp: FollowUp) {
    return followUp.owedBy.load({ dataloader: true });
  }
}
