import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { ReferralStatus } from './referral.enums';
import { ReferralBox } from './referral-inbox.types';

/**
 * How many referrals an agency has in its inbox or outbox per status, kept by a trigger on `referral` in the
 * same transaction as the change (migration ReferralBoxCounts), so the badges of a busy inbox cost one
 * index lookup instead of counting 100,000 rows on every page. Read by referral-box-counts.ts only; never
 * written by the application.
 */
@Entity({ tableName: 'referral_box_count' })
export class ReferralBoxCount {
  @PrimaryKey({ type: 'uuid' })
  agencyId!: string;

  @Enum({ items: () => ReferralBox, nativeEnumName: 'referral_box', primary: true })
  box!: ReferralBox;

  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status', primary: true })
  status!: ReferralStatus;

  @Property({ type: 'integer' })
  count!: number;
}
