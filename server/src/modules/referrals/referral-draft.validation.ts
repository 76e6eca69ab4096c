import { badInput } from '../../platform/graphql/errors';
import type { ReferralDraftInput, ReferralPersonInput } from './referral.inputs';

const COUNTRY_CODE = /^[A-Z]{2}$/;
export const MAX_PERSONS = 200;

/**
 * Checks what the sender wrote, field by field, and reports every problem at once with its input path and
 * message key. Messages never echo the values: they may be personal data.
 */
export function validateDraft(input: ReferralDraftInput, today: string = new Date().toISOString().slice(0, 10)) {
  const problems: Record<string, string> = {};
  const title = input.title.trim();
  if (title.length === 0) problems['input.title'] = 'error.referral.titleRequired';
  else if (title.length > 300) problems['input.title'] = 'error.referral.titleTooLong';
  if (input.narrative.trim().length === 0) problems['input.narrative'] = 'error.referral.narrativeRequired';
  if (!Number.isInteger(input.informationAccuracy) || input.informationAccuracy < 1 || input.informationAccuracy > 4)
    problems['input.informationAccuracy'] = 'error.referral.informationAccuracyInvalid';
  if (input.incidentDate && input.incidentDate > today)
    problems['input.incidentDate'] = 'error.referral.incidentDateInFuture';
  if ((input.placeDescription?.length ?? 0) > 300)
    problems['input.placeDescription'] = 'error.referral.placeDescriptionTooLong';
  const hasLatitude = input.latitude !== null && input.latitude !== undefined;
  const hasLongitude = input.longitude !== null && input.longitude !== undefined;
  if (
    hasLatitude !== hasLongitude ||
    (hasLatitude && Math.abs(input.latitude!) > 90) ||
    (hasLongitude && Math.abs(input.longitude!) > 180)
  )
    problems['input.latitude'] = 'error.referral.coordinatesInvalid';
  const persons = input.persons ?? [];
  if (persons.length > MAX_PERSONS) problems['input.persons'] = 'error.referral.tooManyPersons';
  persons.forEach((person, index) => validatePerson(person, `input.persons.${index}`, today, problems));
  if (Object.keys(problems).length > 0) throw badInput(problems);
}

function validatePerson(person: ReferralPersonInput, path: string, today: string, problems: Record<string, string>) {
  const age = person.estimatedAge;
  if (age !== null && age !== undefined && (!Number.isInteger(age) || age < 0 || age > 120))
    problems[`${path}.estimatedAge`] = 'error.referral.personAgeInvalid';
  if (person.dateOfBirth && person.dateOfBirth > today)
    problems[`${path}.dateOfBirth`] = 'error.referral.personDateOfBirthInFuture';
  if (person.nationality && !COUNTRY_CODE.test(person.nationality))
    problems[`${path}.nationality`] = 'error.referral.personNationalityInvalid';
  if ((person.givenNames?.length ?? 0) > 200 || (person.familyNames?.length ?? 0) > 200)
    problems[`${path}.givenNames`] = 'error.referral.personNameTooLong';
}
