import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { createI18n } from '../../i18n/i18n';
import { translateProtectionError } from './protection-terms';

const protection = path.resolve(__dirname, '../../../../server/src/modules/protection');

/** Every error.protection.<problem> key the protection module sends (status conflicts: one per status). */
function keysSent(): string[] {
  const keys = new Set<string>();
  for (const name of readdirSync(protection).filter((file) => file.endsWith('.ts'))) {
    const source = readFileSync(path.join(protection, name), 'utf8');
    for (const [, key] of source.matchAll(/['`](error\.protection\.[A-Za-z.]+)['`]/g)) if (key) keys.add(key);
    // Validation helpers: add(path, 'problem') prefixes the module's (or the consent's) key.
    const scoped = source.match(/`(error\.protection\.[A-Za-z]+\.)\$\{key\}`/);
    const prefix = scoped ? scoped[1] : 'error.protection.';
    for (const [, problem] of source.matchAll(/add\([^,]+, '([A-Za-z]+)'\)/g)) keys.add(`${prefix}${problem}`);
    if (source.includes('error.protection.already${'))
      for (const status of ['OPEN', 'CLOSED']) keys.add(`error.protection.already${status}`);
  }
  return [...keys].sort();
}

describe('what case workers read when the protection API refuses', () => {
  it.each(['es', 'en', 'pt', 'fr'] as const)(
    'has a %s text for every key the protection module sends',
    async (language) => {
      const { t } = await createI18n(language, ['protection']);
      const keys = keysSent();
      expect(keys.length).toBeGreaterThan(20);
      const untranslated = keys.filter((key) => {
        const error = new CombinedGraphQLErrors({
          errors: [{ message: 'developer text', extensions: { code: 'BAD_USER_INPUT', fields: { 'input.x': key } } }],
        });
        return translateProtectionError(error, t).fields['input.x'] === t('validation.invalid');
      });
      expect(untranslated).toEqual([]);
    },
  );
});
