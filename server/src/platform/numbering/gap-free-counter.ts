import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Takes the next number of a series for a year: 1, 2, 3... Must run inside the transaction that stores the
 * numbered record: the upsert locks the counter row until commit, so concurrent callers on the same series queue
 * up instead of taking the same number, and a transaction that rolls back gives its number back (no gaps).
 */
export async function nextNumber(em: EntityManager, series: string, year: number): Promise<number> {
  const rows: { last_value: number }[] = await em.execute(
    `insert into gap_free_counter (series, year, last_value) values (?, ?, 1)
     on conflict (series, year) do update set last_value = gap_free_counter.last_value + 1
     returning last_value`,
    [series, year],
  );
  return rows[0]!.last_value;
}

/** The calendar year of an instant in a time zone: something done on 31 December at 23:00 in Guatemala is 2026's. */
export function yearIn(timeZone: string, at: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(at));
}
