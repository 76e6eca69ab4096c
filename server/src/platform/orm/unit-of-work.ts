import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context';

/**
 * Runs a request's writes in one transaction that knows who is acting: `enlace.actor_id` and
 * `enlace.agency_id` are set for the transaction, so a database row-level policy or trigger can rely on them
 * without any module changing. Everything written inside (the change and its audit entry) commits or rolls
 * back together: no request leaves a half-written record.
 */
export async function inUnitOfWork<T>(
  context: Pick<RequestContext, 'em' | 'actor'>,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return context.em.transactional(async (em) => {
    await em
      .getConnection()
      .execute(
        "select set_config('enlace.actor_id', ?, true), set_config('enlace.agency_id', ?, true)",
        [context.actor?.id ?? '', context.actor?.agencyId ?? ''],
        'all',
        em.getTransactionContext(),
      );
    return work(em);
  });
}
