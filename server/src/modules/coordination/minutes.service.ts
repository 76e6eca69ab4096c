import type { EntityManager } from '@mikro-orm/postgresql';
import { assertCan } from '../../platform/authz/forbidden';
import type { RequestContext } from '../../platform/context';
import { badInput, conflict, notFound } from '../../platform/graphql/errors';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Agency, User } from '../identity';
import { AgendaItem } from './agenda-item.entity';
import { findReadableMeeting, getReadableMeeting, isUuid } from './meeting.access';
import { type Meeting } from './meeting.entity';
import { type CorrectedMinutesInput, LIMITS } from './meeting.inputs';
import { COMMENTABLE, MinutesAction, minutesRuleOf } from './meeting.lifecycle';
import { actingUserOf, meetingForChange, recordMeetingChange } from './meeting.service';
import { validateMinutes } from './meeting.validation';
import { MinutesComment } from './minutes-comment.entity';
import { diffRevisions, type AgendaItemDiff } from './minutes-diff';
import { MinutesRevision, type RevisedItem } from './minutes-revision.entity';

export interface MinutesStep {
  meetingId: string;
  action: MinutesAction;
  commentDeadline?: Date | null;
  reason?: string | null;
  corrections?: CorrectedMinutesInput[] | null;
}

/**
 * Moves a meeting's minutes one step (meeting.lifecycle.ts): circulate to the focal points until a deadline,
 * recall to the draft, approve (revision 1, locked), or correct after approval (the next revision, with a
 * reason). The meeting row is locked; every approved text is kept whole in minutes_revision.
 */
export async function stepMinutes(context: RequestContext, step: MinutesStep): Promise<Meeting> {
  const actor = actingUserOf(context);
  const rule = minutesRuleOf(step.action);
  const now = new Date();
  if (rule.requires === 'deadline' && !(step.commentDeadline && step.commentDeadline > now))
    throw badInput({ commentDeadline: 'error.coordination.deadlineInPast' });
  if (rule.requires === 'reason') {
    if (!step.reason?.trim()) throw badInput({ reason: 'error.coordination.required' });
    if (step.reason.trim().length > LIMITS.reason) throw badInput({ reason: 'error.coordination.tooLong' });
    if (!step.corrections?.length) throw badInput({ corrections: 'error.coordination.required' });
    step.corrections.forEach((item, index) => validateMinutes(`corrections.${index}.minutes`, item.minutes));
  }
  return inUnitOfWork(context, async (em) => {
    const meeting = await meetingForChange(context, em, step.meetingId, step.action, rule.from);
    const from = meeting.minutesStatus;
    const agenda = await meeting.agenda.loadItems();
    if (step.action === MinutesAction.CIRCULATE) meeting.commentDeadline = step.commentDeadline!;
    if (step.action === MinutesAction.CORRECT) applyCorrections(agenda, step.corrections!);
    if (step.action === MinutesAction.APPROVE || step.action === MinutesAction.CORRECT) {
      meeting.minutesRevision += 1;
      meeting.approvedAt = now;
      em.create(MinutesRevision, {
        meeting,
        number: meeting.minutesRevision,
        reason: step.action === MinutesAction.CORRECT ? step.reason!.trim() : null,
        approvedAt: now,
        approvedBy: em.getReference(User, actor.id, { wrapped: true }),
        items: snapshotOf(agenda),
      });
    }
    meeting.minutesStatus = rule.to;
    meeting.updatedAt = now;
    await em.flush();
    await recordMeetingChange(context, em, meeting, `meeting.minutes.${step.action}`, {
      from,
      to: rule.to,
      revision: meeting.minutesRevision,
    });
    return meeting;
  });
}

function applyCorrections(agenda: AgendaItem[], corrections: CorrectedMinutesInput[]): void {
  const byId = new Map(agenda.map((item) => [item.id, item]));
  const problems: Record<string, string> = {};
  corrections.forEach((correction, index) => {
    const item = byId.get(correction.agendaItemId);
    if (!item) problems[`corrections.${index}.agendaItemId`] = 'error.coordination.unknownItem';
    else item.minutes = correction.minutes;
  });
  if (Object.keys(problems).length > 0) throw badInput(problems);
}

