import { createHmac } from 'node:crypto';
import type { Keyring } from './keyring';

/**
 * A keyed blind index: HMAC-SHA256 of a normalised value within a scope (an agency), so an exact value can be
 * found with an indexed equality without storing it. The scope is part of the input: the same document number
 * gives different digests in two agencies, so indexes cannot be joined across agencies to link a person.
 */
export function blindIndex(keyring: Keyring, scope: string, kind: string, value: string): string {
  return createHmac('sha256', keyring.blindIndexKey)
    .update(`${scope}\u0000${kind}\u0000${normaliseForIndex(value)}`)
    .digest('base64url');
}

/** Case, spaces, dashes and dots do not matter in a document number: "A-12.345 6" and "a123456" match. */
export function normaliseForIndex(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\-./]/g, '')
    .toUpperCase();
}
