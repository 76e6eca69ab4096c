import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { createI18n } from './i18n';
import { LANGUAGES } from './languages';
import { formatMessage } from './message-format';

/** Every catalogue string of one language, by key. */
function messages(language: string): [string, string][] {
  const dir = path.join(__dirname, 'catalogues', language);
  const out: [string, string][] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') out.push([key, value]);
    else for (const [name, nested] of Object.entries(value as object)) walk(nested, key ? `${key}.${name}` : name);
  };
  for (const file of readdirSync(dir)) walk(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), '');
  return out;
}

/** The arguments a message names, read from intl-messageformat's own parse: name -> numeric or not. */
function argumentsOf(message: string): Map<string, boolean> {
  const names = new Map<string, boolean>();
  const walk = (elements: unknown[]) => {
    for (const element of elements as {
      type: number;
      value: string;
      options?: Record<string, { value: unknown[] }>;
    }[]) {
      // 1 argument, 2 number, 5 select, 6 plural (intl-messageformat's TYPE enum)
      if (element.type === 1) names.set(element.value, names.get(element.value) ?? false);
      if (element.type === 2 || element.type === 6) names.set(element.value, true);
      if (element.type === 5) names.set(element.value, false);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, 'es').getAst() as unknown[]);
  return names;
}

/** What i18next-icu showed: intl-messageformat's text, or the message as written when formatting failed. */
function before(message: string, language: string, values: Record<string, unknown>): string {
  try {
    return String(new IntlMessageFormat(message, language, undefined, { ignoreTag: true }).format(values));
  } catch {
    return message;
  }
}

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 1000, 1234567, 2.5];

describe('the message formatter', () => {
  it.each(LANGUAGES)('renders every %s catalogue string as intl-messageformat did', (language) => {
    const all = messages(language);
    expect(all.length).toBeGreaterThan(500);
    let plurals = 0;
    for (const [key, message] of all) {
      const names = argumentsOf(message);
      if ([...names.values()].some(Boolean)) plurals++;
      const valueSets: Record<string, unknown>[] = [{}];
      for (const count of COUNTS) {
        valueSets.push(
          Object.fromEntries([...names].map(([name, numeric]) => [name, numeric ? count : `«${name} ${count}»`])),
        );
      }
      // Every value present but one, and names given as numbers (a count shown in a plain `{shown}`).
      for (const [missing] of names) {
        valueSets.push(Object.fromEntries([...names].filter(([name]) => name !== missing).map(([name]) => [name, 7])));
      }
      for (const values of valueSets) {
        expect({ key, values, text: formatMessage(message, language, values) }).toEqual({
          key,
          values,
          text: before(message, language, values),
        });
      }
    }
    expect(plurals).toBeGreaterThan(10);
  });

  it.each([
    ["{agency}'s system", { agency: 'ACNUR' }, "ACNUR's system"],
    ["It''s '{literal}' and '#'", {}, "It's {literal} and '#'"],
    ["{n, plural, one {# '#' item} other {# items}}", { n: 1 }, '1 # item'],
    ['{n, plural, =0 {none} one {# day} other {{who} has # days}}', { n: 1234, who: 'Ana' }, 'Ana has 1,234 days'],
    ['{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', { n: 22 }, '22nd'],
    ['{kind, select, a {Alpha} other {Other}}', { kind: 'b' }, 'Other'],
    ['{n, number} left', { n: 12345 }, '12,345 left'],
    ['Hello {name}', {}, 'Hello {name}'],
    ['{n, date, short}', { n: 1 }, '{n, date, short}'],
    ['broken {', {}, 'broken {'],
    ['<b>{name}</b>', { name: 'x' }, '<b>x</b>'],
  ])('formats %j', (message, values, expected) => {
    expect(formatMessage(message, 'en', values)).toBe(expected);
    if (!message.includes('date')) expect(before(message, 'en', values)).toBe(expected);
  });

  it('is the formatter i18next uses', async () => {
    const i18n = await createI18n('en', ['referrals']);
    expect(i18n.t('referrals.inbox.shown', { total: 1234, shown: 50 })).toBe('50 of 1,234 referrals');
    expect(i18n.t('referrals.inbox.shown', { total: 0, shown: 0 })).toBe('No referrals');
  });
});