const snapshotOf = (agenda: AgendaItem[]): RevisedItem[] =>
  [...agenda]
    .sort((a, b) => a.position - b.position)
    .map((item) => ({ agendaItemId: item.id, position: item.position, title: item.title, minutes: item.minutes }));

/**
 * A focal point of a member agency (or the secretariat) comments on one agenda item of circulated minutes,
 * or replies to a comment on the same item, until the comment deadline.
 */
export async function commentOnMinutes(
  context: RequestContext,
  input: { agendaItemId: string; body: string; replyToId?: string | null },
): Promise<MinutesComment> {
  const actor = actingUserOf(context);
  const body = input.body.trim();
  if (!body) throw badInput({ body: 'error.coordination.required' });
  if (body.length > LIMITS.comment) throw badInput({ body: 'error.coordination.tooLong' });
  return inUnitOfWork(context, async (em) => {
    const item = isUuid(input.agendaItemId) ? await em.findOne(AgendaItem, { id: input.agendaItemId }) : null;
    const meeting = item && (await findReadableMeeting(em, context.ability, item.meeting.id, { lockForUpdate: true }));
    if (!item || !meeting) throw notFound('AgendaItem');
    assertCan(context.ability, 'comment', meeting, 'Meeting');
    if (!COMMENTABLE.includes(meeting.minutesStatus))
      throw conflict('error.coordination.notCirculated', 'Only circulated minutes take comments');
    if (meeting.commentDeadline && meeting.commentDeadline <= new Date())
      throw conflict('error.coordination.deadlinePassed', 'The comment deadline has passed');
    let replyTo: MinutesComment | null = null;
    if (input.replyToId) {
      replyTo = isUuid(input.replyToId) ? await em.findOne(MinutesComment, { id: input.replyToId }) : null;
      if (!replyTo || replyTo.agendaItem.id !== item.id)
        throw badInput({ replyToId: 'error.coordination.unknownComment' });
    }
    const comment = em.create(MinutesComment, {
      meeting,
      agendaItem: item,
      replyTo,
      author: em.getReference(User, actor.id, { wrapped: true }),
      authorAgency: em.getReference(Agency, actor.agencyId, { wrapped: true }),
      body,
    });
    await em.flush();
    await recordMeetingChange(context, em, meeting, 'meeting.minutes.comment', { agendaItemId: item.id });
    return comment;
  });
}

/** The approved revisions of a meeting's minutes, oldest first, or none when the caller may not read minutes. */
export async function revisionsOf(context: RequestContext, meeting: Meeting): Promise<MinutesRevision[]> {
  if (!context.ability.can('readMinutes', meeting)) return [];
  return context.em.find(MinutesRevision, { meeting: meeting.id }, { orderBy: { number: 'asc' } });
}

/** The differences between two approved revisions of a meeting's minutes. */
export async function minutesDiff(
  context: RequestContext,
  meetingId: string,
  fromRevision: number,
  toRevision: number,
): Promise<AgendaItemDiff[]> {
  const meeting = await getReadableMeeting(context.em, context.ability, meetingId);
  if (!context.ability.can('readMinutes', meeting)) throw notFound('Meeting');
  const revisions = await revisionsByNumber(context.em, meeting.id, [fromRevision, toRevision]);
  const older = revisions.get(fromRevision);
  const newer = revisions.get(toRevision);
  if (!older) throw badInput({ fromRevision: 'error.coordination.unknownRevision' });
  if (!newer) throw badInput({ toRevision: 'error.coordination.unknownRevision' });
  return diffRevisions(older.items, newer.items);
}

async function revisionsByNumber(em: EntityManager, meetingId: string, numbers: number[]) {
  const rows = await em.find(MinutesRevision, { meeting: meetingId, number: { $in: numbers } });
  return new Map(rows.map((row) => [row.number, row]));
}

/** Comments on a meeting's minutes, oldest first, for those who may read them; none otherwise. */
export async function commentsOf(context: RequestContext, meeting: Meeting): Promise<MinutesComment[]> {
  if (!context.ability.can('readComments', meeting)) return [];
  return context.em.find(MinutesComment, { meeting: meeting.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}
