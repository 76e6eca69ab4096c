import { INTL_LOCALES, type Language } from '../i18n/languages';

/**
 * A moment shown in the user's language and time zone, with the zone named: officers on both sides of a border
 * often live an hour apart (e.g. Guatemala and Belize vs. Mexico's Quintana Roo).
 */
export function formatDateTime(iso: string, language: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(iso));
}
