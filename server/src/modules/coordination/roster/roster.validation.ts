import { badInput } from '../../../platform/graphql/errors';
import { LIBRARY_LANGUAGES } from '../library/library.enums';
import { isTimeZone } from '../meeting.validation';
import { ROSTER_LIMITS, type DutyContactInput } from './roster.inputs';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:MM" as minutes after midnight. */
export function minuteOf(time: string): number {
  const [, hours, minutes] = TIME.exec(time) ?? [];
  return Number(hours) * 60 + Number(minutes);
}

/** Minutes after midnight as "HH:MM" (1440, the end of the day, as 24:00). */
export function timeOf(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

const LENGTHS = ['deskName', 'officerName', 'phone', 'radioChannel', 'email', 'secureChannel'] as const;

/** A roster line's own fields; its crossing point must be one of the mechanism's. */
export function validateDutyContact(input: DutyContactInput, crossingPointIds: Set<string>): void {
  const problems: Record<string, string> = {};
  for (const field of LENGTHS) {
    if ((input[field]?.trim().length ?? 0) > ROSTER_LIMITS[field])
      problems[`input.${field}`] = 'error.coordination.tooLong';
  }
  if (!input.deskName.trim()) problems['input.deskName'] = 'error.coordination.required';
  if (!input.phone.trim()) problems['input.phone'] = 'error.coordination.required';
  if (!isTimeZone(input.timeZone)) problems['input.timeZone'] = 'error.coordination.timeZone';
  if (input.crossingPointId && !crossingPointIds.has(input.crossingPointId))
    problems['input.crossingPointId'] = 'error.coordination.notCrossingPoint';
  if (
    input.languages.length > ROSTER_LIMITS.languages ||
    input.languages.some((language) => !(LIBRARY_LANGUAGES as readonly string[]).includes(language))
  )
    problems['input.languages'] = 'error.coordination.languages';
  if (!input.alwaysOn) {
    if (input.days.length === 0 || input.days.some((day) => !Number.isInteger(day) || day < 1 || day > 7))
      problems['input.days'] = 'error.coordination.required';
    if (!TIME.test(input.from ?? '')) problems['input.from'] = 'error.coordination.slot';
    if (!TIME.test(input.until ?? '')) problems['input.until'] = 'error.coordination.slot';
    else if (input.from === input.until) problems['input.until'] = 'error.coordination.slot';
  }
  if (Object.keys(problems).length > 0) throw badInput(problems);
}
