import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import es from './catalogues/es.json';
import { DEFAULT_LANGUAGE, INTL_LOCALES, LANGUAGES, isLanguage, type Language } from './languages';

const STORAGE_KEY = 'enlace.language';

/**
 * Spanish ships with the first page; the other catalogues are separate chunks fetched on demand, so a slow
 * border-post connection does not download four languages to show one.
 */
const loadCatalogue: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    const catalogues: Record<Language, () => Promise<{ default: object }>> = {
      es: () => Promise.resolve({ default: es }),
      en: () => import('./catalogues/en.json'),
      pt: () => import('./catalogues/pt.json'),
      fr: () => import('./catalogues/fr.json'),
    };
    if (!isLanguage(language)) return callback(null, {});
    catalogues[language]().then(
      (catalogue) => callback(null, catalogue.default as Record<string, unknown>),
      (error: Error) => callback(error, null),
    );
  },
};

export function initialLanguage(): Language {
  const stored = safeStorage()?.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = navigator.language.slice(0, 2);
  return isLanguage(browser) ? browser : DEFAULT_LANGUAGE;
}

/** Creates the app's i18next instance (a fresh one per test) with ICU plurals and on-demand catalogues. */
export async function createI18n(language: Language = initialLanguage()): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (next) => {
    if (!isLanguage(next)) return;
    document.documentElement.lang = INTL_LOCALES[next];
    safeStorage()?.setItem(STORAGE_KEY, next);
  });
  await instance
    .use(ICU)
    .use(loadCatalogue)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      resources: { es: { translation: es } },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  return instance;
}

export function currentLanguage(instance: I18n): Language {
  return isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : DEFAULT_LANGUAGE;
}

/** localStorage throws in some locked-down browsers; the language then simply is not remembered. */
function safeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
