import { createHmac, hkdfSync } from 'node:crypto';
import type { Keyring } from '../../platform/crypto/keyring';

/**
 * The key of a mechanism's checks, version by version: derived from the blind-index key (HKDF-SHA256) with the
 * mechanism's id as salt, so an index made for one mechanism means nothing in another, and a rotation (a new
 * version) needs no new secret in the configuration. The derived key is what a country's alert list is given.
 */
export function mechanismCheckKey(keyring: Keyring, mechanismId: string, version: number): Buffer {
  return Buffer.from(hkdfSync('sha256', keyring.blindIndexKey, mechanismId, `enlace identity check v${version}`, 32));
}

/** The keyed blind index of a normalised identifier (identifier-normalisation.ts), base64url. */
export function checkIndex(key: Buffer, normalised: string): string {
  return createHmac('sha256', key).update(normalised, 'utf8').digest('base64url');
}
