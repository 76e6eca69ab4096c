import { randomBytes } from 'node:crypto';
import { blindIndex } from '../blind-index';
import { DecryptionError, newDataKey, openJson, sealJson, unwrapDataKey } from '../envelope';
import { buildKeyring, developmentKeyring, parseMasterKeys } from '../keyring';

const keyring = (keys = `a:${randomBytes(32).toString('base64')}`) =>
  buildKeyring(parseMasterKeys(keys), randomBytes(32));

describe('envelope encryption (AES-256-GCM, a data key per record wrapped by a master key)', () => {
  it('opens what it sealed, with the data key unwrapped from its stored form', () => {
    const ring = keyring();
    const dataKey = newDataKey(ring, 'record-1');
    const sealed = sealJson(dataKey, 'record-1', 'survivor.personal_data', { name: 'Rosa' });
    const again = unwrapDataKey(ring, { wrapped: dataKey.wrapped, keyId: dataKey.keyId }, 'record-1');
    expect(openJson(again, 'record-1', 'survivor.personal_data', sealed)).toEqual({ name: 'Rosa' });
    expect(sealed.includes(Buffer.from('Rosa'))).toBe(false);
  });

  it('refuses altered ciphertext, a value moved to another record or column, and a wrapped key moved to another record', () => {
    const ring = keyring();
    const dataKey = newDataKey(ring, 'record-1');
    const sealed = sealJson(dataKey, 'record-1', 'p', 'secret');
    const flipped = Buffer.from(sealed);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 1) ^ 1, flipped.length - 1);
    expect(() => openJson(dataKey, 'record-1', 'p', flipped)).toThrow(DecryptionError);
    expect(() => openJson(dataKey, 'record-2', 'p', sealed)).toThrow(DecryptionError);
    expect(() => openJson(dataKey, 'record-1', 'q', sealed)).toThrow(DecryptionError);
    expect(() => unwrapDataKey(ring, dataKey, 'record-2')).toThrow(DecryptionError);
  });

  it('unwraps with any listed key and wraps with the first; an unknown key id is refused', () => {
    const old = `old:${randomBytes(32).toString('base64')}`;
    const ring = keyring(old);
    const dataKey = newDataKey(ring, 'r');
    const rotated = buildKeyring(
      parseMasterKeys(`new:${randomBytes(32).toString('base64')},${old}`),
      ring.blindIndexKey,
    );
    expect(unwrapDataKey(rotated, dataKey, 'r').key).toEqual(dataKey.key);
    expect(newDataKey(rotated, 's').keyId).toBe('new');
    expect(() => unwrapDataKey(keyring(), dataKey, 'r')).toThrow(/master key "old" is not configured/);
  });

  it('rejects malformed keyrings with a sentence that names no key material', () => {
    expect(() => parseMasterKeys('a:c2hvcnQ=')).toThrow(/32 random bytes/);
    expect(() =>
      parseMasterKeys(`a:${randomBytes(32).toString('base64')},a:${randomBytes(32).toString('base64')}`),
    ).toThrow(/unique/);
    expect(() => parseMasterKeys('no key here')).toThrow(/<id>:<base64 key>/);
  });
});

describe('blind index (HMAC-SHA256 scoped to an agency)', () => {
  it('matches the same document however it is typed, and never across agencies or index keys', () => {
    const ring = developmentKeyring();
    expect(blindIndex(ring, 'agency-1', 'document', 'C 0458-2231')).toBe(
      blindIndex(ring, 'agency-1', 'document', 'c0458.2231'),
    );
    expect(blindIndex(ring, 'agency-1', 'document', 'C04582231')).not.toBe(
      blindIndex(ring, 'agency-2', 'document', 'C04582231'),
    );
    expect(blindIndex(ring, 'agency-1', 'document', 'C04582231')).not.toBe(
      blindIndex(keyring(), 'agency-1', 'document', 'C04582231'),
    );
  });
});
