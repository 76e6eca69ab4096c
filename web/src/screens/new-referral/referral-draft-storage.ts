import type { ReferralDraftInput } from '../../gql/graphql';
import { newIdempotencyKey } from '../referral-inbox/referral-common';
import { draftEditKey, newReferralKey } from './forget-drafts';
import {
  emptyForm,
  splitAliases,
  withDefaults,
  type NewReferralForm,
  type NewReferralValues,
} from './new-referral.schema';

/**
 * What is kept on this device while the referral is being written: the form, the draft it was saved as, and the
 * idempotency key of its creation (a retry after a dropped answer must not create a second draft). Never in the
 * address: the form holds personal data.
 */
export interface StoredForm {
  values: NewReferralForm;
  draftId?: string;
  createKey: string;
}

export { draftEditKey, forgetAllDrafts, newReferralKey } from './forget-drafts';

/**
 * The typing holds persons' names and documents, and border posts share computers: it is kept in
 * sessionStorage (it survives a reload or a dropped connection, never the browser being closed), and
 * forgetAllDrafts() erases it when the session ends (sign-out, expiry). localStorage is never written; what
 * an older version left there is erased too.
 */
function draftStorage(): Storage {
  return window.sessionStorage;
}

/** What this device kept under `key`, or `fallback` when nothing (or something unreadable) is there. */
export function readStored(key: string, fallback: Omit<StoredForm, 'createKey'> = { values: emptyForm }): StoredForm {
  try {
    const raw = draftStorage().getItem(key);
    if (raw) {
      const stored = JSON.parse(raw) as StoredForm;
      return { ...stored, values: withDefaults(stored.values) };
    }
  } catch {
    // A damaged entry is dropped: the officer starts again rather than being stuck.
  }
  return { ...fallback, createKey: newIdempotencyKey() };
}

export function hasStored(key: string): boolean {
  try {
    return draftStorage().getItem(key) !== null;
  } catch {
    return false;
  }
}

export function writeStored(key: string, stored: StoredForm) {
  try {
    draftStorage().setItem(key, JSON.stringify(stored));
  } catch {
    // Storage full or disabled: the form still works, it just does not survive a reload.
  }
}

/**
 * After a draft is sent from wherever it was opened: the new-referral form must not keep pointing at it
 * (saving there would try to change a sent referral).
 */
export function forgetSentDraft(userId: string, draftId: string) {
  if (readStored(newReferralKey(userId)).draftId === draftId) forgetStored(newReferralKey(userId));
  forgetStored(draftEditKey(userId, draftId));
}

export function forgetStored(key: string) {
  try {
    draftStorage().removeItem(key);
  } catch {
    // Nothing to forget when storage is disabled.
  }
}

export function toInput(values: NewReferralValues): ReferralDraftInput {
  const text = (value: string) => (value === '' ? null : value);
  const list = <T>(items: T[]) => (items.length === 0 ? null : items);
  return {
    mechanismId: values.mechanismId,
    receivingAgencyId: values.receivingAgencyId,
    category: values.category,
    urgency: values.urgency,
    title: values.title,
    narrative: values.narrative,
    incidentDate: text(values.incidentDate),
    crossingPointId: text(values.crossingPointId),
    placeDescription: text(values.placeDescription),
    latitude: values.latitude === '' ? null : Number(values.latitude.replace(',', '.')),
    longitude: values.longitude === '' ? null : Number(values.longitude.replace(',', '.')),
    handlingCode: values.handlingCode,
    sourceReliability: values.sourceReliability,
    informationAccuracy: Number(values.informationAccuracy),
    persons: values.persons.map((person) => ({
      role: person.role,
      givenNames: text(person.givenNames),
      familyNames: text(person.familyNames),
      aliases: list(splitAliases(person.aliases)),
      sex: person.sex === '' ? null : person.sex,
      dateOfBirth: text(person.dateOfBirth),
      nationality: text(person.nationality),
      estimatedAge: person.estimatedAge === '' ? null : Number(person.estimatedAge),
      identityDocuments: list(
        person.identityDocuments.map((document) => ({
          kind: document.kind,
          number: document.number,
          issuingCountry: text(document.issuingCountry),
        })),
      ),
      phones: list(person.phones.map((phone) => phone.number)),
      vehicles: list(
        person.vehicles.map((vehicle) => ({ plate: text(vehicle.plate), description: text(vehicle.description) })),
      ),
    })),
  };
}
