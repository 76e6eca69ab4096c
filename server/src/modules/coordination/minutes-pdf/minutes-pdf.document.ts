import type { Content, DocumentDefinition } from 'pdfmake';
import { markdownToPdf } from './markdown-to-pdf';
import { MINUTES_PDF_TEXTS, type PdfLanguage } from './minutes-pdf.texts';

/** Everything the minutes PDF shows, already read through the permission checks (minutes-pdf.service.ts). */
export interface MinutesSnapshot {
  mechanismName: string;
  title: string;
  kind: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string | null;
  videoLink: string | null;
  minutesStatus: string;
  revision: number;
  approvedAt: Date | null;
  attendance: { name: string; jobTitle: string | null; agency: string; status: string }[];
  agenda: { position: number; title: string; presenter: string | null; minutes: string }[];
  decisions: { reference: string; text: string; status: string; agendaPosition: number | null }[];
  actions: { title: string; owner: string; dueDate: string; priority: string; status: string }[];
}

const LOCALES: Record<PdfLanguage, string> = { es: 'es', en: 'en-GB', pt: 'pt-BR', fr: 'fr' };

function dateTime(language: PdfLanguage, timeZone: string, value: Date, withTime = true): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
    timeZone,
  }).format(value);
}

/** A calendar date (YYYY-MM-DD) as the reader says it, with no time zone shift. */
function calendarDate(language: PdfLanguage, value: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${value}T00:00:00Z`),
  );
}

const table = (widths: (string | number)[], header: string[], rows: Content[][]): Content => ({
  table: {
    headerRows: 1,
    widths,
    dontBreakRows: true,
    body: [header.map((text) => ({ text, bold: true, fillColor: '#eeeeee' })), ...rows],
  },
  layout: 'lightHorizontalLines',
  margin: [0, 0, 0, 8],
});

function header(snapshot: MinutesSnapshot, language: PdfLanguage): Content[] {
  const t = MINUTES_PDF_TEXTS[language];
  const when = `${dateTime(language, snapshot.timeZone, snapshot.startsAt)} – ${dateTime(
    language,
    snapshot.timeZone,
    snapshot.endsAt,
  )} (${snapshot.timeZone})`;
  const revision =
    snapshot.minutesStatus === 'APPROVED' && snapshot.approvedAt
      ? `${t.revision} ${snapshot.revision}, ${t.approvedOn} ${dateTime(language, snapshot.timeZone, snapshot.approvedAt, false)}`
      : `${t.status[snapshot.minutesStatus] ?? snapshot.minutesStatus} (${t.notApproved})`;
  const facts: [string, string][] = [
    [t.mechanism, snapshot.mechanismName],
    [t.meeting, `${t.kind[snapshot.kind] ?? snapshot.kind}`],
    [t.when, when],
  ];
  if (snapshot.place) facts.push([t.place, snapshot.place]);
  if (snapshot.videoLink) facts.push([t.video, snapshot.videoLink]);
  facts.push([t.revision, revision]);
  return [
    { text: `${t.minutes}: ${snapshot.title}`, style: 'title' },
    {
      table: { widths: [90, '*'], body: facts.map(([label, value]) => [{ text: label, bold: true }, value]) },
      layout: 'noBorders',
      margin: [0, 0, 0, 10],
    },
  ];
}

function sections(snapshot: MinutesSnapshot, language: PdfLanguage): Content[] {
  const t = MINUTES_PDF_TEXTS[language];
  const content: Content[] = [];
  content.push({ text: t.attendance, style: 'section' });
  content.push(
    table(
      ['*', '*', 'auto'],
      [t.person, t.agency, ''],
      snapshot.attendance.map((entry) => [
        entry.jobTitle ? `${entry.name}\n${entry.jobTitle}` : entry.name,
        entry.agency,
        t.attendanceStatus[entry.status] ?? entry.status,
      ]),
    ),
  );
  content.push({ text: t.agenda, style: 'section' });
  for (const item of snapshot.agenda) {
    content.push({ text: `${item.position}. ${item.title}`, style: 'item' });
    if (item.presenter)
      content.push({ text: `${t.presenter}: ${item.presenter}`, italics: true, margin: [0, 0, 0, 4] });
    const minutes = item.minutes.trim() ? markdownToPdf(item.minutes) : [{ text: t.noMinutes, italics: true }];
    content.push({ stack: minutes, margin: [0, 0, 0, 6] });
  }
  content.push({ text: t.decisions, style: 'section' });
  content.push(
    snapshot.decisions.length === 0
      ? { text: t.noDecisions, italics: true }
      : table(
          ['auto', '*', 'auto'],
          [t.decisions, '', ''],
          snapshot.decisions.map((d) => [
            { text: d.reference, bold: true },
            d.agendaPosition ? `(${d.agendaPosition}) ${d.text}` : d.text,
            t.decisionStatus[d.status] ?? d.status,
          ]),
        ),
  );
  content.push({ text: t.actions, style: 'section' });
  content.push(
    snapshot.actions.length === 0
      ? { text: t.noActions, italics: true }
      : table(
          ['*', 'auto', 'auto', 'auto'],
          [t.actions, t.owner, t.due, ''],
          snapshot.actions.map((a) => [
            `${a.title} (${t.priority[a.priority] ?? a.priority})`,
            a.owner,
            calendarDate(language, a.dueDate),
            t.actionStatus[a.status] ?? a.status,
          ]),
        ),
  );
  return content;
}

/** The minutes of a meeting as a pdfmake document in one language: header, attendance, items, decisions, actions. */
export function minutesDocument(snapshot: MinutesSnapshot, language: PdfLanguage): DocumentDefinition {
  const t = MINUTES_PDF_TEXTS[language];
  return {
    info: { title: `${t.minutes}: ${snapshot.title}`, subject: snapshot.mechanismName, creator: 'Enlace' },
    language,
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 50],
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      section: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
      item: { fontSize: 11, bold: true, margin: [0, 6, 0, 2] },
    },
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: `${snapshot.mechanismName} · ${t.revision} ${snapshot.revision}`, fontSize: 8, color: '#555555' },
        { text: t.page(currentPage, pageCount), alignment: 'right', fontSize: 8, color: '#555555' },
      ],
      margin: [50, 10, 50, 0],
    }),
    content: [...header(snapshot, language), ...sections(snapshot, language)],
  };
}
