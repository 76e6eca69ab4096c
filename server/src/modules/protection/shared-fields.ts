import { ConsentDataCategory, type ProtectionService } from './consent.enums';
import { SharedField } from './service-referral.enums';

/** The consent category each shareable field belongs to: a referral may carry a field only if consent covers it. */
export const FIELD_CATEGORY: Readonly<Record<SharedField, ConsentDataCategory>> = {
  givenNames: ConsentDataCategory.IDENTITY,
  familyNames: ConsentDataCategory.IDENTITY,
  aliases: ConsentDataCategory.IDENTITY,
  nationality: ConsentDataCategory.IDENTITY,
  dateOfBirth: ConsentDataCategory.AGE_AND_SEX,
  estimatedAge: ConsentDataCategory.AGE_AND_SEX,
  sex: ConsentDataCategory.AGE_AND_SEX,
  genderIdentity: ConsentDataCategory.AGE_AND_SEX,
  languages: ConsentDataCategory.LANGUAGES,
  identityDocuments: ConsentDataCategory.DOCUMENTS,
  phones: ConsentDataCategory.CONTACT,
  email: ConsentDataCategory.CONTACT,
  currentLocation: ConsentDataCategory.LOCATION,
  exploitations: ConsentDataCategory.EXPLOITATION,
  vulnerabilities: ConsentDataCategory.VULNERABILITIES,
};

export const SHAREABLE_FIELDS = Object.values(SharedField);

/** The consent categories a set of fields needs. */
export function categoriesOf(fields: readonly SharedField[]): ConsentDataCategory[] {
  return [...new Set(fields.map((field) => FIELD_CATEGORY[field]))];
}

const F = SharedField;
/**
 * The minimum a provider of each service usually needs, preselected in the referral form (the case worker may
 * take fields away or add others the consent covers): need to know, minimum data.
 */
export const SUGGESTED_FIELDS: Readonly<Record<ProtectionService, readonly SharedField[]>> = {
  SAFE_SHELTER: [F.givenNames, F.estimatedAge, F.sex, F.languages, F.vulnerabilities],
  MEDICAL_CARE: [F.givenNames, F.familyNames, F.dateOfBirth, F.estimatedAge, F.sex, F.languages, F.vulnerabilities],
  PSYCHOSOCIAL_SUPPORT: [F.givenNames, F.estimatedAge, F.languages, F.vulnerabilities],
  LEGAL_AID: [F.givenNames, F.familyNames, F.nationality, F.identityDocuments, F.languages, F.exploitations],
  DOCUMENTATION: [F.givenNames, F.familyNames, F.dateOfBirth, F.nationality, F.identityDocuments],
  FAMILY_TRACING: [F.givenNames, F.familyNames, F.aliases, F.dateOfBirth, F.nationality, F.languages],
  INTERPRETATION: [F.givenNames, F.languages],
  EDUCATION: [F.givenNames, F.estimatedAge, F.languages, F.vulnerabilities],
  LIVELIHOOD: [F.givenNames, F.estimatedAge, F.languages, F.phones],
};
