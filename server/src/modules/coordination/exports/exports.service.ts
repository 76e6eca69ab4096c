import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventAttributes } from 'ics';
import { accessibleWhere } from '../../../platform/authz/accessible-where';
import type { RequestContext } from '../../../platform/context';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { type Agency, Mechanism } from '../../identity';
import { ActionItem } from '../action-item.entity';
import { Decision } from '../decision.entity';
import { findReadableMeeting, isUuid } from '../meeting.access';
import { Meeting } from '../meeting.entity';
import { csvOf } from '../../../platform/documents/csv-cells';

/** A file to send: its name, type and content. */
export interface ExportFile {
  fileName: string;
  mediaType: string;
  content: string;
}

/** Whether the caller's agency belongs to the mechanism (member or secretariat): the same rule as its meetings. */
function mayReadMechanism(context: RequestContext, mechanismId: string): boolean {
  return (
    isUuid(mechanismId) &&
    context.ability.can('read', { __subjectType: 'Meeting', mechanism: { id: mechanismId } } as never)
  );
}

/** Every export leaves one audit row, written with the read (like an attachment download). */
async function audited<T>(
  context: RequestContext,
  action: string,
  entity: { type: string; id: string },
  read: (em: EntityManager) => Promise<T | null>,
): Promise<T | null> {
  return inUnitOfWork(context, async (em) => {
    const result = await read(em);
    if (result !== null)
      await context.audit.record(em, { action, entityType: entity.type, entityId: entity.id, details: {} });
    return result;
  });
}

const ACTION_COLUMNS = [
  'title',
  'owner_agency',
  'due_date',
  'due_at_utc',
  'priority',
  'status',
  'overdue',
  'meeting',
  'decision',
] as const;

/** A mechanism's action items as CSV, soonest due first; null when the caller is no member of it. */
export async function actionsCsv(context: RequestContext, mechanismId: string): Promise<ExportFile | null> {
  if (!mayReadMechanism(context, mechanismId)) return null;
  return audited(context, 'coordination.export.actions', { type: 'Mechanism', id: mechanismId }, async (em) => {
    const permitted = accessibleWhere(context.ability, 'read', ActionItem, em.getMetadata());
    if (!permitted) return null;
    const actions = await em.find(ActionItem, { $and: [permitted, { mechanism: mechanismId }] } as never, {
      orderBy: { dueAt: 'asc', id: 'asc' },
      populate: ['ownerAgency', 'meeting', 'decision'],
    });
    const rows = actions.map((action) => [
      action.title,
      (action.ownerAgency.getEntity() as Agency).acronym,
      action.dueDate,
      action.dueAt.toISOString(),
      action.priority,
      action.status,
      action.overdue ? 'yes' : 'no',
      (action.meeting?.getEntity() as Meeting | undefined)?.title ?? '',
      action.decision ? (action.decision.getEntity() as Decision).reference : '',
    ]);
    return { fileName: 'actions.csv', mediaType: 'text/csv; charset=utf-8', content: csvOf(ACTION_COLUMNS, rows) };
  });
}

const DECISION_COLUMNS = ['reference', 'year', 'number', 'status', 'text', 'meeting', 'meeting_date'] as const;

/** A mechanism's decisions as CSV in number order; null when the caller is no member of it. */
export async function decisionsCsv(context: RequestContext, mechanismId: string): Promise<ExportFile | null> {
  if (!mayReadMechanism(context, mechanismId)) return null;
  return audited(context, 'coordination.export.decisions', { type: 'Mechanism', id: mechanismId }, async (em) => {
    const permitted = accessibleWhere(context.ability, 'read', Decision, em.getMetadata());
    if (!permitted) return null;
    const decisions = await em.find(Decision, { $and: [permitted, { mechanism: mechanismId }] } as never, {
      orderBy: { year: 'asc', number: 'asc' },
      populate: ['meeting'],
    });
    const rows = decisions.map((decision) => {
      const meeting = decision.meeting.getEntity() as Meeting;
      return [
        decision.reference,
        decision.year,
        decision.number,
        decision.status,
        decision.text,
        meeting.title,
        meeting.startsAt.toISOString().slice(0, 10),
      ];
    });
    return {
      fileName: 'decisions.csv',
      mediaType: 'text/csv; charset=utf-8',
      content: csvOf(DECISION_COLUMNS, rows),
    };
  });
}

