import { badInput } from '../../platform/graphql/errors';
import type { SurvivorInput } from './survivor.inputs';

const COUNTRY_CODE = /^[A-Z]{2}$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOCUMENT_KINDS = ['PASSPORT', 'NATIONAL_ID', 'RESIDENCE_PERMIT', 'BIRTH_CERTIFICATE', 'OTHER'];

export const SURVIVOR_LIMITS = {
  name: 200,
  aliases: 10,
  genderIdentity: 100,
  languages: 10,
  documents: 10,
  documentNumber: 60,
  phones: 5,
  phone: 40,
  email: 254,
  location: 300,
  exploitations: 20,
  place: 300,
  notes: 2000,
} as const;

/**
 * Checks a survivor record field by field and reports every problem at once, with its input path and message
 * key. Messages never echo values: they are personal data.
 */
export function validateSurvivor(input: SurvivorInput, today: string = new Date().toISOString().slice(0, 10)) {
  const problems: Record<string, string> = {};
  const L = SURVIVOR_LIMITS;
  const tooLong = (value: string | null | undefined, max: number) => (value?.trim().length ?? 0) > max;
  const add = (path: string, key: string) => (problems[`input.${path}`] ??= `error.protection.${key}`);

  if (tooLong(input.givenNames, L.name)) add('givenNames', 'nameTooLong');
  if (tooLong(input.familyNames, L.name)) add('familyNames', 'nameTooLong');
  const aliases = input.aliases ?? [];
  if (aliases.length > L.aliases) add('aliases', 'tooManyAliases');
  aliases.forEach((alias, i) => {
    if (alias.trim().length === 0) add(`aliases.${i}`, 'aliasBlank');
    else if (tooLong(alias, L.name)) add(`aliases.${i}`, 'nameTooLong');
  });
  if (input.dateOfBirth && input.dateOfBirth > today) add('dateOfBirth', 'dateOfBirthInFuture');
  const age = input.estimatedAge;
  if (age !== null && age !== undefined && (!Number.isInteger(age) || age < 0 || age > 120))
    add('estimatedAge', 'ageInvalid');
  if (tooLong(input.genderIdentity, L.genderIdentity)) add('genderIdentity', 'genderIdentityTooLong');
  if (input.nationality && !COUNTRY_CODE.test(input.nationality)) add('nationality', 'countryInvalid');
  const languages = input.languages ?? [];
  if (languages.length > L.languages) add('languages', 'tooManyLanguages');
  languages.forEach((code, i) => LANGUAGE_CODE.test(code) || add(`languages.${i}`, 'languageInvalid'));
  const documents = input.identityDocuments ?? [];
  if (documents.length > L.documents) add('identityDocuments', 'tooManyDocuments');
  documents.forEach((document, i) => {
    if (!DOCUMENT_KINDS.includes(document.kind)) add(`identityDocuments.${i}.kind`, 'documentKindInvalid');
    if (document.number.trim().length === 0) add(`identityDocuments.${i}.number`, 'documentNumberRequired');
    else if (tooLong(document.number, L.documentNumber)) add(`identityDocuments.${i}.number`, 'documentNumberTooLong');
    if (document.issuingCountry && !COUNTRY_CODE.test(document.issuingCountry))
      add(`identityDocuments.${i}.issuingCountry`, 'countryInvalid');
  });
  const phones = input.phones ?? [];
  if (phones.length > L.phones) add('phones', 'tooManyPhones');
  phones.forEach((phone, i) => {
    if (phone.trim().length === 0 || tooLong(phone, L.phone)) add(`phones.${i}`, 'phoneInvalid');
  });
  if (input.email && (tooLong(input.email, L.email) || !EMAIL.test(input.email.trim()))) add('email', 'emailInvalid');
  if (tooLong(input.currentLocation, L.location)) add('currentLocation', 'locationTooLong');
  const exploitations = input.exploitations ?? [];
  if (exploitations.length > L.exploitations) add('exploitations', 'tooManyExploitations');
  exploitations.forEach((item, i) => {
    if (item.countryCode && !COUNTRY_CODE.test(item.countryCode))
      add(`exploitations.${i}.countryCode`, 'countryInvalid');
    if (tooLong(item.place, L.place)) add(`exploitations.${i}.place`, 'placeTooLong');
    if (tooLong(item.notes, L.notes)) add(`exploitations.${i}.notes`, 'notesTooLong');
    if (item.startedOn && item.startedOn > today) add(`exploitations.${i}.startedOn`, 'dateInFuture');
    if (item.endedOn && item.startedOn && item.endedOn < item.startedOn)
      add(`exploitations.${i}.endedOn`, 'endBeforeStart');
  });
  if (Object.keys(problems).length > 0) throw badInput(problems);
}
