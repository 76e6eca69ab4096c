import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { SCREEN_NAMESPACES, SHELL_NAMESPACE } from './i18n';
import { INTL_LOCALES, LANGUAGES, type Language } from './languages';

const NAMESPACES = [SHELL_NAMESPACE, ...SCREEN_NAMESPACES];
const catalogueFile = (language: Language, namespace: string) =>
  path.join(__dirname, 'catalogues', language, `${namespace}.json`);
const readCatalogue = (language: Language, namespace: string): Record<string, unknown> =>
  JSON.parse(readFileSync(catalogueFile(language, namespace), 'utf8')) as Record<string, unknown>;

/** One language's namespaces merged: every key is unique across files (a screen file holds its own section). */
const catalogues = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    Object.assign({}, ...NAMESPACES.map((namespace) => readCatalogue(language, namespace))) as object,
  ]),
) as Record<Language, object>;

function flatten(catalogue: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') entries.set(prefix + key, value);
    else for (const [nested, text] of flatten(value as object, `${prefix}${key}.`)) entries.set(nested, text);
  }
  return entries;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'gql' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

const keysByLanguage = Object.fromEntries(
  Object.entries(catalogues).map(([language, catalogue]) => [language, flatten(catalogue)]),
) as Record<Language, Map<string, string>>;
const allKeys = new Set(Object.values(keysByLanguage).flatMap((keys) => [...keys.keys()]));
const sections = new Set(Object.keys(catalogues.es));

describe('the interface catalogues', () => {
  it('has one file per language and namespace, and nothing else', () => {
    for (const language of LANGUAGES) {
      const files = readdirSync(path.join(__dirname, 'catalogues', language)).sort();
      expect(files).toEqual(NAMESPACES.map((namespace) => `${namespace}.json`).sort());
    }
  });

  it.each(SCREEN_NAMESPACES)('keeps the %s namespace in one section of its own name', (namespace) => {
    for (const language of LANGUAGES) expect(Object.keys(readCatalogue(language, namespace))).toEqual([namespace]);
    const shellSections = Object.keys(readCatalogue('es', SHELL_NAMESPACE));
    expect(shellSections).not.toContain(namespace);
  });

  it.each(Object.keys(catalogues) as Language[])('%s has every key that another language has', (language) => {
    const missing = [...allKeys].filter((key) => !keysByLanguage[language].has(key));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(catalogues) as Language[])('%s has only valid ICU messages', (language) => {
    for (const [key, text] of keysByLanguage[language]) {
      expect(() => new IntlMessageFormat(text, INTL_LOCALES[language])).not.toThrow(key);
    }
  });

  it('has every key the code uses', () => {
    // A key is any string literal "<section>.<name>" whose section is a catalogue section (nav., error., ...):
    // t('...') calls, titleKey entries and zod message keys alike.
    const used = new Map<string, string>();
    for (const file of sourceFiles(path.resolve(__dirname, '..'))) {
      for (const [, key] of readFileSync(file, 'utf8').matchAll(/['"`]([a-z][A-Za-z]*(?:\.[A-Za-z0-9_]+)+)['"`]/g)) {
        // the pattern's group always matches and holds a dot
        if (key && sections.has(key.slice(0, key.indexOf('.')))) used.set(key, path.basename(file));
      }
    }
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter(([key]) => !allKeys.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('translates every message key the server sends', () => {
    // server/src/platform/graphql/errors.ts: the keys of its typed errors.
    for (const key of [
      'error.notFound',
      'error.forbidden',
      'error.unauthenticated',
      'error.badInput',
      'error.internal',
      'error.conflict',
      // server/src/platform/graphql/connection.ts: every list's page size and cursor.
      'error.page.size',
      'error.page.cursor',
      // platform/http/rate-limits.ts, platform/graphql/operation-limits.ts and input-limits.ts.
      'error.tooManyRequests',
      'error.operationTooLarge',
      'error.input.tooLong',
      'error.input.tooManyItems',
      'error.input.invalidCharacters',
      'error.input.invalidId',
      'error.input.dateOutOfRange',
      'error.input.unknownEntityType',
      'error.input.tooDeep',
    ]) {
      expect(allKeys).toContain(key);
    }
  });
});
