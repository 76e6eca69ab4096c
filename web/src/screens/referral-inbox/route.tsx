// The inbox and the outbox share this screen; the path says which box it shows.
export { ReferralInboxScreen as Component } from './referral-inbox-screen';
