import type {
  ConsentDataCategory,
  IndicatorAnswer,
  ProtectionService,
  ReferralUrgency,
  ScreeningConclusion,
  ServiceAvailability,
  ServiceReferralStatus,
  SharedField,
} from '../../gql/graphql';

export const SERVICES: ProtectionService[] = [
  'SAFE_SHELTER',
  'MEDICAL_CARE',
  'PSYCHOSOCIAL_SUPPORT',
  'LEGAL_AID',
  'DOCUMENTATION',
  'FAMILY_TRACING',
  'INTERPRETATION',
  'EDUCATION',
  'LIVELIHOOD',
];
export const URGENCIES: ReferralUrgency[] = ['IMMEDIATE', 'URGENT', 'ROUTINE'];
export const AVAILABILITIES: ServiceAvailability[] = ['AVAILABLE', 'LIMITED', 'FULL', 'SUSPENDED'];
export const REFERRAL_STATUSES: ServiceReferralStatus[] = ['SENT', 'ACCEPTED', 'DECLINED', 'DELIVERED', 'CLOSED'];
export const ANSWERS: IndicatorAnswer[] = ['YES', 'NO', 'UNKNOWN'];
export const CONCLUSIONS: ScreeningConclusion[] = ['POSSIBLE_VICTIM_REFER', 'FOLLOW_UP_NEEDED', 'NO_INDICATION'];

/** The survivor's fields a referral may carry, in the order a recipient reads them, with their consent category. */
export const SHARED_FIELDS: { field: SharedField; category: ConsentDataCategory }[] = [
  { field: 'givenNames', category: 'IDENTITY' },
  { field: 'familyNames', category: 'IDENTITY' },
  { field: 'aliases', category: 'IDENTITY' },
  { field: 'nationality', category: 'IDENTITY' },
  { field: 'dateOfBirth', category: 'AGE_AND_SEX' },
  { field: 'estimatedAge', category: 'AGE_AND_SEX' },
  { field: 'sex', category: 'AGE_AND_SEX' },
  { field: 'genderIdentity', category: 'AGE_AND_SEX' },
  { field: 'languages', category: 'LANGUAGES' },
  { field: 'identityDocuments', category: 'DOCUMENTS' },
  { field: 'phones', category: 'CONTACT' },
  { field: 'email', category: 'CONTACT' },
  { field: 'currentLocation', category: 'LOCATION' },
  { field: 'exploitations', category: 'EXPLOITATION' },
  { field: 'vulnerabilities', category: 'VULNERABILITIES' },
];

/** A referral is open while the provider may still act on it or deliver. */
export const isOpen = (status: ServiceReferralStatus) => status === 'SENT' || status === 'ACCEPTED';

export const statusColor = (status: ServiceReferralStatus) =>
  status === 'ACCEPTED' ? 'success' : status === 'DECLINED' ? 'error' : status === 'SENT' ? 'primary' : 'default';
