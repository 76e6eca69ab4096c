import type { Language } from '../i18n/languages';
import { formatDay } from './format-date-time';

// A file of its own: format-date-time is in the shell, which the sign-in screen downloads; this is not needed there.
/** A calendar day (a LocalDate, "2027-01-15") in the user's language, as it is: no time zone moves it. */
export function formatCalendarDay(day: string, language: Language): string {
  return formatDay(`${day}T12:00:00Z`, language, 'UTC');
}
