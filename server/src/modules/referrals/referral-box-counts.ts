import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReferralStatus } from './referral.enums';
import { ReferralBoxCount } from './referral-box-count.entity';
import type { ReferralBox } from './referral-inbox.types';

/**
 * Per-status counts of an agency's box from the trigger-kept counters (one primary-key lookup), limited to
 * the statuses the caller may read there (statusesReadableInBox).
 */
export async function countsFromCounters(
  em: EntityManager,
  agencyId: string,
  box: ReferralBox,
  readableStatuses: ReferralStatus[],
): Promise<Map<ReferralStatus, number>> {
  if (readableStatuses.length === 0) return new Map();
  const counters = await em.find(
    ReferralBoxCount,
    { agencyId, box, status: { $in: readableStatuses }, count: { $gt: 0 } },
    { disableIdentityMap: true },
  );
  return new Map(counters.map((counter) => [counter.status, counter.count]));
}
