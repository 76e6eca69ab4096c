import type { HtcdsClassRow } from './htcds-dataset.query';

/**
 * The columns of the anonymised case-level dataset, named as in the Human Trafficking Case Data Standard (HTCDS)
 * of the Counter Trafficking Data Collaborative, for the fields Enlace records (ADR 0053). Every column is a
 * quasi-identifier or derived from one, so the equivalence classes are taken over all of them.
 */
export const HTCDS_COLUMNS = [
  'yearOfRegistration',
  'dataSource',
  'gender',
  'ageBroad',
  'majorityStatus',
  'citizenship',
  'isForcedLabour',
  'isSexualExploit',
  'isForcedMarriage',
  'isOtherExploit',
  'isSexAndLabour',
  'typeOfExploitConcatenated',
] as const;

/** What each released column means and holds (docs/data-dictionary.md is generated from this). */
export const HTCDS_DICTIONARY: Record<(typeof HTCDS_COLUMNS)[number], { values: string; meaning: string }> = {
  yearOfRegistration: {
    values: 'a year',
    meaning: 'Year the survivor was registered (PROTECTION_CASE) or the referral was sent (BORDER_REFERRAL), UTC',
  },
  dataSource: { values: 'PROTECTION_CASE, BORDER_REFERRAL', meaning: 'Which records the case comes from (ADR 0053)' },
  gender: { values: 'Female, Male, Intersex, Other, empty (unknown)', meaning: 'Sex as recorded (HTCDS gender)' },
  ageBroad: {
    values: '0-8, 9-17, 18-20, 21-23, 24-26, 27-29, 30-38, 39-47, 48+, empty',
    meaning: 'Age band at registration or sending (CTDC bands)',
  },
  majorityStatus: { values: 'Adult, Minor, empty', meaning: 'Minor: under 18, from the age band' },
  citizenship: { values: 'ISO 3166-1 alpha-2, empty', meaning: 'Nationality as recorded' },
  isForcedLabour: { values: '1, 0, empty (not recorded)', meaning: 'Forced labour or domestic servitude' },
  isSexualExploit: { values: '1, 0, empty (not recorded)', meaning: 'Sexual exploitation' },
  isForcedMarriage: { values: '1, 0, empty (not recorded)', meaning: 'Forced marriage' },
  isOtherExploit: {
    values: '1, 0, empty (not recorded)',
    meaning: 'Forced criminality, or a crime that is not a form of exploitation (aggravated smuggling, extortion…)',
  },
  isSexAndLabour: { values: '1, 0, empty (not recorded)', meaning: 'Both sexual exploitation and forced labour' },
  typeOfExploitConcatenated: {
    values: 'labels joined by "; "',
    meaning: 'The forms of exploitation as HTCDS labels, sorted',
  },
};

/** Sex as recorded, in the HTCDS `gender` vocabulary; unknown is an empty cell, as in the CTDC's files. */
const GENDER: Record<string, string> = { FEMALE: 'Female', MALE: 'Male', INTERSEX: 'Intersex', OTHER: 'Other' };

/** Our kinds of exploitation as HTCDS labels (the crimes that are not a form of exploitation count as "Other"). */
const EXPLOITATION_LABEL: Record<string, string> = {
  SEXUAL_EXPLOITATION: 'Sexual exploitation',
  FORCED_LABOUR: 'Forced labour',
  DOMESTIC_SERVITUDE: 'Forced labour',
  FORCED_MARRIAGE: 'Forced marriage',
  FORCED_CRIMINALITY: 'Other',
  AGGRAVATED_SMUGGLING: 'Other',
  EXTORTION: 'Other',
  KIDNAPPING: 'Other',
  SEXUAL_VIOLENCE: 'Other',
};

const MINOR_BANDS = new Set(['0-8', '9-17']);

type HtcdsRecord = string[];

/** The released columns of one combination of quasi-identifiers (the same for every case of the class). */
export function htcdsRecordOf(row: Omit<HtcdsClassRow, 'n'>): HtcdsRecord {
  const labels = row.exploitation
    ? [...new Set(row.exploitation.split(';').map((kind) => EXPLOITATION_LABEL[kind] ?? 'Other'))].sort()
    : null;
  // Not recorded (a border referral, or a survivor without any exploitation entered): empty, never "no".
  const flag = (test: (set: string[]) => boolean) => (labels ? (test(labels) ? '1' : '0') : '');
  const sexual = (set: string[]) => set.includes('Sexual exploitation');
  const labour = (set: string[]) => set.includes('Forced labour');
  return [
    row.year === null ? '' : String(row.year),
    row.source,
    GENDER[row.sex ?? ''] ?? '',
    row.age_band ?? '',
    row.age_band ? (MINOR_BANDS.has(row.age_band) ? 'Minor' : 'Adult') : '',
    row.nationality ?? '',
    flag(labour),
    flag(sexual),
    flag((set) => set.includes('Forced marriage')),
    flag((set) => set.includes('Other')),
    flag((set) => sexual(set) && labour(set)),
    labels ? labels.join('; ') : '',
  ];
}

export interface HtcdsRelease {
  /** One row per released case, sorted by its columns (never by registration: ids and order carry time). */
  records: HtcdsRecord[];
  /** Cases left out because fewer than k cases share their combination of quasi-identifiers. */
  suppressed: number;
  /** Equivalence classes released, and withheld. */
  classes: number;
  suppressedClasses: number;
}

/**
 * k-anonymity by suppression (ADR 0053): the cases are grouped by their released columns (the mapping above may
 * merge database classes, e.g. an unknown and an unrecorded sex), and a class of fewer than k cases is withheld
 * whole. Then the result is recounted from the records themselves, and an undersized class stops the release.
 */
export function anonymiseHtcds(rows: readonly HtcdsClassRow[], k: number): HtcdsRelease {
  const classes = new Map<string, { record: HtcdsRecord; n: number }>();
  for (const row of rows) {
    const record = htcdsRecordOf(row);
    const key = JSON.stringify(record);
    const known = classes.get(key);
    if (known) known.n += row.n;
    else classes.set(key, { record, n: row.n });
  }
  const released = [...classes.values()].filter((c) => c.n >= k);
  const records = released
    .sort((a, b) => compareRecords(a.record, b.record))
    .flatMap((c) => Array.from({ length: c.n }, () => [...c.record]));
  assertKAnonymous(records, k);
  const suppressedOnes = [...classes.values()].filter((c) => c.n < k);
  return {
    records,
    suppressed: suppressedOnes.reduce((sum, c) => sum + c.n, 0),
    classes: released.length,
    suppressedClasses: suppressedOnes.length,
  };
}

function compareRecords(a: HtcdsRecord, b: HtcdsRecord): number {
  for (let i = 0; i < a.length; i++) {
    const order = a[i]!.localeCompare(b[i]!);
    if (order !== 0) return order;
  }
  return 0;
}

/** The smallest equivalence class of a set of records over all their columns (Infinity when there is none). */
export function smallestClass(records: readonly (readonly string[])[]): number {
  const sizes = new Map<string, number>();
  for (const record of records) {
    const key = JSON.stringify(record);
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
  }
  return Math.min(...sizes.values());
}

function assertKAnonymous(records: readonly HtcdsRecord[], k: number): void {
  if (records.length > 0 && smallestClass(records) < k)
    throw new Error('HTCDS release withheld: an equivalence class is smaller than k');
}
