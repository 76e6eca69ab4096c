import type { EntityManager } from '@mikro-orm/postgresql';
import { nextNumber } from '../../platform/numbering/gap-free-counter';

export { yearIn } from '../../platform/numbering/gap-free-counter';

export function formatReference(sendingCountry: string, receivingCountry: string, year: number, sequence: number) {
  return `${sendingCountry}-${receivingCountry}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** The counter series of a border: referrals from GT to MX are numbered apart from those from MX to GT. */
export function referralSeries(sendingCountry: string, receivingCountry: string): string {
  return `referral:${sendingCountry}-${receivingCountry}`;
}

/** Takes the next reference for a border and year, e.g. GT-MX-2026-000042, gap-free (see nextNumber). */
export async function nextReference(
  em: EntityManager,
  border: { sendingCountryCode: string; receivingCountryCode: string; year: number },
): Promise<string> {
  const { sendingCountryCode: from, receivingCountryCode: to, year } = border;
  return formatReference(from, to, year, await nextNumber(em, referralSeries(from, to), year));
}
