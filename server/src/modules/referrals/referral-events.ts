import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../platform/context';
import type { DomainEventListener, EventRuntime } from '../../platform/events/domain-events';
import type { Referral } from './referral.entity';
import type { ReferralStatus } from './referral.enums';

/** Something that happened to a referral, with no personal data: enough to route a notification. */
export interface ReferralEvent {
  /** referral.create, referral.update, or referral.<action> (referral.send, referral.acknowledge, ...). */
  type: string;
  referralId: string;
  sendingAgencyId: string;
  receivingAgencyId: string;
  from?: ReferralStatus;
  to?: ReferralStatus;
  /** The person who acted, or (for an agency's system) the API token; exactly one is set. */
  byUserId: string | null;
  byApiTokenId: string | null;
}

/** The domain event every referral change raises (platform/events). */
export const REFERRAL_CHANGED = 'referral.changed';

interface ReferralChange {
  event: ReferralEvent;
  referral: Referral;
}

/**
 * Runs inside the transaction of the change, after it is written: a listener that writes (an e-mail outbox
 * row, a NOTIFY for live subscriptions, a job) commits or rolls back with the change itself.
 */
export type ReferralEventListener = (
  em: EntityManager,
  event: ReferralEvent,
  referral: Referral,
  runtime: EventRuntime,
) => Promise<void>;

/** Declares a listener of referral changes, for a module's `listeners` (nothing is registered here). */
export function onReferralEvent(listener: ReferralEventListener): DomainEventListener<ReferralChange> {
  return {
    event: REFERRAL_CHANGED,
    handle: (em, change, runtime) => listener(em, change.event, change.referral, runtime),
  };
}

export async function publishReferralEvent(
  context: Pick<RequestContext, 'events'>,
  em: EntityManager,
  event: ReferralEvent,
  referral: Referral,
) {
  await context.events.publish<ReferralChange>(em, REFERRAL_CHANGED, { event, referral });
}
