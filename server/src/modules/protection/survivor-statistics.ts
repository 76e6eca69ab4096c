import type { Survivor } from './survivor.entity';
import type { SurvivorPersonalData } from './survivor-personal-data';

/**
 * Age bands of the Counter Trafficking Data Collaborative's public datasets (HTCDS "ageBroad"): coarse enough to
 * be released after k-anonymity, the same everywhere so figures of several agencies add up.
 */
export const AGE_BANDS = ['0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

const BAND_STARTS = [0, 9, 18, 21, 24, 27, 30, 39, 48];

export function ageBandOf(age: number | null | undefined): AgeBand | null {
  if (age === null || age === undefined || !Number.isFinite(age) || age < 0) return null;
  let band: AgeBand = AGE_BANDS[0];
  for (const [i, start] of BAND_STARTS.entries()) if (age >= start) band = AGE_BANDS[i] ?? band;
  return band;
}

/** Whole years between a date of birth (YYYY-MM-DD) and a moment. */
export function ageAt(dateOfBirth: string, at: Date): number | null {
  const [year, month, day] = dateOfBirth.split('-').map(Number);
  if (!year || !month || !day) return null;
  let age = at.getUTCFullYear() - year;
  if (at.getUTCMonth() + 1 < month || (at.getUTCMonth() + 1 === month && at.getUTCDate() < day)) age -= 1;
  return age;
}

/**
 * The de-identified columns statistics count (ADR 0038), derived from the personal data each time it is sealed:
 * sex, the age band at registration, nationality and the kinds of exploitation — never a name, a date or a
 * place. They are what the retention sweep keeps of an anonymised record anyway (survivor-anonymisation.ts).
 */
export function setStatisticColumns(survivor: Survivor, data: SurvivorPersonalData): void {
  const age = data.dateOfBirth ? ageAt(data.dateOfBirth, survivor.registeredAt) : data.estimatedAge;
  survivor.statSex = data.sex ?? null;
  survivor.statAgeBand = ageBandOf(age);
  survivor.statNationality = data.nationality ?? null;
  survivor.statExploitations = [...new Set(data.exploitations.map((exploitation) => exploitation.kind))].sort();
  survivor.statVersion = STAT_VERSION;
}

/** The version of the derivation above; a survivor with a lower one is back-filled (survivor-statistics-backfill.ts). */
export const STAT_VERSION = 1;
