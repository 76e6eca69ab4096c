import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';
import { badInput, conflict } from '../graphql/errors';
import { inUnitOfWork } from '../orm/unit-of-work';

/** Thrown inside the transaction when the key was already taken: roll back, then answer with the first result. */
class KeyAlreadyTaken extends Error {}

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

export interface KeyedOperation<T> {
  /** The user or API token that sent the key. */
  callerId: string;
  /** The client's key, or nothing: then the work simply runs once in its transaction. */
  key: string | null | undefined;
  /** What the key is for (e.g. `send:<referral id>`): the same key sent for anything else is a CONFLICT. */
  operation: string;
  work: (em: EntityManager) => Promise<T & { id: string }>;
  /** The first request's result, read again (as the caller may see it now) for the retries. */
  replay: (resultId: string) => Promise<T>;
  /**
   * Runs outside the transaction, before the work, unless an earlier request with the key has answered: for a
   * step that may not run in a transaction (storing an upload's bytes). A retry that finds the key already
   * answered skips it; one that overlaps the original still runs it, and its result is then left unused.
   */
  beforeWork?: () => Promise<void>;
}

/**
 * Runs a mutation once per (caller, key). The key is claimed before the work starts, in the same
 * transaction: a retry that overlaps the original blocks on the key's row until the original commits, then
 * finds it taken and answers with the original's result (never "this step was already taken"); if the
 * original rolled back, the key is free again and the retry does the work itself.
 */
export async function onceForKey<T>(context: RequestContext, operation: KeyedOperation<T>): Promise<T> {
  const { callerId, key } = operation;
  if (key === null || key === undefined) {
    await operation.beforeWork?.();
    return inUnitOfWork(context, operation.work);
  }
  if (!KEY_PATTERN.test(key)) throw badInput({ idempotencyKey: 'error.idempotencyKey.invalid' });
  const earlier = await replay(context.em, operation, key);
  if (earlier) return earlier;
  await operation.beforeWork?.();
  try {
    return await inUnitOfWork(context, async (em) => {
      const claimed: unknown[] = await em.execute(
        `insert into idempotency_key (caller_id, key, operation) values (?, ?, ?) on conflict do nothing returning key`,
        [callerId, key, operation.operation],
      );
      if (claimed.length === 0) throw new KeyAlreadyTaken();
      const result = await operation.work(em);
      await em.flush();
      await em.execute(`update idempotency_key set result_id = ? where caller_id = ? and key = ?`, [
        result.id,
        callerId,
        key,
      ]);
      return result;
    });
  } catch (error) {
    if (!(error instanceof KeyAlreadyTaken)) throw error;
    return (await replay(context.em, operation, key))!;
  }
}

async function replay<T>(em: EntityManager, operation: KeyedOperation<T>, key: string): Promise<T | null> {
  const rows: { operation: string; result_id: string }[] = await em.execute(
    'select operation, result_id from idempotency_key where caller_id = ? and key = ?',
    [operation.callerId, key],
  );
  const [row] = rows;
  if (!row) return null;
  if (row.operation !== operation.operation)
    throw conflict('error.idempotencyKey.reused', 'This idempotency key was used for another operation');
  return operation.replay(row.result_id);
}
