import { createHash, randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A random bearer secret (256 bits), URL-safe; optionally prefixed so leaked tokens are easy to recognise. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * Session, invitation and API tokens are stored as SHA-256 only: they are 256-bit random, so a fast hash is
 * enough, and a leaked table cannot be replayed.
 */
export function sha256(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

// @node-rs/argon2 defaults to argon2id; these are OWASP's minimum (19 MiB, 2 passes, 1 lane).
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Verified against when there is no usable account (unknown e-mail, disabled user or agency, no password), so
 * every failed sign-in costs one argon2 verification with the parameters of real hashes. A constant, not made on
 * first use: making it would cost the first unknown e-mail a hash more. Its password is random and forgotten.
 * `secrets.test.ts` checks its parameters stay those of `hashPassword`.
 */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$xfuvr1+hJ7JpvATA1uXgcA$ZHBztUkpcWm3uwSzk+wMTU/vbpyo4Cbn+ylHdAi+icE';

/**
 * The password check sign-in makes, as an object so a test can observe that the dummy hash is verified for an
 * unknown e-mail (timings are measured by server/bench/sign-in-timing.mjs, not asserted in tests).
 */
export const signInPasswordCheck = {
  matches: (passwordHash: string | null, password: string): Promise<boolean> =>
    passwordMatches(passwordHash ?? DUMMY_PASSWORD_HASH, password),
};

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time recovery code like "k7m2p-x9q4r" (about 49 bits), easy to read off paper. */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** What people type may differ in case, spaces and dashes from what was printed. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}