const PRODUCT_ID = '-//Enlace//Coordination//ES';

/** A meeting as an iCalendar event: times in UTC (calendars show them in each reader's zone). */
function eventOf(meeting: Meeting, place: string | null, link: string): EventAttributes {
  return {
    uid: `meeting-${meeting.id}@enlace`,
    productId: PRODUCT_ID,
    title: meeting.title,
    start: meeting.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: meeting.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    location: [place, meeting.videoLink].filter(Boolean).join(' · ') || undefined,
    url: link,
    status: 'CONFIRMED',
  };
}

const placeOf = (meeting: Meeting) =>
  [meeting.crossingPoint?.getEntity().name, meeting.placeText].filter(Boolean).join(' · ') || null;

/** One meeting as an .ics invitation; null when the caller may not read it. */
export async function meetingIcs(
  context: RequestContext,
  meetingId: string,
  linkOf: (meetingId: string) => string,
): Promise<ExportFile | null> {
  return audited(context, 'coordination.export.meeting-ics', { type: 'Meeting', id: meetingId }, async (em) => {
    const meeting = await findReadableMeeting(em, context.ability, meetingId);
    if (!meeting) return null;
    await em.populate(meeting, ['crossingPoint']);
    // Loaded on first use, like the other document libraries (the server's cold start, docs/benchmarks.md).
    const { createEvent } = await import('ics');
    const { error, value } = createEvent({
      ...eventOf(meeting, placeOf(meeting), linkOf(meeting.id)),
      method: 'PUBLISH',
    });
    if (error || !value) throw error ?? new Error('ics: no calendar');
    return { fileName: 'meeting.ics', mediaType: 'text/calendar; charset=utf-8', content: value };
  });
}

/** A mechanism's upcoming meetings (and those under way) as one calendar; null when the caller is no member. */
export async function mechanismCalendar(
  context: RequestContext,
  mechanismId: string,
  linkOf: (meetingId: string) => string,
): Promise<ExportFile | null> {
  if (!mayReadMechanism(context, mechanismId)) return null;
  return audited(context, 'coordination.export.calendar', { type: 'Mechanism', id: mechanismId }, async (em) => {
    const permitted = accessibleWhere(context.ability, 'read', Meeting, em.getMetadata());
    if (!permitted) return null;
    const mechanism = await em.findOneOrFail(Mechanism, { id: mechanismId });
    const meetings = await em.find(
      Meeting,
      { $and: [permitted, { mechanism: mechanismId, endsAt: { $gte: new Date() } }] } as never,
      { orderBy: { startsAt: 'asc', id: 'asc' }, populate: ['crossingPoint'], limit: 200 },
    );
    const calName = mechanism.names.es ?? mechanism.names.en ?? 'Enlace';
    if (meetings.length === 0) {
      // ics refuses an empty list; an empty calendar is still a valid feed.
      const empty = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT_ID}`, 'END:VCALENDAR', ''].join('\r\n');
      return { fileName: 'calendar.ics', mediaType: 'text/calendar; charset=utf-8', content: empty };
    }
    const { createEvents } = await import('ics');
    const { error, value } = createEvents(
      meetings.map((meeting) => eventOf(meeting, placeOf(meeting), linkOf(meeting.id))),
      { productId: PRODUCT_ID, calName, method: 'PUBLISH' },
    );
    if (error || !value) throw error ?? new Error('ics: no calendar');
    return { fileName: 'calendar.ics', mediaType: 'text/calendar; charset=utf-8', content: value };
  });
}
