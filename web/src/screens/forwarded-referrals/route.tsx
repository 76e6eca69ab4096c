export { ForwardedReferralsScreen as Component } from './forwarded-referrals-screen';
