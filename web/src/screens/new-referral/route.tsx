export { NewReferralScreen as Component } from './new-referral-screen';
