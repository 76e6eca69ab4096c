import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../platform/context';
import { badInput, conflict } from '../../platform/graphql/errors';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import { getReadableReferral } from './referral.access';
import type { Referral } from './referral.entity';

/** Thrown inside the transaction when a concurrent request with the same key won: roll back, then replay. */
class LostIdempotencyRace extends Error {}

const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Runs a create or transition once per (caller, idempotency key): a user or an API token. A retry after success finds the key and gets
 * the referral as it is now, without acting again; two identical requests racing each other both do the work
 * in their own transaction, but only one can insert the key (primary key), so the other rolls back and
 * replays. The same key for a different operation is a CONFLICT: the client has a bug.
 */
export async function onceForKey(
  context: RequestContext,
  callerId: string,
  key: string | null | undefined,
  operation: string,
  work: (em: EntityManager) => Promise<Referral>,
): Promise<Referral> {
  if (key === null || key === undefined) return inUnitOfWork(context, work);
  if (!KEY_PATTERN.test(key)) throw badInput({ idempotencyKey: 'error.referral.idempotencyKeyInvalid' });
  const earlier = await replay(context, callerId, key, operation);
  if (earlier) return earlier;
  try {
    return await inUnitOfWork(context, async (em) => {
      const referral = await work(em);
      await em.flush();
      const inserted: unknown[] = await em.execute(
        `insert into referral_idempotency_key (caller_id, key, operation, referral_id) values (?, ?, ?, ?)
         on conflict do nothing returning key`,
        [callerId, key, operation, referral.id],
      );
      if (inserted.length === 0) throw new LostIdempotencyRace();
      return referral;
    });
  } catch (error) {
    if (!(error instanceof LostIdempotencyRace)) throw error;
    return (await replay(context, callerId, key, operation))!;
  }
}

async function replay(context: RequestContext, callerId: string, key: string, operation: string) {
  const rows: { operation: string; referral_id: string }[] = await context.em.execute(
    'select operation, referral_id from referral_idempotency_key where caller_id = ? and key = ?',
    [callerId, key],
  );
  if (rows.length === 0) return null;
  if (rows[0].operation !== operation)
    throw conflict('error.referral.idempotencyKeyReused', 'This idempotency key was used for another operation');
  return getReadableReferral(context.em, context.ability, rows[0].referral_id);
}
