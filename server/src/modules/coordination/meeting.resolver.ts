import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired, SignedIn } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { Agency, CrossingPoint, Mechanism } from '../identity';
import { AgendaItem } from './agenda-item.entity';
import { FOCAL_POINT_ROLES } from './coordination.policy';
import { findReadableMeeting, getReadableMeeting } from './meeting.access';
import { MeetingAttendance } from './meeting-attendance.entity';
import { Meeting } from './meeting.entity';
import { MeetingPeriod } from './meeting.enums';
import { AgendaItemInput, AttendanceInput, CorrectedMinutesInput, MeetingInput } from './meeting.inputs';
import { MINUTES_TRANSITIONS, MinutesAction } from './meeting.lifecycle';
import { createMeeting, listMeetings, setAgenda, setAttendance, updateMeeting, writeMinutes } from './meeting.service';
import { MinutesComment } from './minutes-comment.entity';
import { AgendaItemDiff } from './minutes-diff';
import { MinutesRevision } from './minutes-revision.entity';
import { commentOnMinutes, commentsOf, minutesDiff, revisionsOf, stepMinutes } from './minutes.service';

/** Reading meetings: a meeting of a mechanism the caller's agency is not in answers like a missing one. */
@Resolver(() => Meeting)
export class MeetingResolver {
  @SignedIn()
  @Query(() => Meeting, { description: 'One meeting of a mechanism of your agency; NOT_FOUND otherwise' })
  meeting(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Meeting> {
    return getReadableMeeting(context.em, context.ability, id);
  }

  @SignedIn()
  @Query(() => [Meeting], { description: 'Meetings of a mechanism: upcoming soonest first, past latest first' })
  meetings(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Arg('period', () => MeetingPeriod) period: MeetingPeriod,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most 100' }) first: number,
    @Ctx() context: RequestContext,
  ): Promise<Meeting[]> {
    return listMeetings(context, mechanismId, period, first);
  }

  @SignedIn()
  @Query(() => [AgendaItemDiff], { description: 'How the minutes changed between two approved revisions' })
  minutesDiff(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('fromRevision', () => Int) fromRevision: number,
    @Arg('toRevision', () => Int) toRevision: number,
    @Ctx() context: RequestContext,
  ): Promise<AgendaItemDiff[]> {
    return minutesDiff(context, meetingId, fromRevision, toRevision);
  }

  @FieldResolver(() => Mechanism)
  mechanism(@Root() meeting: Meeting): Promise<Mechanism> {
    return meeting.mechanism.load({ dataloader: true }) as Promise<Mechanism>;
  }

  @FieldResolver(() => CrossingPoint, { nullable: true })
  crossingPoint(@Root() meeting: Meeting): Promise<CrossingPoint | null> | null {
    return meeting.crossingPoint ? (meeting.crossingPoint.load({ dataloader: true }) as Promise<CrossingPoint>) : null;
  }

  @FieldResolver(() => [Agency])
  async invitedAgencies(@Root() meeting: Meeting): Promise<Agency[]> {
    return (await meeting.invitedAgencies.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => [AgendaItem], { description: 'In agenda order' })
  async agenda(@Root() meeting: Meeting): Promise<AgendaItem[]> {
    return [...(await meeting.agenda.load({ dataloader: true })).getItems()].sort((a, b) => a.position - b.position);
  }

  @FieldResolver(() => [MeetingAttendance])
  async attendance(@Root() meeting: Meeting): Promise<MeetingAttendance[]> {
    return [...(await meeting.attendance.load({ dataloader: true })).getItems()].sort(
      (a, b) => a.position - b.position,
    );
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller may read the minutes in their present status' })
  canReadMinutes(@Root() meeting: Meeting, @Ctx() { ability }: RequestContext): boolean {
    return ability.can('readMinutes', meeting);
  }

  @FieldResolver(() => [String], {
    description: 'What the caller may do now: update, circulate, recall, approve, correct, comment',
  })
  availableActions(@Root() meeting: Meeting, @Ctx() { ability }: RequestContext): string[] {
    const actions: string[] = [];
    if (ability.can('update', meeting) && meeting.minutesStatus !== 'APPROVED') actions.push('update');
    for (const rule of MINUTES_TRANSITIONS) {
      if (rule.from.includes(meeting.minutesStatus) && ability.can(rule.action, meeting)) actions.push(rule.action);
    }
    const open = !meeting.commentDeadline || meeting.commentDeadline > new Date();
    if (meeting.minutesStatus === 'CIRCULATED' && open && ability.can('comment', meeting)) actions.push('comment');
    return actions;
  }

  @FieldResolver(() => [MinutesRevision], { description: 'Approved revisions, oldest first (readers of minutes)' })
  revisions(@Root() meeting: Meeting, @Ctx() context: RequestContext): Promise<MinutesRevision[]> {
    return revisionsOf(context, meeting);
  }

  @FieldResolver(() => [MinutesComment], {
    description: "Focal points' comments, oldest first (focal points, secretariat)",
  })
  comments(@Root() meeting: Meeting, @Ctx() context: RequestContext): Promise<MinutesComment[]> {
    return commentsOf(context, meeting);
  }

  @FieldResolver(() => [String])
  restrictedFields(): string[] {
    return []; // filled in by the field guard
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => Agency, { nullable: true })
  presenterAgency(@Root() item: AgendaItem): Promise<Agency> | null {
    return item.presenterAgency ? (item.presenterAgency.load({ dataloader: true }) as Promise<Agency>) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Markdown; null for readers who may not read the minutes in their present status',
  })
  async minutes(@Root() item: AgendaItem, @Ctx() { em, ability }: RequestContext): Promise<string | null> {
    const meeting = await findReadableMeeting(em, ability, item.meeting.id);
    return meeting && ability.can('readMinutes', meeting) ? item.minutes : null;
  }
}

@Resolver(() => MeetingAttendance)
export class MeetingAttendanceResolver {
  @FieldResolver(() => Agency)
  agency(@Root() entry: MeetingAttendance): Promise<Agency> {
    return entry.agency.load({ dataloader: true }) as Promise<Agency>;
  }
}

@Resolver(() => MinutesComment)
export class MinutesCommentResolver {
  @FieldResolver(() => ID)
  agendaItemId(@Root() comment: MinutesComment): string {
    return comment.agendaItem.id;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The comment this one answers' })
  replyToId(@Root() comment: MinutesComment): string | null {
    return comment.replyTo?.id ?? null;
  }

  @FieldResolver(() => Agency, { description: 'The agency of the focal point (or secretariat) who wrote it' })
  authorAgency(@Root() comment: MinutesComment): Promise<Agency> {
    return comment.authorAgency.load({ dataloader: true }) as Promise<Agency>;
  }

  @FieldResolver(() => Boolean, {
    description: 'Written by the caller (names of other agencies’ people are not shown)',
  })
  byMe(@Root() comment: MinutesComment, @Ctx() { actor }: RequestContext): boolean {
    return comment.author.id === actor?.id;
  }
}

/** Writing meetings and minutes: the mechanism's secretariat; commenting: focal points and the secretariat. */
@Resolver(() => Meeting)
export class MeetingWorkflowResolver {
  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Meeting, { description: 'Schedules a meeting of a mechanism whose secretariat you run' })
  createMeeting(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Arg('input', () => MeetingInput) input: MeetingInput,
    @Ctx() context: RequestContext,
  ): Promise<Meeting> {
    return createMeeting(context, mechanismId, input);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Meeting, { description: 'Changes when, where and what a meeting is (draft minutes only)' })
  updateMeeting(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MeetingInput) input: MeetingInput,
    @Ctx() context: RequestContext,
  ): Promise<Meeting> {
    return updateMeeting(context, id, input);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Meeting, { description: 'Replaces the agenda, in order (draft minutes only)' })
  setMeetingAgenda(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('items', () => [AgendaItemInput]) items: AgendaItemInput[],
    @Ctx() context: RequestContext,
  ): Promise<Meeting> {
    return setAgenda(context, meetingId, items);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Meeting, { description: 'Replaces the attendance list (not once approved)' })
  setMeetingAttendance(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('entries', () => [AttendanceInput]) entries: AttendanceInput[],
    @Ctx() context: RequestContext,
  ): Promise<Meeting> {
    return setAttendance(context, meetingId, entries);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => AgendaItem, { description: 'Writes the minutes of an agenda item, in Markdown (not once approved)' })
  writeMinutes(
    @Arg('agendaItemId', () => ID) agendaItemId: string,
    @Arg('minutes', () => String) minutes: string,
    @Ctx() context: RequestContext,
  ): Promise<AgendaItem> {
    return writeMinutes(context, agendaItemId, minutes);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Meeting, { description: "Sends draft minutes to the members' focal points for comment" })
  circulateMinutes(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('commentDeadline', () => Date) commentDeadline: Date,
    @Ctx() context: RequestContext,
  ): Promise<Meeting> {
    return stepMinutes(context, { meetingId, action: MinutesAction.CIRCULATE, commentDeadline });
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Meeting, { description: 'Takes circulated minutes back to draft (comments are kept)' })
  recallMinutes(@Arg('meetingId', () => ID) meetingId: string, @Ctx() context: RequestContext): Promise<Meeting> {
    return stepMinutes(context, { meetingId, action: MinutesAction.RECALL });
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Meeting, { description: 'Approves circulated minutes: revision 1, locked' })
  approveMinutes(@Arg('meetingId', () => ID) meetingId: string, @Ctx() context: RequestContext): Promise<Meeting> {
    return stepMinutes(context, { meetingId, action: MinutesAction.APPROVE });
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Meeting, { description: 'Corrects approved minutes: a new numbered revision with a reason' })
  correctMinutes(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('reason', () => String) reason: string,
    @Arg('corrections', () => [CorrectedMinutesInput]) corrections: CorrectedMinutesInput[],
    @Ctx() context: RequestContext,
  ): Promise<Meeting> {
    return stepMinutes(context, { meetingId, action: MinutesAction.CORRECT, reason, corrections });
  }

  @RoleRequired(...FOCAL_POINT_ROLES, Role.SECRETARIAT)
  @Mutation(() => MinutesComment, { description: 'Comments on an agenda item of circulated minutes, or replies' })
  commentOnMinutes(
    @Arg('agendaItemId', () => ID) agendaItemId: string,
    @Arg('body', () => String) body: string,
    @Arg('replyToId', () => ID, { nullable: true }) replyToId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<MinutesComment> {
    return commentOnMinutes(context, { agendaItemId, body, replyToId });
  }
}

/** Federation: another subgraph may reference a Meeting; the caller's rules apply exactly as for `meeting`. */
export function resolveMeetingReference(reference: { id: string }, { em, ability }: RequestContext) {
  return findReadableMeeting(em, ability, reference.id);
}
