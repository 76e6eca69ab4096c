import { registerEnumType } from 'type-graphql';

/** What a consent lets be shared: groups of the survivor's personal data. */
export enum ConsentDataCategory {
  IDENTITY = 'IDENTITY',
  AGE_AND_SEX = 'AGE_AND_SEX',
  LANGUAGES = 'LANGUAGES',
  DOCUMENTS = 'DOCUMENTS',
  CONTACT = 'CONTACT',
  LOCATION = 'LOCATION',
  EXPLOITATION = 'EXPLOITATION',
  VULNERABILITIES = 'VULNERABILITIES',
}

/** What the sharing is for: the services a survivor may be referred to. */
export enum ProtectionService {
  SAFE_SHELTER = 'SAFE_SHELTER',
  MEDICAL_CARE = 'MEDICAL_CARE',
  PSYCHOSOCIAL_SUPPORT = 'PSYCHOSOCIAL_SUPPORT',
  LEGAL_AID = 'LEGAL_AID',
  DOCUMENTATION = 'DOCUMENTATION',
  FAMILY_TRACING = 'FAMILY_TRACING',
  INTERPRETATION = 'INTERPRETATION',
  EDUCATION = 'EDUCATION',
  LIVELIHOOD = 'LIVELIHOOD',
}

export enum ConsentMethod {
  SIGNED_FORM = 'SIGNED_FORM',
  VERBAL_WITH_WITNESS = 'VERBAL_WITH_WITNESS',
}

/** Who gave it: the person herself, or for a child the child's assent and the guardian's consent, both. */
export enum ConsentGivenBy {
  PERSON = 'PERSON',
  CHILD_AND_GUARDIAN = 'CHILD_AND_GUARDIAN',
}

export enum ConsentStatus {
  ACTIVE = 'ACTIVE',
  NOT_YET_VALID = 'NOT_YET_VALID',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(ConsentDataCategory, { name: 'ConsentDataCategory' });
registerEnumType(ProtectionService, { name: 'ProtectionService', description: 'A service a survivor is referred to' });
registerEnumType(ConsentMethod, { name: 'ConsentMethod' });
registerEnumType(ConsentGivenBy, { name: 'ConsentGivenBy' });
registerEnumType(ConsentStatus, { name: 'ConsentStatus' });
