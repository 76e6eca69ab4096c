import type { Language } from '../../i18n/languages';

export const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const MEETING_KINDS = [
  'ORDINARY',
  'EXTRAORDINARY',
  'TECHNICAL_WORKING_GROUP',
  'JOINT_OPERATION_DEBRIEF',
] as const;
export const ATTENDANCE_STATUSES = ['PRESENT', 'BY_VIDEO', 'EXCUSED', 'ABSENT'] as const;
export const MEETING_LANGUAGES: readonly Language[] = ['es', 'en', 'pt', 'fr'];

export const meetingPath = (id: string) => `/coordination/meetings/${id}`;
export const mechanismPath = (id: string) => `/coordination/mechanisms/${id}`;
export const boardPath = (mechanismId: string) => `/coordination/mechanisms/${mechanismId}/follow-up`;
/** Downloads served by the coordination module's routes (server: coordination/exports). */
export const exportPaths = {
  actionsCsv: (mechanismId: string) => `/api/coordination/mechanisms/${mechanismId}/actions.csv`,
  decisionsCsv: (mechanismId: string) => `/api/coordination/mechanisms/${mechanismId}/decisions.csv`,
  calendar: (mechanismId: string) => `/api/coordination/mechanisms/${mechanismId}/calendar.ics`,
  invitation: (meetingId: string) => `/api/coordination/meetings/${meetingId}/invitation.ics`,
};
export const actionPath = (id: string) => `/coordination/actions/${id}`;

/** A meeting's time span in its own time zone (where it is held), with the zone named. */
export function formatMeetingSpan(startsAt: string, endsAt: string, timeZone: string, locale: string): string {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(new Date(startsAt));
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
  return `${day}, ${time(startsAt)}–${time(endsAt)} (${timeZone})`;
}

/**
 * A local date and time typed in a form (YYYY-MM-DDTHH:MM, as `<input type="datetime-local">` gives it) in an
 * IANA time zone, as an instant. Found by correcting a first UTC guess by the zone's offset at that moment.
 */
export function zonedToInstant(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN] = match.slice(1).map(Number); // 5 groups
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const offset = offsetOf(guess, timeZone);
  const first = guess - offset;
  // Around a clock change the offset at the corrected instant may differ: correct once more.
  return new Date(guess - offsetOf(first, timeZone));
}

function offsetOf(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return asUtc - Math.floor(instant / 60_000) * 60_000;
}

/** A two-column definition list (term, value), one column on small screens. */
export const definitionList = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' },
  columnGap: 3,
  rowGap: 0.75,
  m: 0,
  '& dt': { color: 'text.secondary' },
  '& dd': { m: 0 },
};
