import type { EntityManager } from '@mikro-orm/postgresql';
import { queryPrepared, rawStatement } from '../../platform/orm/prepared-statements';
import type { ReferralStatus } from './referral.enums';
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
  // The statuses as one array parameter: the same statement text (prepared once) whatever the caller may read.
  const counters = await queryPrepared<{ status: ReferralStatus; count: number }>(
    em,
    rawStatement(
      em,
      `select status, count from referral_box_count
      where agency_id = ? and box = ? and status = any(?::referral_status[]) and count > 0`,
      [agencyId, box, `{${readableStatuses.join(',')}}`],
    ),
  );
  return new Map(counters.map((counter) => [counter.status, Number(counter.count)]));
}
