import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ConsentDataCategory,
  consentCoverage,
  type ProtectionService,
  SURVIVOR_PERSONAL_FIELDS,
  type SurvivorPersonalField,
} from '../protection';

/** The consent category each personal field falls under: a consent must name it for the field to be shared. */
export const FIELD_CATEGORY: Record<SurvivorPersonalField, ConsentDataCategory> = {
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
  // Screening answers describe the exploitation suffered: shared only under that category.
  screenings: ConsentDataCategory.EXPLOITATION,
};

export const isPersonalField = (field: string): field is SurvivorPersonalField =>
  (SURVIVOR_PERSONAL_FIELDS as readonly string[]).includes(field);

export interface Recipient {
  id: string;
  kind: string;
  countryCode: string;
}

/**
 * Whether sharing these fields with the recipient for every purpose is covered now: for each purpose a consent
 * in force that names the recipient (or its kind in its country) and the categories of every field, or a
 * supervisor's override for a risk to life (protection's consentCoverage decides both). Asked when the referral
 * is sent and again on every read, so a withdrawal or expiry cuts access at the next request.
 */
export async function sharingCovered(
  em: EntityManager,
  survivorId: string,
  recipient: Recipient,
  purposes: readonly ProtectionService[],
  fields: readonly string[],
  at: Date = new Date(),
): Promise<boolean> {
  if (purposes.length === 0) return false;
  const categories = new Set(fields.filter(isPersonalField).map((field) => FIELD_CATEGORY[field]));
  for (const purpose of purposes) {
    const coverage = await consentCoverage(em, survivorId, recipient, purpose, at);
    if (coverage.override) continue;
    if (!coverage.consent) return false;
    if (![...categories].every((category) => coverage.consent!.categories.includes(category))) return false;
  }
  return true;
}
