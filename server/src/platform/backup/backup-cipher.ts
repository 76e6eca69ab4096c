import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';

// One format for every file of a backup: "ENLB1", a 12-byte IV, AES-256-GCM ciphertext, the 16-byte tag.
// Streamed, so a database dump of any size never sits in memory.
const MAGIC = Buffer.from('ENLB1');
const IV_BYTES = 12;
const TAG_BYTES = 16;

export async function encryptFile(source: string, target: string, key: Buffer): Promise<void> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const out = createWriteStream(target, { mode: 0o600 });
  out.write(Buffer.concat([MAGIC, iv]));
  await pipeline(createReadStream(source), cipher, out, { end: false });
  await new Promise<void>((resolve, reject) => out.end(cipher.getAuthTag(), () => resolve()).on('error', reject));
}

/** Decrypts and authenticates: a file altered or encrypted under another key fails (and `target` is partial). */
export async function decryptFile(source: string, target: string, key: Buffer): Promise<void> {
  const { size } = await stat(source);
  const head = Buffer.alloc(MAGIC.length + IV_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  const handle = await open(source, 'r');
  try {
    await handle.read(head, 0, head.length, 0);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await handle.close();
  }
  if (size < head.length + TAG_BYTES || !head.subarray(0, MAGIC.length).equals(MAGIC))
    throw new Error('not an Enlace backup file');
  const decipher = createDecipheriv('aes-256-gcm', key, head.subarray(MAGIC.length));
  decipher.setAuthTag(tag);
  try {
    await pipeline(
      createReadStream(source, { start: head.length, end: size - TAG_BYTES - 1 }),
      decipher,
      createWriteStream(target, { mode: 0o600 }),
    );
  } catch {
    throw new Error('a backup file does not decrypt: altered, or made with another ENLACE_BACKUP_KEY');
  }
}

/** The same format for a small file (an attachment) held in memory. */
export function encryptBuffer(content: Buffer, key: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(content), cipher.final()]);
  return Buffer.concat([MAGIC, iv, body, cipher.getAuthTag()]);
}

export function decryptBuffer(sealed: Buffer, key: Buffer): Buffer {
  const start = MAGIC.length + IV_BYTES;
  if (sealed.length < start + TAG_BYTES || !sealed.subarray(0, MAGIC.length).equals(MAGIC))
    throw new Error('not an Enlace backup file');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(MAGIC.length, start));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(sealed.subarray(start, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    throw new Error('a backup file does not decrypt: altered, or made with another ENLACE_BACKUP_KEY');
  }
}

export function sha256(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** The manifest's seal: an HMAC under a key derived from the backup key (it is not a secret, but not to be forged). */
export function sealOf(text: string, key: Buffer): string {
  return createHmac('sha256', key).update('enlace-backup-manifest:').update(text).digest('hex');
}

export function sealValid(text: string, seal: string, key: Buffer): boolean {
  const expected = Buffer.from(sealOf(text, key), 'hex');
  const given = Buffer.from(seal, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
