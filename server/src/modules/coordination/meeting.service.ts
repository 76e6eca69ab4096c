import type { MeetingAction } from './coordination.policy';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findOnePermitted } from '../../platform/authz/accessible-query';
import { accessibleWhere } from '../../platform/authz/accessible-where';
import { assertCan, assertCanCreate } from '../../platform/authz/forbidden';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { badInput, conflict, notFound, unauthenticated } from '../../platform/graphql/errors';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { Agency, Mechanism, User } from '../identity';
import { NotificationKind, NotificationSubject, notifyAgency } from '../notifications';
import { AgendaItem } from './agenda-item.entity';
import { findReadableMeeting, getReadableMeeting, isUuid } from './meeting.access';
import { MeetingAttendance } from './meeting-attendance.entity';
import { Meeting } from './meeting.entity';
import { MeetingPeriod, MinutesStatus } from './meeting.enums';
import type { AgendaItemInput, AttendanceInput, MeetingInput } from './meeting.inputs';
import { AGENDA_EDITABLE, MINUTES_EDITABLE } from './meeting.lifecycle';
import { validateAgenda, validateAttendance, validateMeeting, validateMinutes } from './meeting.validation';
import { announceCoordinationActivity } from './live/coordination-live-event';

/** The signed-in person acting (meetings are written by people, not API tokens). */
export function actingUserOf(context: RequestContext) {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  return actor;
}

/** The mechanism of a meeting with its members and crossing points, to check what a meeting refers to. */
async function mechanismWithMembers(em: EntityManager, id: string): Promise<Mechanism> {
  return em.findOneOrFail(Mechanism, { id }, { populate: ['memberAgencies', 'crossingPoints'] });
}

function memberIdsOf(mechanism: Mechanism): Set<string> {
  return new Set([mechanism.secretariatAgency.id, ...mechanism.memberAgencies.getItems().map((agency) => agency.id)]);
}

function checkAgainstMechanism(mechanism: Mechanism, input: MeetingInput): void {
  const problems: Record<string, string> = {};
  const members = memberIdsOf(mechanism);
  if (input.invitedAgencyIds.some((id) => !members.has(id)))
    problems['input.invitedAgencyIds'] = 'error.coordination.notMember';
  if (input.crossingPointId && !mechanism.crossingPoints.getItems().some((p) => p.id === input.crossingPointId))
    problems['input.crossingPointId'] = 'error.coordination.notCrossingPoint';
  if (Object.keys(problems).length > 0) throw badInput(problems);
}

function writeMeeting(em: EntityManager, meeting: Meeting, input: MeetingInput): void {
  em.assign(meeting, {
    title: input.title.trim(),
    kind: input.kind,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    crossingPoint: input.crossingPointId ?? null,
    placeText: input.placeText?.trim() || null,
    videoLink: input.videoLink?.trim() || null,
    languages: [...input.languages],
  });
  meeting.invitedAgencies.set(input.invitedAgencyIds.map((id) => em.getReference(Agency, id)));
}

/** The secretariat schedules a meeting of a mechanism it runs; its minutes start as an empty draft. */
export async function createMeeting(context: RequestContext, mechanismId: string, input: MeetingInput) {
  const actor = actingUserOf(context);
  validateMeeting(input);
  return inUnitOfWork(context, async (em) => {
    const mechanism = isUuid(mechanismId)
      ? await findOnePermitted(em, context.ability, 'read', Mechanism, { id: mechanismId })
      : null;
    if (!mechanism) throw notFound('Mechanism');
    const meeting = new Meeting();
    meeting.mechanism = em.getReference(Mechanism, mechanism.id, { wrapped: true });
    meeting.createdBy = em.getReference(User, actor.id, { wrapped: true });
    assertCanCreate(context.ability, meeting);
    checkAgainstMechanism(await mechanismWithMembers(em, mechanism.id), input);
    writeMeeting(em, meeting, input);
    em.persist(meeting);
    await em.flush();
    await recordMeetingChange(context, em, meeting, 'meeting.create');
    // The invited agencies' liaison officers and secretariat staff find the new meeting in their notifications.
    for (const agencyId of input.invitedAgencyIds) {
      await notifyAgency(
        em,
        {
          kind: NotificationKind.MEETING_SCHEDULED,
          subjectType: NotificationSubject.MEETING,
          subjectId: meeting.id,
          reference: null,
        },
        { agencyId, roles: [Role.LIAISON_OFFICER, Role.SECRETARIAT], exceptUserId: actor.id },
      );
    }
    return meeting;
  });
}

