import type { RequestContext } from '../../../platform/context';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { Agency, CrossingPoint, Mechanism } from '../../identity';
import { ActionItem } from '../action-item.entity';
import { AgendaItem } from '../agenda-item.entity';
import { Decision } from '../decision.entity';
import { findReadableMeeting } from '../meeting.access';
import { MeetingAttendance } from '../meeting-attendance.entity';
import type { Meeting } from '../meeting.entity';
import { renderPdf } from '../../../platform/documents/pdf-renderer';
import { minutesDocument, type MinutesSnapshot } from './minutes-pdf.document';
import { pdfLanguageOf, type PdfLanguage } from './minutes-pdf.texts';

export interface MinutesPdf {
  content: Buffer;
  fileName: string;
  language: PdfLanguage;
}

/** Everything the PDF shows about one meeting, read in the caller's unit of work. */
async function snapshotOf(
  em: Parameters<Parameters<typeof inUnitOfWork>[1]>[0],
  meeting: Meeting,
  language: PdfLanguage,
): Promise<MinutesSnapshot> {
  const mechanism = await em.findOneOrFail(Mechanism, { id: meeting.mechanism.id });
  const agencies = new Map<string, string>();
  const agencyName = async (id: string) => {
    if (!agencies.has(id)) {
      const agency = await em.findOneOrFail(Agency, { id });
      agencies.set(id, `${agency.acronym} — ${agency.name}`);
    }
    return agencies.get(id)!;
  };
  const agenda = await em.find(AgendaItem, { meeting: meeting.id }, { orderBy: { position: 'asc' } });
  const attendance = await em.find(MeetingAttendance, { meeting: meeting.id }, { orderBy: { position: 'asc' } });
  const decisions = await em.find(Decision, { meeting: meeting.id }, { orderBy: { year: 'asc', number: 'asc' } });
  const actions = await em.find(ActionItem, { meeting: meeting.id }, { orderBy: { dueDate: 'asc', id: 'asc' } });
  const crossingPoint = meeting.crossingPoint
    ? await em.findOne(CrossingPoint, { id: meeting.crossingPoint.id })
    : null;
  const positionOf = new Map(agenda.map((item) => [item.id, item.position]));
  return {
    mechanismName: mechanism.names[language] ?? mechanism.names.es,
    title: meeting.title,
    kind: meeting.kind,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    timeZone: meeting.timeZone,
    place: [crossingPoint?.name, meeting.placeText].filter(Boolean).join(' — ') || null,
    videoLink: meeting.videoLink ?? null,
    minutesStatus: meeting.minutesStatus,
    revision: meeting.minutesRevision,
    approvedAt: meeting.approvedAt ?? null,
    attendance: await Promise.all(
      attendance.map(async (entry) => ({
        name: entry.name,
        jobTitle: entry.jobTitle ?? null,
        agency: await agencyName(entry.agency.id),
        status: entry.status,
      })),
    ),
    agenda: await Promise.all(
      agenda.map(async (item) => ({
        position: item.position,
        title: item.title,
        presenter: item.presenterAgency ? await agencyName(item.presenterAgency.id) : null,
        minutes: item.minutes,
      })),
    ),
    decisions: decisions.map((decision) => ({
      reference: decision.reference,
      text: decision.text,
      status: decision.status,
      agendaPosition: decision.agendaItem ? (positionOf.get(decision.agendaItem.id) ?? null) : null,
    })),
    actions: await Promise.all(
      actions.map(async (action) => ({
        title: action.title,
        owner: await agencyName(action.ownerAgency.id),
        dueDate: action.dueDate,
        priority: action.priority,
        status: action.status,
      })),
    ),
  };
}

/**
 * The minutes of a meeting as a PDF in one of the meeting's languages (the first by default), for whoever may
 * read the minutes in their present status (coordination.policy.ts, `readMinutes`): the secretariat from the
 * draft, focal points from circulation, every member agency user once approved. Anyone else gets null, which
 * the route answers exactly like a missing meeting. Each download is audited in its own transaction.
 */
export async function minutesPdf(
  context: RequestContext,
  meetingId: string,
  requestedLanguage?: string,
): Promise<MinutesPdf | null> {
  if (!context.actor) return null;
  const snapshot = await inUnitOfWork(context, async (em) => {
    const meeting = await findReadableMeeting(em, context.ability, meetingId);
    if (!meeting || !context.ability.can('readMinutes', meeting)) return null;
    const languages = meeting.languages.map(pdfLanguageOf).filter((l): l is PdfLanguage => l !== null);
    const wanted = pdfLanguageOf(requestedLanguage);
    const language = wanted && languages.includes(wanted) ? wanted : (languages[0] ?? 'es');
    const mechanism = await em.findOneOrFail(Mechanism, { id: meeting.mechanism.id });
    await context.audit.record(em, {
      action: 'meeting.minutes.pdf',
      entityType: 'Meeting',
      entityId: meeting.id,
      ownerAgencyId: mechanism.secretariatAgency.id,
      details: { mechanismId: mechanism.id, revision: meeting.minutesRevision, language },
    });
    return { data: await snapshotOf(em, meeting, language), language, meeting };
  });
  if (!snapshot) return null;
  // Made after the transaction: rendering takes CPU, not the database.
  const content = await renderPdf(minutesDocument(snapshot.data, snapshot.language));
  const revision = snapshot.meeting.minutesRevision;
  const day = snapshot.meeting.startsAt.toISOString().slice(0, 10);
  return { content, language: snapshot.language, fileName: `minutes-${day}-r${revision}-${snapshot.language}.pdf` };
}
