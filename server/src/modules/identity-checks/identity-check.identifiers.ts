import type { Keyring } from '../../platform/crypto/keyring';
import { badInput } from '../../platform/graphql/errors';
import { checkIndex, mechanismCheckKey } from './check-keys';
import { normaliseDocument, personKeys } from './identifier-normalisation';
import type { DocumentIdentifierInput, PersonIdentifiersInput } from './identity-check.types';

export interface Identifiers {
  person?: PersonIdentifiersInput | null;
  document?: DocumentIdentifierInput | null;
}

/** The normalised forms of what was typed; BAD_USER_INPUT naming the field when none can be read. */
export function normalisedForms(input: Identifiers) {
  if (!input.person && !input.document) throw badInput({ 'input.person': 'error.identityCheck.identifierRequired' });
  const person = input.person ? personKeys(input.person) : null;
  if (input.person && !person) throw badInput({ 'input.person': 'error.identityCheck.invalidPerson' });
  const document = input.document ? normaliseDocument(input.document.number, input.document.issuingCountry) : null;
  if (input.document && !document) throw badInput({ 'input.document': 'error.identityCheck.invalidDocument' });
  return { person, document };
}

export interface BlindIndexes {
  exact: string[];
  loose: string[];
}

/**
 * The blind indexes under one key version. A record is indexed at its own year of birth; a check looks one year
 * either side (`aroundYear`), so a date of birth within a year is a possible match.
 */
export function blindIndexesOf(
  forms: ReturnType<typeof normalisedForms>,
  keyring: Keyring,
  mechanismId: string,
  version: number,
  aroundYear: boolean,
): BlindIndexes {
  const key = mechanismCheckKey(keyring, mechanismId, version);
  const exact = [forms.person?.exact, forms.document].filter((form): form is string => Boolean(form));
  const years = forms.person ? (aroundYear ? [-1, 0, 1] : [0]).map((delta) => forms.person!.year + delta) : [];
  const loose = years.flatMap((year) => forms.person!.loose(year));
  return { exact: exact.map((form) => checkIndex(key, form)), loose: loose.map((form) => checkIndex(key, form)) };
}
