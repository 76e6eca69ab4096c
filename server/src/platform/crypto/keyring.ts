import { createHash } from 'node:crypto';

/** A master key: 32 random bytes, named so the rows it wrapped can say which one it was. */
export interface MasterKey {
  id: string;
  key: Buffer;
}

/**
 * The keys of application-level encryption (ENLACE_ENCRYPTION_KEYS, ENLACE_BLIND_INDEX_KEY). New data keys are
 * wrapped by `current`; every key listed can unwrap, so a rotation adds a key in front, re-wraps (`pnpm
 * keys:rotate`) and only then drops the old one. `development` marks the published keys used when none are set
 * outside production: nothing they protect is secret.
 */
export interface Keyring {
  current: MasterKey;
  byId: ReadonlyMap<string, MasterKey>;
  blindIndexKey: Buffer;
  development: boolean;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,32}$/;

/** Parses `id:base64,id:base64` (the first is current); throws a sentence naming the problem, never a key. */
export function parseMasterKeys(value: string): MasterKey[] {
  const keys = value.split(',').map((entry, index) => {
    const [id, encoded, ...rest] = entry.trim().split(':');
    if (!id || !encoded || rest.length > 0 || !KEY_ID.test(id))
      throw new Error(`entry ${index + 1} must be <id>:<base64 key>, the id made of letters, digits, . _ -`);
    return { id, key: decodeKey(encoded, `key "${id}"`) };
  });
  if (new Set(keys.map((key) => key.id)).size !== keys.length) throw new Error('key ids must be unique');
  return keys;
}

export function decodeKey(encoded: string, what: string): Buffer {
  const key = Buffer.from(encoded, 'base64');
  if (key.length !== 32 || key.toString('base64') !== encoded.replace(/\s/g, ''))
    throw new Error(`${what} must be 32 random bytes in base64 (openssl rand -base64 32)`);
  return key;
}

export function buildKeyring(masterKeys: MasterKey[], blindIndexKey: Buffer, development = false): Keyring {
  return {
    current: masterKeys[0]!,
    byId: new Map(masterKeys.map((key) => [key.id, key])),
    blindIndexKey,
    development,
  };
}

/** The published development keys: derived from fixed words, so anyone can decrypt what they protect. */
export function developmentKeyring(): Keyring {
  const derive = (words: string) => createHash('sha256').update(words).digest();
  return buildKeyring(
    [{ id: 'dev', key: derive('enlace development master key') }],
    derive('enlace development index key'),
    true,
  );
}
