import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

// DER prefixes that turn a raw 32-byte Ed25519 seed (PKCS#8) or public key (SPKI) into what node:crypto reads.
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_ED25519 = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * An Ed25519 key pair the application signs with (the audit checkpoints). Only the configuration holds the
 * private key; the database never does. `keyId` names the public key, so a verifier picks the right one after
 * a rotation. `development` marks the published key used when none is configured: its signatures prove nothing.
 */
export interface SigningKey {
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  development: boolean;
}

/** A public key a verifier accepts: the current one and any older ones still listed. */
export interface VerifyKey {
  keyId: string;
  publicKey: KeyObject;
}

function raw32(encoded: string, what: string): Buffer {
  const bytes = Buffer.from(encoded.trim(), 'base64');
  if (bytes.length !== 32 || bytes.toString('base64') !== encoded.replace(/\s/g, ''))
    throw new Error(`${what} must be 32 bytes in base64 (pnpm audit:anchor --new-key prints one)`);
  return bytes;
}

/** The key's id: the first 16 hex digits of the SHA-256 of the raw public key. */
function keyIdOf(publicKey: KeyObject): string {
  const rawPublic = publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519.length);
  return createHash('sha256').update(rawPublic).digest('hex').slice(0, 16);
}

/** The pair from its base64 seed (ENLACE_AUDIT_SIGNING_KEY); throws a sentence that never repeats the key. */
export function signingKeyFromSeed(seedBase64: string, development = false): SigningKey {
  const seed = raw32(seedBase64, 'the audit signing key');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  return { keyId: keyIdOf(publicKey), privateKey, publicKey, development };
}

/** A public key from its raw base64 form (ENLACE_AUDIT_VERIFY_KEYS, what `pnpm audit:keygen` prints). */
export function verifyKeyFromBase64(publicBase64: string): VerifyKey {
  const rawPublic = raw32(publicBase64, 'an audit verify key');
  const publicKey = createPublicKey({ key: Buffer.concat([SPKI_ED25519, rawPublic]), format: 'der', type: 'spki' });
  return { keyId: keyIdOf(publicKey), publicKey };
}

/** The raw public key in base64: what to hand to auditors. */
export function publicKeyBase64(key: { publicKey: KeyObject }): string {
  return key.publicKey.export({ format: 'der', type: 'spki' }).subarray(SPKI_ED25519.length).toString('base64');
}

/** The published development key: derived from fixed words, so anyone can forge what it signs. */
export function developmentSigningKey(): SigningKey {
  const seed = createHash('sha256').update('enlace development audit signing key').digest('base64');
  return signingKeyFromSeed(seed, true);
}

export function signText(key: SigningKey, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64');
}

export function signatureValid(key: VerifyKey, text: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), key.publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
