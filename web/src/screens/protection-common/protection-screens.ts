// The protection screens share one chunk (like the administration screens): app/screens.ts picks one by name.
export { CaseloadScreen } from '../protection-caseload/caseload-screen';
export { SurvivorScreen } from '../protection-survivor/survivor-screen';
export { RegisterSurvivorScreen } from '../protection-register/register-survivor-screen';
export { ReferToServiceScreen } from '../protection-refer/refer-to-service-screen';
export { ServiceReferralsScreen } from '../protection-service-referrals/service-referrals-screen';
export { ServiceReferralScreen } from '../protection-service-referrals/service-referral-screen';
export { DirectoryScreen } from '../protection-directory/directory-screen';
export { BorderReferralFormScreen } from '../protection-border-referral/border-referral-form-screen';
export { BorderReferralsScreen } from '../protection-border-referral/border-referrals-screen';
export { BorderReferralScreen } from '../protection-border-referral/border-referral-screen';