/**
 * Loads a meeting for a change by the secretariat: locked, permitted, and in a status that allows the change.
 * Approved meetings are locked: only a correction (a new revision) changes them.
 */
export async function meetingForChange(
  context: RequestContext,
  em: EntityManager,
  meetingId: string,
  action: MeetingAction,
  allowedIn: readonly MinutesStatus[],
): Promise<Meeting> {
  const meeting = await getReadableMeeting(em, context.ability, meetingId, { lockForUpdate: true });
  assertCan(context.ability, action, meeting, 'Meeting');
  if (!allowedIn.includes(meeting.minutesStatus)) {
    throw conflict(
      meeting.minutesStatus === MinutesStatus.APPROVED ? 'error.coordination.locked' : 'error.coordination.wrongStatus',
      `The meeting's ${meeting.minutesStatus.toLowerCase()} minutes do not allow this change`,
    );
  }
  return meeting;
}

export async function updateMeeting(context: RequestContext, meetingId: string, input: MeetingInput) {
  validateMeeting(input);
  return inUnitOfWork(context, async (em) => {
    const meeting = await meetingForChange(context, em, meetingId, 'update', AGENDA_EDITABLE);
    checkAgainstMechanism(await mechanismWithMembers(em, meeting.mechanism.id), input);
    await meeting.invitedAgencies.init();
    writeMeeting(em, meeting, input);
    await em.flush();
    await recordMeetingChange(context, em, meeting, 'meeting.update');
    return meeting;
  });
}

/**
 * Replaces the agenda by the list given, in its order. Items named by id keep their minutes; items left out are
 * removed. Only while the minutes are a draft: circulated minutes are commented per item.
 */
export async function setAgenda(context: RequestContext, meetingId: string, items: AgendaItemInput[]) {
  validateAgenda(items);
  return inUnitOfWork(context, async (em) => {
    const meeting = await meetingForChange(context, em, meetingId, 'update', AGENDA_EDITABLE);
    const members = memberIdsOf(await mechanismWithMembers(em, meeting.mechanism.id));
    const existing = new Map((await meeting.agenda.loadItems()).map((item) => [item.id, item]));
    const problems: Record<string, string> = {};
    items.forEach((item, index) => {
      if (item.id && !existing.has(item.id)) problems[`items.${index}.id`] = 'error.coordination.unknownItem';
      if (item.presenterAgencyId && !members.has(item.presenterAgencyId))
        problems[`items.${index}.presenterAgencyId`] = 'error.coordination.notMember';
    });
    if (Object.keys(problems).length > 0) throw badInput(problems);
    const kept = new Set(items.map((item) => item.id).filter(Boolean));
    for (const [id, item] of existing) if (!kept.has(id)) em.remove(item);
    // Positions are rewritten in order; the removal and the new positions go in one flush.
    items.forEach((input, index) => {
      const item = input.id
        ? existing.get(input.id)!
        : em.create(AgendaItem, { meeting, position: index + 1, title: '' });
      em.assign(item, {
        position: index + 1,
        title: input.title.trim(),
        presenterAgency: input.presenterAgencyId ? em.getReference(Agency, input.presenterAgencyId) : null,
        slotStart: input.slotStart || null,
        durationMinutes: input.durationMinutes ?? null,
      });
    });
    await em.flush();
    await recordMeetingChange(context, em, meeting, 'meeting.agenda', { items: items.length });
    return meeting;
  });
}

