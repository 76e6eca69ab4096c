/**
 * How an identifier becomes the text a blind index is computed from, the same on every side of a check (Enlace,
 * a national alert list): accents folded, other scripts transliterated, case and punctuation dropped, name
 * particles removed. Two officers typing the same person in different ways must reach the same text; nothing
 * here ever leaves the server, only its HMAC does.
 */

// Letters NFKD does not take apart, and the common Cyrillic ones (ICAO Doc 9303 transliteration).
const LETTERS: Record<string, string> = {
  ß: 'SS',
  Æ: 'AE',
  Œ: 'OE',
  Ø: 'O',
  Ł: 'L',
  Đ: 'D',
  Þ: 'TH',
  Ð: 'D',
  ı: 'I',
  А: 'A',
  Б: 'B',
  В: 'V',
  Г: 'G',
  Д: 'D',
  Е: 'E',
  Ё: 'E',
  Ж: 'ZH',
  З: 'Z',
  И: 'I',
  Й: 'I',
  К: 'K',
  Л: 'L',
  М: 'M',
  Н: 'N',
  О: 'O',
  П: 'P',
  Р: 'R',
  С: 'S',
  Т: 'T',
  У: 'U',
  Ф: 'F',
  Х: 'KH',
  Ц: 'TS',
  Ч: 'CH',
  Ш: 'SH',
  Щ: 'SHCH',
  Ъ: 'IE',
  Ы: 'Y',
  Ь: '',
  Э: 'E',
  Ю: 'IU',
  Я: 'IA',
};

/**
 * Particles between or before family names: Spanish (de, del, de la, de los, y) and Portuguese (da, das, do,
 * dos, e). "José de la Cruz y Ortega" and "Jose Cruz Ortega" name the same person; "João da Silva" and "Joao
 * Silva" too.
 */
const PARTICLES = new Set(['DE', 'DEL', 'LA', 'LAS', 'LOS', 'Y', 'DA', 'DAS', 'DO', 'DOS', 'E', 'D', 'VAN', 'VON']);

/** Upper-case Latin letters and digits separated by single spaces; accents and apostrophes gone. */
export function foldText(value: string): string {
  const upper = value.toUpperCase();
  let latin = '';
  for (const char of upper) latin += LETTERS[char] ?? char;
  return latin
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`´]/g, '')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

/** A document number within its issuing country: "A-12.345 6" and "a123456" from GT are the same document. */
export function normaliseDocument(number: string, issuingCountry: string): string | null {
  const folded = foldText(number).replace(/ /g, '');
  const country = foldText(issuingCountry).replace(/ /g, '');
  if (folded.length < 3 || !/^[A-Z]{2}$/.test(country)) return null;
  return `DOC|${country}|${folded}`;
}

function nameTokens(value: string): string[] {
  return foldText(value)
    .split(' ')
    .filter((token) => token && !PARTICLES.has(token));
}

export interface PersonIdentifiers {
  familyNames: string;
  givenNames: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
}

export interface PersonKeys {
  /** Full family and given names and the full date of birth: a match is a hit. */
  exact: string;
  /**
   * Looser forms by year of birth: each way the person's names are commonly shortened (the first family name
   * alone, as Hispanic compound surnames are abroad; the last alone, the main one in Portuguese usage; the
   * first given name alone). A match here only is a possible match, to confirm with the owner.
   */
  loose(year: number): string[];
  year: number;
}

/** The keys of a person, or null when a name or the date of birth is missing or malformed. */
export function personKeys(person: PersonIdentifiers): PersonKeys | null {
  const family = nameTokens(person.familyNames);
  const given = nameTokens(person.givenNames);
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(person.dateOfBirth.trim());
  const [firstFamily] = family;
  const lastFamily = family[family.length - 1];
  const [firstGiven] = given;
  if (!firstFamily || !lastFamily || !firstGiven || !date) return null; // tokens are never empty strings
  const year = Number(date[1]);
  const familyForms = unique([family.join(' '), firstFamily, lastFamily]);
  const givenForms = unique([given.join(' '), firstGiven]);
  const names = familyForms.flatMap((f) => givenForms.map((g) => `${f}|${g}`));
  return {
    exact: `PERSON|${family.join(' ')}|${given.join(' ')}|${date[0]}`,
    loose: (atYear) => names.map((name) => `NAME|${name}|${atYear}`),
    year,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
