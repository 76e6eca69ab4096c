import type { EntityManager } from '@mikro-orm/postgresql';

/** The calendar year of an instant in a time zone: a referral sent on 31 December at 23:00 in Guatemala is 2026's. */
export function yearIn(timeZone: string, at: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(at));
}

export function formatReference(sendingCountry: string, receivingCountry: string, year: number, sequence: number) {
  return `${sendingCountry}-${receivingCountry}-${year}-${String(sequence).padStart(6, '0')}`;
}

/**
 * Takes the next number for a border and year, e.g. GT-MX-2026-000042. Must run inside the send transaction:
 * the upsert locks the counter row until commit, so concurrent sends on the same border queue up instead of
 * taking the same number, and a send that rolls back gives its number back (no gaps).
 */
export async function nextReference(
  em: EntityManager,
  border: { sendingCountryCode: string; receivingCountryCode: string; year: number },
): Promise<string> {
  const rows: { last_value: number }[] = await em.execute(
    `insert into referral_sequence (sending_country_code, receiving_country_code, year, last_value)
     values (?, ?, ?, 1)
     on conflict (sending_country_code, receiving_country_code, year)
     do update set last_value = referral_sequence.last_value + 1
     returning last_value`,
    [border.sendingCountryCode, border.receivingCountryCode, border.year],
  );
  return formatReference(border.sendingCountryCode, border.receivingCountryCode, border.year, rows[0].last_value);
}
