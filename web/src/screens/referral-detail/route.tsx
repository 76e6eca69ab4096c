export { ReferralDetailScreen as Component } from './referral-detail-screen';
