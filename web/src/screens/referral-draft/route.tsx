export { ReferralDraftScreen as Component } from './referral-draft-screen';
