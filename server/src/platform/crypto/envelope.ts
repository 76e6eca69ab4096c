import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring';

// Envelope encryption with AES-256-GCM (docs/adr/0011-application-encryption.md). Each record has its own
// random data key; the data key is stored wrapped (encrypted) by a master key, with that key's id. A sealed
// value is version byte | 12-byte nonce | 16-byte tag | ciphertext. The additional data binds a value to its
// record and purpose, so a ciphertext copied onto another row or column does not open.

const VERSION = 1;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  constructor(what: string) {
    super(`${what} could not be decrypted (wrong key or altered data)`);
  }
}

/** A record's data key, in the clear only in memory, with its wrapped form as stored. */
export interface DataKey {
  key: Buffer;
  wrapped: Buffer;
  keyId: string;
}

function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), nonce, cipher.getAuthTag(), body]);
}

function open(key: Buffer, sealed: Buffer, aad: string, what: string): Buffer {
  if (sealed.length < 1 + NONCE_BYTES + TAG_BYTES || sealed[0] !== VERSION) throw new DecryptionError(what);
  const nonce = sealed.subarray(1, 1 + NONCE_BYTES);
  const tag = sealed.subarray(1 + NONCE_BYTES, 1 + NONCE_BYTES + TAG_BYTES);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(sealed.subarray(1 + NONCE_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptionError(what);
  }
}

/** A fresh data key for a new record (`recordId` is bound into its wrapping), wrapped by the current key. */
export function newDataKey(keyring: Keyring, recordId: string): DataKey {
  const key = randomBytes(32);
  return { key, ...wrapDataKey(keyring, key, recordId) };
}

export function wrapDataKey(keyring: Keyring, key: Buffer, recordId: string): { wrapped: Buffer; keyId: string } {
  const master = keyring.current;
  return { wrapped: seal(master.key, key, `data-key:${recordId}`), keyId: master.id };
}

/** Unwraps a stored data key with the master key named by `keyId` (any key still in the keyring). */
export function unwrapDataKey(keyring: Keyring, stored: { wrapped: Buffer; keyId: string }, recordId: string): DataKey {
  const master = keyring.byId.get(stored.keyId);
  if (!master) throw new DecryptionError(`the data key of a record (master key "${stored.keyId}" is not configured)`);
  return { key: open(master.key, stored.wrapped, `data-key:${recordId}`, 'a data key'), ...stored };
}

/** Encrypts a JSON value with a record's data key; `purpose` names the column (bound as additional data). */
export function sealJson(dataKey: DataKey, recordId: string, purpose: string, value: unknown): Buffer {
  return seal(dataKey.key, Buffer.from(JSON.stringify(value), 'utf8'), `${purpose}:${recordId}`);
}

export function openJson<T>(dataKey: DataKey, recordId: string, purpose: string, sealed: Buffer): T {
  return JSON.parse(open(dataKey.key, sealed, `${purpose}:${recordId}`, purpose).toString('utf8')) as T;
}

/** Encrypts bytes (an uploaded file) with a record's data key; `purpose` names what they are (additional data). */
export function sealBytes(dataKey: DataKey, recordId: string, purpose: string, content: Buffer): Buffer {
  return seal(dataKey.key, content, `${purpose}:${recordId}`);
}

export function openBytes(dataKey: DataKey, recordId: string, purpose: string, sealed: Buffer): Buffer {
  return open(dataKey.key, sealed, `${purpose}:${recordId}`, purpose);
}
