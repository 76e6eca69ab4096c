import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import esShell from './catalogues/es/shell.json';
import { DEFAULT_LANGUAGE, INTL_LOCALES, LANGUAGES, isLanguage, type Language } from './languages';
import { icuFormat } from './message-format';

/**
 * The catalogues come in namespaces: `shell` (menu, sign-in, errors: what the first page needs) and one per
 * group of screens, each file `catalogues/<language>/<namespace>.json` holding one top-level section named
 * like the namespace (the referrals file holds `referrals.…`), so keys read the same in every file. A screen
 * names its namespaces in app/screens.ts and they are fetched with its code. Adding one: the four files plus
 * its name here.
 */
export const SHELL_NAMESPACE = 'shell';
export const SCREEN_NAMESPACES = [
  'home',
  'signIn',
  'referrals',
  'account',
  'audit',
  'admin',
  'protection',
  'coordination',
  'coordinationWork',
  'durableSolutions',
  'statistics',
  'checks',
] as const;
export type ScreenNamespace = (typeof SCREEN_NAMESPACES)[number];

const STORAGE_KEY = 'enlace.language';

/**
 * The Spanish shell ships with the first page; every other catalogue is a separate chunk fetched on demand, so
 * a slow border-post connection downloads neither four languages nor the texts of screens it never opens.
 */
const loadCatalogue: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    if (!isLanguage(language) || !isNamespace(namespace)) return callback(null, {});
    catalogueModule(language, namespace).then(
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

function catalogueModule(language: Language, namespace: string): Promise<{ default: object }> {
  if (language === 'es' && namespace === SHELL_NAMESPACE) return Promise.resolve({ default: esShell });
  return import(`./catalogues/${language}/${namespace}.json`);
}

/**
 * Starts downloading a screen's catalogues alongside its code (the page's language is on <html lang>), so a
 * slow line waits for one round trip, not two. The i18next backend then finds the module already loaded.
 */
export function prefetchCatalogues(namespaces: readonly ScreenNamespace[]): Promise<unknown> {
  const language = document.documentElement.lang.slice(0, 2);
  if (!isLanguage(language)) return Promise.resolve();
  return Promise.all(namespaces.map((namespace) => catalogueModule(language, namespace).catch(() => null)));
}

const isNamespace = (name: string): boolean =>
  name === SHELL_NAMESPACE || (SCREEN_NAMESPACES as readonly string[]).includes(name);

/**
 * Creates the app's i18next instance (a fresh one per test) with ICU plurals (our small formatter, message-format.ts) and on-demand catalogues.
 * `preload` loads screen namespaces at once (tests rendering a screen without its route).
 */
export async function createI18n(
  language: Language = initialLanguage(),
  preload: readonly ScreenNamespace[] = [],
): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (next) => {
    if (!isLanguage(next)) return;
    document.documentElement.lang = INTL_LOCALES[next];
    safeStorage()?.setItem(STORAGE_KEY, next);
  });
  await instance
    .use(icuFormat())
    .use(loadCatalogue)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      resources: { es: { [SHELL_NAMESPACE]: esShell } },
      partialBundledLanguages: true,
      ns: [SHELL_NAMESPACE, ...preload],
      defaultNS: SHELL_NAMESPACE,
      // Keys keep their section prefix (`referrals.status.SENT`), so t() finds them in whichever namespace
      // holds that section once it is loaded.
      fallbackNS: [...SCREEN_NAMESPACES],
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