/** Replaces the attendance list (who was there, by video, excused or absent). Not once approved. */
export async function setAttendance(context: RequestContext, meetingId: string, entries: AttendanceInput[]) {
  validateAttendance(entries);
  return inUnitOfWork(context, async (em) => {
    const meeting = await meetingForChange(context, em, meetingId, 'update', MINUTES_EDITABLE);
    const members = memberIdsOf(await mechanismWithMembers(em, meeting.mechanism.id));
    const problems: Record<string, string> = {};
    entries.forEach((entry, index) => {
      if (!members.has(entry.agencyId)) problems[`entries.${index}.agencyId`] = 'error.coordination.notMember';
    });
    if (Object.keys(problems).length > 0) throw badInput(problems);
    await em.nativeDelete(MeetingAttendance, { meeting: meeting.id });
    entries.forEach((entry, index) =>
      em.create(MeetingAttendance, {
        meeting,
        position: index + 1,
        name: entry.name.trim(),
        jobTitle: entry.jobTitle?.trim() || null,
        agency: em.getReference(Agency, entry.agencyId),
        status: entry.status,
      }),
    );
    meeting.updatedAt = new Date();
    await em.flush();
    await recordMeetingChange(context, em, meeting, 'meeting.attendance', { entries: entries.length });
    return meeting;
  });
}

/** The secretariat writes the minutes of one agenda item (draft or circulated; approved text is locked). */
export async function writeMinutes(context: RequestContext, agendaItemId: string, minutes: string) {
  validateMinutes('minutes', minutes);
  return inUnitOfWork(context, async (em) => {
    const item = isUuid(agendaItemId) ? await em.findOne(AgendaItem, { id: agendaItemId }) : null;
    // An item of a meeting the caller may not read answers exactly like a missing one.
    if (!item || !(await findReadableMeeting(em, context.ability, item.meeting.id))) throw notFound('AgendaItem');
    const meeting = await meetingForChange(context, em, item.meeting.id, 'update', MINUTES_EDITABLE);
    item.minutes = minutes;
    meeting.updatedAt = new Date();
    await em.flush();
    await recordMeetingChange(context, em, meeting, 'meeting.minutes.write', { agendaItemId: item.id });
    return item;
  });
}

/** The meetings of a mechanism the caller may read, upcoming (soonest first) or past (latest first). */
export async function listMeetings(
  context: RequestContext,
  mechanismId: string,
  period: MeetingPeriod,
  first: number,
): Promise<Meeting[]> {
  if (first < 1 || first > 100) throw badInput({ first: 'error.coordination.pageSize' });
  const { em, ability } = context;
  const permitted = accessibleWhere(ability, 'read', Meeting, em.getMetadata());
  if (!permitted || !isUuid(mechanismId)) return [];
  const now = new Date();
  const upcoming = period === MeetingPeriod.UPCOMING;
  return em.find(
    Meeting,
    { $and: [permitted, { mechanism: mechanismId }, upcoming ? { endsAt: { $gte: now } } : { endsAt: { $lt: now } }] },
    { orderBy: { startsAt: upcoming ? 'asc' : 'desc', id: 'asc' }, limit: first },
  );
}

/** Audit, in the change's transaction. Details carry statuses and counts, never names or texts. */
export async function recordMeetingChange(
  context: RequestContext,
  em: EntityManager,
  meeting: Meeting,
  action: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  const mechanism = await em.findOneOrFail(Mechanism, { id: meeting.mechanism.id });
  await context.audit.record(em, {
    action,
    entityType: 'Meeting',
    entityId: meeting.id,
    ownerAgencyId: mechanism.secretariatAgency.id,
    details: { mechanismId: mechanism.id, minutesStatus: meeting.minutesStatus, ...details },
  });
  // Whoever has the meeting (or the board) open refetches it once this commits.
  await announceCoordinationActivity(em, {
    type: 'coordination.meeting',
    mechanismId: mechanism.id,
    meetingId: meeting.id,
    actionItemId: typeof details.actionItemId === 'string' ? details.actionItemId : null,
  });
}
