import { readFileSync } from 'node:fs';
import { DATA_DICTIONARY_FILE, dataDictionaryMarkdown } from '../../server/src/docs/data-dictionary';

/**
 * docs/data-dictionary.md is generated from the entities and their comments: a column added, an enum value, a
 * personal-data declaration changed without regenerating (`pnpm docs:data-dictionary`) fails here.
 */
describe('the data dictionary', () => {
  let generated: string;
  beforeAll(async () => {
    generated = await dataDictionaryMarkdown();
  }, 60_000);

  it('is what the generator writes from the entities today', () => {
    expect(readFileSync(DATA_DICTIONARY_FILE, 'utf8')).toBe(generated);
  });

  it('marks the personal, sealed and de-identified columns and lists the HTCDS columns', () => {
    const row = (table: string, column: string) =>
      generated
        .slice(generated.indexOf(`## \`${table}\``))
        .split('\n')
        .find((line) => line.startsWith(`| ${column} |`));
    expect(row('referral_person', 'given_names')).toContain('| personal |');
    expect(row('survivor', 'personal_data')).toContain('personal, sealed: givenNames');
    expect(row('survivor', 'stat_age_band')).toContain('| de-identified |');
    expect(row('referral', 'category')).toContain('SUSPECTED_TRAFFICKING');
    expect(row('referral', 'status')).toContain('| no |');
    expect(generated).toContain('| ageBroad | 0-8, 9-17,');
  });
});
