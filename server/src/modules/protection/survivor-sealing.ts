import { blindIndex } from '../../platform/crypto/blind-index';
import {
  newDataKey,
  openBytes,
  openJson,
  sealBytes,
  sealJson,
  unwrapDataKey,
  type DataKey,
} from '../../platform/crypto/envelope';
import type { Keyring } from '../../platform/crypto/keyring';
import type { Survivor } from './survivor.entity';
import type { SurvivorPersonalData } from './survivor-personal-data';
import { setStatisticColumns } from './survivor-statistics';

const PURPOSE = 'survivor.personal_data';
const DOCUMENT_INDEX = 'document';

// Opened records, per request (the entity object lives as long as the request's identity map): one
// decryption per record however many of its fields a query selects.
const opened = new WeakMap<Survivor, SurvivorPersonalData>();

function dataKeyOf(keyring: Keyring, survivor: Survivor): DataKey {
  return unwrapDataKey(keyring, { wrapped: survivor.dataKey, keyId: survivor.keyId }, survivor.id);
}

/**
 * Seals a survivor's personal data into the record: a new record gets its own data key (wrapped by the current
 * master key); an existing one keeps its key. The document index and the de-identified statistic columns are
 * recomputed from the data.
 */
export function sealPersonalData(keyring: Keyring, survivor: Survivor, data: SurvivorPersonalData): void {
  let dataKey: DataKey;
  if (survivor.dataKey) dataKey = dataKeyOf(keyring, survivor);
  else {
    dataKey = newDataKey(keyring, survivor.id);
    survivor.dataKey = dataKey.wrapped;
    survivor.keyId = dataKey.keyId;
  }
  survivor.personalData = sealJson(dataKey, survivor.id, PURPOSE, data);
  survivor.documentIndex = [
    ...new Set(
      data.identityDocuments.map((document) => documentDigest(keyring, survivor.holdingAgency.id, document.number)),
    ),
  ];
  setStatisticColumns(survivor, data);
  opened.set(survivor, data);
}

/** The survivor's personal data, decrypted (once per record and request). Call only after the policy allowed it. */
export function openPersonalData(keyring: Keyring, survivor: Survivor): SurvivorPersonalData {
  let data = opened.get(survivor);
  if (!data) {
    data = openJson<SurvivorPersonalData>(dataKeyOf(keyring, survivor), survivor.id, PURPOSE, survivor.personalData);
    opened.set(survivor, data);
  }
  return data;
}

/** The blind-index digest of a document number within an agency (only that agency's records can match it). */
export function documentDigest(keyring: Keyring, agencyId: string, documentNumber: string): string {
  return blindIndex(keyring, agencyId, DOCUMENT_INDEX, documentNumber);
}

/** Seals a value of a record that belongs to the survivor (a consent's names) with the survivor's data key. */
export function sealForSurvivor(
  keyring: Keyring,
  survivor: Survivor,
  recordId: string,
  purpose: string,
  value: unknown,
): Buffer {
  return sealJson(dataKeyOf(keyring, survivor), recordId, purpose, value);
}

/** Opens a value sealed with sealForSurvivor. Call only after the policy allowed the read. */
export function openForSurvivor<T>(
  keyring: Keyring,
  survivor: Survivor,
  recordId: string,
  purpose: string,
  sealed: Buffer,
): T {
  return openJson<T>(dataKeyOf(keyring, survivor), recordId, purpose, sealed);
}

/**
 * Seals a file that belongs to the survivor (a signed consent form, a file on a referral's conversation) with the
 * survivor's data key: the file store only ever holds ciphertext, and a key rotation keeps it readable.
 */
export function sealFileForSurvivor(
  keyring: Keyring,
  survivor: Survivor,
  fileId: string,
  purpose: string,
  content: Buffer,
): Buffer {
  return sealBytes(dataKeyOf(keyring, survivor), fileId, purpose, content);
}

/** Opens a file sealed with sealFileForSurvivor. Call only after the policy allowed the download. */
export function openFileForSurvivor(
  keyring: Keyring,
  survivor: Survivor,
  fileId: string,
  purpose: string,
  sealed: Buffer,
): Buffer {
  return openBytes(dataKeyOf(keyring, survivor), fileId, purpose, sealed);
}
