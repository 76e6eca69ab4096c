import type { EntityManager } from '@mikro-orm/postgresql';
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

/**
 * Runs inside the transaction of the change, after it is written: a listener that writes (an e-mail outbox
 * row, a NOTIFY for live subscriptions, an escalation job) commits or rolls back with the change itself.
 * Registered once at start-up by the modules that care (conversation, notifications, subscriptions).
 */
export type ReferralEventListener = (em: EntityManager, event: ReferralEvent, referral: Referral) => Promise<void>;

const listeners: ReferralEventListener[] = [];

export function onReferralEvent(listener: ReferralEventListener): () => void {
  listeners.push(listener);
  return () => {
    const index = listeners.indexOf(listener);
    if (index >= 0) listeners.splice(index, 1);
  };
}

export async function publishReferralEvent(em: EntityManager, event: ReferralEvent, referral: Referral) {
  for (const listener of listeners) await listener(em, event, referral);
}
