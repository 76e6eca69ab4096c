/** Languages of the interface. Spanish first: most liaison officers work in it. */
export const LANGUAGES = ['es', 'en', 'pt', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'es';

/** Each language named in itself, so a user lost in the wrong language still finds their own. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  es: 'Español',
  en: 'English',
  pt: 'Português',
  fr: 'Français',
};

/** BCP 47 tags for Intl and <html lang>: Portuguese-speaking users are in Brazil, French-speaking in Haiti. */
export const INTL_LOCALES: Record<Language, string> = { es: 'es', en: 'en', pt: 'pt-BR', fr: 'fr' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
