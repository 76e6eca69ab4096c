import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { SignedIn } from '../../platform/authz/access';
import { permittedFilter } from '../../platform/authz/accessible-query';
import type { RequestContext } from '../../platform/context';
import { badInput } from '../../platform/graphql/errors';
import { DurablePlan } from './durable-plan.entity';
import { Survivor } from '../protection';
import { DurablePlanStatus, DurableSolution } from './durable-solutions.enums';
import { FollowUp } from './follow-up.entity';

/** How far a calendar may reach: a year and a half, the 12-month report of a return planned half a year ahead. */
export const CALENDAR_MAX_DAYS = 548;
const CALENDAR_MAX_ENTRIES = 200;
// The plans a calendar looks through: more than one organisation carries open at once.
const CALENDAR_MAX_PLANS = 500;

const daysBetween = (from: string, until: string) =>
  (Date.parse(`${until}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/**
 * The follow-up calendar: the follow-ups of the open plans the caller may read (as owner, co-owner or the
 * receiving organisation after a hand-over), due between `from` and `until`, by due date. Each shows who owes it,
 * so a receiving organisation sees what it owes and the holding agency what it waits for.
 */
export async function followUpCalendar(context: RequestContext, from: string, until: string): Promise<FollowUp[]> {
  const span = daysBetween(from, until);
  if (span < 0) throw badInput({ until: 'error.durableSolutions.calendarUntilBeforeFrom' });
  if (span > CALENDAR_MAX_DAYS) throw badInput({ until: 'error.durableSolutions.calendarTooLong' });
  const filter = permittedFilter(context.em, context.ability, 'read', DurablePlan, {
    status: DurablePlanStatus.OPEN,
  });
  if (!filter) return [];
  // Whole plans, not partial ones: the page reads them again (code, rights), and a partial entity in the
  // identity map would answer those reads with missing fields.
  const plans = await context.em.find(DurablePlan, filter, { limit: CALENDAR_MAX_PLANS });
  if (plans.length === 0) return [];
  return context.em.find(
    FollowUp,
    { plan: { $in: plans.map((plan) => plan.id) }, dueOn: { $gte: from, $lte: until } },
    { orderBy: { dueOn: 'asc', monthsAfter: 'asc', id: 'asc' }, limit: CALENDAR_MAX_ENTRIES },
  );
}

/**
 * The plan of a follow-up as the calendar shows it. Its own type, not DurablePlan: a plan lists its follow-ups,
 * and a field back to the plan would make the schema's paths endless (the depth limit, test/security).
 */
@ObjectType({ description: 'The plan a follow-up belongs to: the survivor by code, the solution sought' })
export class FollowUpPlan {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  survivorId!: string;

  @Field(() => String, { description: "The survivor's pseudonymous code" })
  survivorCode!: string;

  @Field(() => DurableSolution)
  solution!: DurableSolution;
}

@Resolver(() => FollowUp)
export class FollowUpCalendarResolver {
  @SignedIn()
  @Query(() => [FollowUp], {
    description:
      'Follow-ups of the open plans the caller may read, due between `from` and `until` (at most 548 days apart), by due date; at most 200',
  })
  followUpCalendar(
    @Arg('from', () => GraphQLLocalDate) from: string,
    @Arg('until', () => GraphQLLocalDate) until: string,
    @Ctx() context: RequestContext,
  ): Promise<FollowUp[]> {
    return followUpCalendar(context, from, until);
  }

  @FieldResolver(() => FollowUpPlan, { description: 'The plan the follow-up belongs to' })
  async plan(@Root() followUp: FollowUp, @Ctx() context: RequestContext): Promise<FollowUpPlan> {
    const plan = (await followUp.plan.load({ dataloader: true }))!;
    // The partner agency may not read the survivor record itself: the code comes through the plan.
    const survivor = await context.em.findOneOrFail(Survivor, { id: plan.survivor.id }, { fields: ['code'] });
    return { id: plan.id, survivorId: plan.survivor.id, survivorCode: survivor.code, solution: plan.solution };
  }
}
