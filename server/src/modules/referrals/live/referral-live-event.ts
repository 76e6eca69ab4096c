import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { LIVE_EVENTS_CHANNEL, RESYNC_EVENT_TYPE } from '../../../platform/events/live-channel';
import { ReferralForward, ReferralForwardStatus } from '../forwarding/referral-forward.entity';

/** The PostgreSQL channel every server process listens on (platform/events/live-channel.ts). */
export const REFERRAL_EVENTS_CHANNEL = LIVE_EVENTS_CHANNEL;

/**
 * What a subscriber learns: that something happened to a referral, not what it says. Clients refetch the
 * referral through the normal (permission-checked) queries; the event itself carries no personal data and
 * stays far below NOTIFY's 8000-byte payload limit.
 */
@ObjectType({ description: 'Something happened to a referral your agency works on; refetch it to see what' })
export class ReferralLiveEvent {
  @Field(() => String, { description: 'e.g. referral.send, referral.acknowledge, referral.message, referral.forward' })
  type!: string;

  @Field(() => ID)
  referralId!: string;

  @Field(() => Date)
  at!: Date;

  /** Agencies whose users receive it: the two parties and ACTIVE forward recipients. Not exposed. */
  agencyIds!: string[];
}

/**
 * Sent to every subscriber of a process whose LISTEN connection was lost and is back: events may have been
 * missed meanwhile, so the client refetches what it shows. It names no referral (the nil id) and no agency.
 */
export { RESYNC_EVENT_TYPE };
export const resyncEvent = (): ReferralLiveEvent => ({
  type: RESYNC_EVENT_TYPE,
  referralId: '00000000-0000-0000-0000-000000000000',
  at: new Date(),
  agencyIds: [],
});

export interface ReferralActivity {
  type: string;
  referralId: string;
  sendingAgencyId: string;
  receivingAgencyId: string;
}

/**
 * Queues a NOTIFY in the caller's transaction: PostgreSQL delivers it at commit, to every process listening,
 * and never when the change rolls back.
 */
export async function announceReferralActivity(em: EntityManager, activity: ReferralActivity): Promise<void> {
  const forwards = await em.find(
    ReferralForward,
    { referral: activity.referralId, status: ReferralForwardStatus.ACTIVE },
    { fields: ['recipientAgency'] },
  );
  const agencyIds = [
    ...new Set([activity.sendingAgencyId, activity.receivingAgencyId, ...forwards.map((f) => f.recipientAgency.id)]),
  ];
  const payload = JSON.stringify({ type: activity.type, referralId: activity.referralId, at: new Date(), agencyIds });
  await em
    .getConnection()
    .execute('select pg_notify(?, ?)', [REFERRAL_EVENTS_CHANNEL, payload], 'all', em.getTransactionContext());
}
