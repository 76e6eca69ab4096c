import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../platform/context';
import { onceForKey as onceForPlatformKey } from '../../platform/idempotency/once-for-key';
import { getReadableReferral } from './referral.access';
import type { Referral } from './referral.entity';

/**
 * A create or transition of a referral, once per (caller, idempotency key): retries get the referral as it is
 * now (platform/idempotency/once-for-key.ts).
 */
export function onceForKey(
  context: RequestContext,
  callerId: string,
  key: string | null | undefined,
  operation: string,
  work: (em: EntityManager) => Promise<Referral>,
): Promise<Referral> {
  return onceForPlatformKey(context, {
    callerId,
    key,
    operation,
    work,
    replay: (referralId) => getReadableReferral(context.em, context.ability, referralId),
  });
}
