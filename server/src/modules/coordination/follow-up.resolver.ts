import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired, SignedIn } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { Agency } from '../identity';
import { ActionItem } from './action-item.entity';
import { ActionUpdate } from './action-update.entity';
import { ACTION_OWNER_ROLES } from './coordination.policy';
import { Decision } from './decision.entity';
import { ActionStatus, DecisionStatus, OPEN_ACTION_STATUSES } from './follow-up.enums';
import { ActionItemInput, FollowUpFilter } from './follow-up.inputs';
import {
  addActionItem,
  cancelActionItem,
  countsByAgency,
  followUpActions,
  recordDecision,
  reportOnAction,
  setDecisionStatus,
} from './follow-up.service';
import { Meeting } from './meeting.entity';

@ObjectType({ description: "One owner agency's open and overdue actions in a mechanism" })
export class AgencyActionCount {
  @Field(() => Agency)
  agency!: Agency;

  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  overdue!: number;
}

@ObjectType({
  description: "The secretariat's follow-up board: a mechanism's actions, filtered, and counts per agency",
})
export class FollowUpBoard {
  @Field(() => [ActionItem])
  actions!: ActionItem[];

  @Field(() => [AgencyActionCount], { description: 'Over all the mechanism’s actions, whatever the filter' })
  countsByAgency!: AgencyActionCount[];

  /** Not a field: the mechanism the counts by meeting and by decision are for (follow-up/). */
  mechanismId!: string;
}

@Resolver(() => ActionItem)
export class FollowUpResolver {
  @SignedIn()
  @Query(() => FollowUpBoard, { description: "A mechanism's action items (filtered) with counts per owner agency" })
  async followUpBoard(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Arg('filter', () => FollowUpFilter, { nullable: true }) filter: FollowUpFilter | null,
    @Ctx() context: RequestContext,
  ): Promise<FollowUpBoard> {
    const actions = await followUpActions(context, { mechanism: mechanismId }, filter);
    const counts = await countsByAgency(context, mechanismId);
    const agencies = await context.em.find(Agency, { id: { $in: counts.map((count) => count.agencyId) } });
    const byId = new Map(agencies.map((agency) => [agency.id, agency]));
    return {
      mechanismId,
      actions,
      countsByAgency: counts.map((count) => ({
        agency: byId.get(count.agencyId)!,
        open: count.open,
        overdue: count.overdue,
      })),
    };
  }

  @SignedIn()
  @Query(() => [ActionItem], { description: "What the caller's agency owes: its open action items, soonest due first" })
  actionsOwed(@Ctx() context: RequestContext): Promise<ActionItem[]> {
    if (!context.actor) return Promise.resolve([]);
    return followUpActions(
      context,
      { ownerAgency: context.actor.agencyId },
      { statuses: [...OPEN_ACTION_STATUSES], overdueOnly: false },
    );
  }

