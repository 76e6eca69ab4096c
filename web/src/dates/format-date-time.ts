import { INTL_LOCALES, type Language } from '../i18n/languages';

/**
 * A moment shown in the user's language and time zone, with the zone named: officers on both sides of a border
 * often work an hour apart (e.g. Guatemala and Mexico's Quintana Roo). Explicit fields rather than
 * `dateStyle`/`timeStyle`, which Intl refuses to combine with `timeZoneName`.
 */
export function formatDateTime(iso: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** The day of a moment in the user's language and time zone, for lines where the hour adds nothing ("sent on"). */
export function formatDay(iso: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone,
  }).format(new Date(iso));
}
