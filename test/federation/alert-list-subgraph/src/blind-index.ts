import { createHmac } from 'node:crypto';

/**
 * The keyed blind index of one normalised identifier: HMAC-SHA256 under the key the country agreed with the
 * mechanism, base64url. Without the key nobody can test a guess against the list.
 */
export function blindIndexOf(key: Buffer, normalised: string): string {
  return createHmac('sha256', key).update(normalised, 'utf8').digest('base64url');
}
