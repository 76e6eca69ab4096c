import { createHash } from 'node:crypto';

const startsWith = (content: Buffer, bytes: number[], offset = 0) =>
  content.length >= offset + bytes.length && bytes.every((byte, index) => content[offset + index] === byte);

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * The allowed types, each with how to recognise it from its first bytes. A declared type is believed only
 * when the content agrees, so an executable renamed to .pdf is refused. Office files are ZIP containers: the
 * sniff proves "a ZIP", the declared type says which kind.
 */
const ALLOWED: Record<string, (content: Buffer) => boolean> = {
  'application/pdf': (content) => startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d]),
  'image/png': (content) => startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (content) => startsWith(content, [0xff, 0xd8, 0xff]),
  'image/webp': (content) =>
    startsWith(content, [0x52, 0x49, 0x46, 0x46]) && startsWith(content, [0x57, 0x45, 0x42, 0x50], 8),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (content) => startsWith(content, ZIP),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (content) => startsWith(content, ZIP),
  'text/plain': (content) => isPlainText(content),
};

export const ALLOWED_MEDIA_TYPES = Object.keys(ALLOWED);

function isPlainText(content: Buffer): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    return false;
  }
}

/** The media type of the content when it is allowed and matches the declared one; null otherwise. */
export function sniffedMediaType(declared: string | undefined, content: Buffer): string | null {
  const [essence = ''] = (declared ?? '').split(';');
  const type = essence.trim().toLowerCase();
  const matches = ALLOWED[type];
  return matches && matches(content) ? type : null;
}

export const sha256Of = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** A file name safe to keep and to send back in a header: no path, no control characters, bounded. */
/**
 * Characters no one means in a file name: bidirectional overrides and isolates (they make "gpj.exe" read as
 * "exe.jpg"), NUL and lone UTF-16 surrogates. A name with any of them is refused, not cleaned: the sender
 * should see what the receiver would have seen.
 */
const MISLEADING =
  // eslint-disable-next-line no-control-regex
  /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u0000]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function fileNameIsMisleading(raw: string | undefined): boolean {
  try {
    return MISLEADING.test(decodeURIComponent(raw ?? ''));
  } catch {
    return false; // undecodable: cleanFileName falls back to a neutral name
  }
}

export function cleanFileName(raw: string | undefined): string {
  let name = '';
  try {
    name = decodeURIComponent(raw ?? '');
  } catch {
    name = '';
  }
  const withoutPath = name.replace(/^.*[\\/]/, '');
  const printable = [...withoutPath].filter((char) => char.charCodeAt(0) > 0x1f && char !== '\u007f' && char !== '"');
  name = printable.join('').trim();
  return name.slice(0, 200) || 'attachment';
}
