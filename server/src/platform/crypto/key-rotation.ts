import type { EntityManager } from '@mikro-orm/postgresql';
import { unwrapDataKey, wrapDataKey } from './envelope';
import type { Keyring } from './keyring';

/** A table holding wrapped data keys: its id column is the record id bound into each wrapping. */
export interface WrappedKeyTable {
  table: string;
  idColumn: string;
  wrappedKeyColumn: string;
  keyIdColumn: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Re-wraps every data key not wrapped by the current master key, in small transactions: rows being written at
 * that moment are skipped (SKIP LOCKED) and picked up by the next batch. The data itself is not re-encrypted
 * (the data keys do not change), so readers never see a half-rotated record, and servers keep serving while it
 * runs as long as their keyring still lists the old key. Returns how many keys were re-wrapped per table.
 */
export async function rotateWrappedKeys(
  em: EntityManager,
  keyring: Keyring,
  tables: readonly WrappedKeyTable[],
  batchSize = 200,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const spec of tables) {
    for (const name of [spec.table, spec.idColumn, spec.wrappedKeyColumn, spec.keyIdColumn])
      if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${name}`);
    counts[spec.table] = 0;
    for (;;) {
      const done = await em.fork().transactional(async (tx) => {
        const rows: { id: string; wrapped: Buffer; key_id: string }[] = await tx.execute(
          `select "${spec.idColumn}" as id, "${spec.wrappedKeyColumn}" as wrapped, "${spec.keyIdColumn}" as key_id
           from "${spec.table}" where "${spec.keyIdColumn}" <> ? limit ? for update skip locked`,
          [keyring.current.id, batchSize],
        );
        for (const row of rows) {
          const dataKey = unwrapDataKey(keyring, { wrapped: row.wrapped, keyId: row.key_id }, row.id);
          const rewrapped = wrapDataKey(keyring, dataKey.key, row.id);
          await tx.execute(
            `update "${spec.table}" set "${spec.wrappedKeyColumn}" = ?, "${spec.keyIdColumn}" = ? where "${spec.idColumn}" = ?`,
            [rewrapped.wrapped, rewrapped.keyId, row.id],
          );
        }
        return rows.length;
      });
      counts[spec.table] = (counts[spec.table] ?? 0) + done;
      if (done < batchSize) break;
    }
  }
  return counts;
}

/** How many data keys each table still has wrapped by a key other than the current one. */
export async function keysToRotate(
  em: EntityManager,
  keyring: Keyring,
  tables: readonly WrappedKeyTable[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const spec of tables) {
    const [row] = await em.execute<{ count: string }[]>(
      `select count(*) as count from "${spec.table}" where "${spec.keyIdColumn}" <> ?`,
      [keyring.current.id],
    );
    counts[spec.table] = Number(row!.count);
  }
  return counts;
}
