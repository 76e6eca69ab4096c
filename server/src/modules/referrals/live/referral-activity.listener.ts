import type { ReferralEventListener } from '../referral-events';
import { announceReferralActivity } from './referral-live-event';

/** Every lifecycle event of the core (create, update, each transition) goes out to live subscribers. */
export const announceLifecycleEvent: ReferralEventListener = async (em, event) => {
  // A draft is the sender's own: the receiving agency hears of it only when it is sent.
  const receivingAgencyId = event.to && event.to !== 'DRAFT' ? event.receivingAgencyId : event.sendingAgencyId;
  await announceReferralActivity(em, {
    type: event.type,
    referralId: event.referralId,
    sendingAgencyId: event.sendingAgencyId,
    receivingAgencyId,
  });
};