  @FieldResolver(() => Agency)
  ownerAgency(@Root() action: ActionItem): Promise<Agency> {
    return action.ownerAgency.load({ dataloader: true }) as Promise<Agency>;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The owner person, by id (their name: ownerUserName)' })
  ownerUserId(@Root() action: ActionItem): string | null {
    return action.ownerUser?.id ?? null;
  }

  // The meeting by id and title, not as a Meeting: Meeting lists its actions, and a cycle in the schema would
  // let one query nest without end (the depth limit counts on an acyclic schema).
  @FieldResolver(() => ID, { nullable: true, description: "The meeting that assigned it (null: an assessment's)" })
  meetingId(@Root() action: ActionItem): string | null {
    return action.meeting?.id ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The title of the meeting that assigned it' })
  async meetingTitle(@Root() action: ActionItem): Promise<string | null> {
    return action.meeting ? ((await action.meeting.load({ dataloader: true })) as Meeting).title : null;
  }

  @FieldResolver(() => Decision, { nullable: true })
  decision(@Root() action: ActionItem): Promise<Decision> | null {
    return action.decision ? (action.decision.load({ dataloader: true }) as Promise<Decision>) : null;
  }

  @FieldResolver(() => [ActionUpdate], { description: 'Progress reported by the owner agency, oldest first' })
  updates(@Root() action: ActionItem, @Ctx() { em }: RequestContext): Promise<ActionUpdate[]> {
    return em.find(ActionUpdate, { actionItem: action.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may report progress on it now' })
  canReport(@Root() action: ActionItem, @Ctx() { ability }: RequestContext): boolean {
    return OPEN_ACTION_STATUSES.includes(action.status) && ability.can('report', action);
  }

  @FieldResolver(() => [String])
  restrictedFields(): string[] {
    return [];
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => ActionItem, { description: 'Assigns an action item to a member agency at a meeting' })
  addActionItem(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('input', () => ActionItemInput) input: ActionItemInput,
    @Ctx() context: RequestContext,
  ): Promise<ActionItem> {
    return addActionItem(context, meetingId, input);
  }

  @RoleRequired(...ACTION_OWNER_ROLES)
  @Mutation(() => ActionItem, { description: 'The owner agency reports progress, optionally moving the status' })
  reportOnAction(
    @Arg('actionItemId', () => ID) actionItemId: string,
    @Arg('body', () => String) body: string,
    @Arg('status', () => ActionStatus, { nullable: true }) status: ActionStatus | null,
    @Ctx() context: RequestContext,
  ): Promise<ActionItem> {
    return reportOnAction(context, { actionItemId, body, status });
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => ActionItem, { description: 'The secretariat cancels an action still owed' })
  cancelActionItem(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ActionItem> {
    return cancelActionItem(context, id);
  }
}

@Resolver(() => Decision)
export class DecisionResolver {
  @FieldResolver(() => ID)
  meetingId(@Root() decision: Decision): string {
    return decision.meeting.id;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The agenda item it came from' })
  agendaItemId(@Root() decision: Decision): string | null {
    return decision.agendaItem?.id ?? null;
  }

  // An id, not a Decision: a decision pointing at decisions would make the schema cyclic (see meetingId).
  @FieldResolver(() => ID, { nullable: true, description: 'The later decision that replaced it' })
  supersededById(@Root() decision: Decision): string | null {
    return decision.supersededBy?.id ?? null;
  }

  @FieldResolver(() => [String])
  restrictedFields(): string[] {
    return [];
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Decision, { description: 'Records a decision taken at a meeting, numbered per mechanism and year' })
  recordDecision(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('text', () => String) text: string,
    @Arg('agendaItemId', () => ID, { nullable: true }) agendaItemId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Decision> {
    return recordDecision(context, { meetingId, text, agendaItemId });
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Decision, { description: 'Marks a decision superseded by a later one, or revoked' })
  setDecisionStatus(
    @Arg('decisionId', () => ID) decisionId: string,
    @Arg('status', () => DecisionStatus) status: DecisionStatus,
    @Arg('supersededById', () => ID, { nullable: true }) supersededById: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Decision> {
    return setDecisionStatus(context, { decisionId, status, supersededById });
  }
}

@Resolver(() => ActionUpdate)
export class ActionUpdateResolver {
  @FieldResolver(() => Agency)
  authorAgency(@Root() update: ActionUpdate): Promise<Agency> {
    return update.authorAgency.load({ dataloader: true }) as Promise<Agency>;
  }
}

/** A meeting's decisions and actions, and the actions still open from earlier meetings (its carried agenda). */
@Resolver(() => Meeting)
export class MeetingFollowUpResolver {
  @FieldResolver(() => [Decision], { description: 'Decisions taken at this meeting, in number order' })
  decisions(@Root() meeting: Meeting, @Ctx() { em }: RequestContext): Promise<Decision[]> {
    return em.find(Decision, { meeting: meeting.id }, { orderBy: { year: 'asc', number: 'asc' } });
  }

  @FieldResolver(() => [ActionItem], { description: 'Actions assigned at this meeting' })
  actionItems(@Root() meeting: Meeting, @Ctx() context: RequestContext): Promise<ActionItem[]> {
    return followUpActions(context, { meeting: meeting.id }, null);
  }

  @FieldResolver(() => [ActionItem], {
    description: "Actions from the mechanism's earlier meetings still open: carried to this meeting's agenda",
  })
  carriedActions(@Root() meeting: Meeting, @Ctx() context: RequestContext): Promise<ActionItem[]> {
    return followUpActions(
      context,
      { mechanism: meeting.mechanism.id, meeting: { startsAt: { $lt: meeting.startsAt } } },
      { statuses: [...OPEN_ACTION_STATUSES], overdueOnly: false },
    );
  }
}
