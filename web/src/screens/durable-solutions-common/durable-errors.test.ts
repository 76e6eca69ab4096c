import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { createI18n } from '../../i18n/i18n';
import { translateDurableError } from './durable-solutions-terms';

const durableSolutions = path.resolve(__dirname, '../../../../server/src/modules/durable-solutions');

/** Every error.durableSolutions.<problem> key the module sends, literally or through its add(path, problem) helpers. */
function keysSent(): string[] {
  const keys = new Set<string>();
  for (const name of readdirSync(durableSolutions).filter((file) => file.endsWith('.ts'))) {
    const source = readFileSync(path.join(durableSolutions, name), 'utf8');
    for (const [, key] of source.matchAll(/['`](error\.durableSolutions\.[A-Za-z]+)['`]/g)) if (key) keys.add(key);
    for (const [, problem] of source.matchAll(/add\([^,]+, '([A-Za-z]+)'\)/g))
      keys.add(`error.durableSolutions.${problem}`);
  }
  return [...keys].sort();
}

describe('what case workers read when the durable-solutions API refuses', () => {
  it.each(['es', 'en', 'pt', 'fr'] as const)(
    'has a %s text for every key the durable-solutions module sends',
    async (language) => {
      const { t } = await createI18n(language, ['durableSolutions']);
      const keys = keysSent();
      expect(keys.length).toBeGreaterThan(30);
      const untranslated = keys.filter((key) => {
        const error = new CombinedGraphQLErrors({
          errors: [{ message: 'developer text', extensions: { code: 'BAD_USER_INPUT', fields: { 'input.x': key } } }],
        });
        return translateDurableError(error, t).fields['input.x'] === t('validation.invalid');
      });
      expect(untranslated).toEqual([]);
    },
  );
});
