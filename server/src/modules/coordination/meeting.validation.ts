import { badInput } from '../../platform/graphql/errors';
import { type AgendaItemInput, type AttendanceInput, LIMITS, type MeetingInput } from './meeting.inputs';
import { MEETING_LANGUAGES } from './meeting.enums';

type Problems = Record<string, string>;

const tooLong = (value: string | null | undefined, limit: number) => (value?.trim().length ?? 0) > limit;
const blank = (value: string | null | undefined) => !value?.trim();

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length <= 64;
  } catch {
    return false;
  }
}

/** A meeting's own fields; membership of agencies and crossing points is checked against the mechanism. */
export function validateMeeting(input: MeetingInput): void {
  const problems: Problems = {};
  if (blank(input.title)) problems['input.title'] = 'error.coordination.required';
  else if (tooLong(input.title, LIMITS.title)) problems['input.title'] = 'error.coordination.tooLong';
  if (!(input.startsAt instanceof Date) || Number.isNaN(input.startsAt.getTime()))
    problems['input.startsAt'] = 'error.coordination.required';
  if (!(input.endsAt instanceof Date) || !(input.endsAt > input.startsAt))
    problems['input.endsAt'] = 'error.coordination.endBeforeStart';
  if (!isTimeZone(input.timeZone)) problems['input.timeZone'] = 'error.coordination.timeZone';
  if (tooLong(input.placeText, LIMITS.placeText)) problems['input.placeText'] = 'error.coordination.tooLong';
  if (input.videoLink?.trim()) {
    if (tooLong(input.videoLink, LIMITS.videoLink)) problems['input.videoLink'] = 'error.coordination.tooLong';
    else if (!isHttpsLink(input.videoLink.trim())) problems['input.videoLink'] = 'error.coordination.videoLink';
  }
  if (!input.crossingPointId && blank(input.placeText) && blank(input.videoLink))
    problems['input.placeText'] = 'error.coordination.placeRequired';
  const languages = new Set(input.languages);
  if (
    languages.size === 0 ||
    languages.size !== input.languages.length ||
    ![...languages].every((language) => (MEETING_LANGUAGES as readonly string[]).includes(language))
  )
    problems['input.languages'] = 'error.coordination.languages';
  if (input.invitedAgencyIds.length > LIMITS.invitedAgencies)
    problems['input.invitedAgencyIds'] = 'error.coordination.tooMany';
  if (Object.keys(problems).length > 0) throw badInput(problems);
}

function isHttpsLink(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

const SLOT = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export function validateAgenda(items: AgendaItemInput[]): void {
  const problems: Problems = {};
  if (items.length > LIMITS.agendaItems) problems.items = 'error.coordination.tooMany';
  items.forEach((item, index) => {
    if (blank(item.title)) problems[`items.${index}.title`] = 'error.coordination.required';
    else if (tooLong(item.title, LIMITS.agendaTitle)) problems[`items.${index}.title`] = 'error.coordination.tooLong';
    if (item.slotStart && !SLOT.test(item.slotStart)) problems[`items.${index}.slotStart`] = 'error.coordination.slot';
    if (item.durationMinutes != null && (item.durationMinutes < 1 || item.durationMinutes > 1440))
      problems[`items.${index}.durationMinutes`] = 'error.coordination.duration';
  });
  if (Object.keys(problems).length > 0) throw badInput(problems);
}

export function validateAttendance(entries: AttendanceInput[]): void {
  const problems: Problems = {};
  if (entries.length > LIMITS.attendance) problems.entries = 'error.coordination.tooMany';
  entries.forEach((entry, index) => {
    if (blank(entry.name)) problems[`entries.${index}.name`] = 'error.coordination.required';
    else if (tooLong(entry.name, LIMITS.attendeeName)) problems[`entries.${index}.name`] = 'error.coordination.tooLong';
    if (tooLong(entry.jobTitle, LIMITS.jobTitle)) problems[`entries.${index}.jobTitle`] = 'error.coordination.tooLong';
  });
  if (Object.keys(problems).length > 0) throw badInput(problems);
}

/** A Markdown text of minutes: any length up to the limit (empty is allowed while drafting). */
export function validateMinutes(field: string, text: string): void {
  if (text.length > LIMITS.minutes) throw badInput({ [field]: 'error.coordination.tooLong' });
}
