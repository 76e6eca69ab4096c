import { RETRY_SETTINGS, retryAfterHeaderMs, retryDelayMs, RETRYABLE_STATUSES, sleep } from '../../api/retry-policy';
import type { Language } from '../../i18n/languages';
import { newIdempotencyKey } from '../referral-inbox/referral-common';

/** What the server accepts (server/src/modules/referrals/conversation/attachment-content.ts), shown to users. */
export const ATTACHMENT_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WebP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'text/plain': 'TXT',
};
/** The server's default limit; it stays the judge (a smaller configured limit comes back as "too large"). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export interface UploadedAttachment {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

/** A refused upload, as the catalogue key of the sentence to show. */
export class AttachmentUploadError extends Error {
  constructor(readonly messageKey: string) {
    super(messageKey);
  }
}

// The attachment route answers with the API's own message keys: its attachment ones are ours to translate.
const ATTACHMENT_KEY_PREFIX = 'error.attachment.';
const SERVER_REFUSALS = ['empty', 'typeNotAllowed', 'fileNameInvalid'];

function messageKeyOf(serverKey: string | undefined): string {
  const refusal = serverKey?.startsWith(ATTACHMENT_KEY_PREFIX) ? serverKey.slice(ATTACHMENT_KEY_PREFIX.length) : '';
  if (SERVER_REFUSALS.includes(refusal)) return `referrals.attachments.${refusal}`;
  if (serverKey && ['error.unauthenticated', 'error.notFound', 'error.serviceUnavailable'].includes(serverKey))
    return serverKey;
  return 'error.internal';
}

/** Checks what the browser can know before sending bytes over a slow line; the server checks again. */
export function refusalOf(file: File): string | null {
  if (file.size === 0) return 'referrals.attachments.empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'referrals.attachments.tooLarge';
  if (!ATTACHMENT_TYPES[file.type]) return 'referrals.attachments.typeNotAllowed';
  return null;
}

/**
 * Sends a file to the referral's authenticated attachment route (raw bytes, the session cookie, the name in a
 * header). The URL carries ids only; the file name travels URI-encoded in a header, never in the address.
 * One Idempotency-Key per file picked: a lost answer or a "try again" (503 with Retry-After, a dropped
 * connection) is repeated with the same key, with back-off and jitter, and the server answers the first upload
 * instead of storing the file twice.
 */
export async function uploadAttachment(
  referralId: string,
  file: File,
  options: {
    idempotencyKey?: string;
    wait?: (ms: number) => Promise<void>;
    /** Another module's upload route for the same kind of file (a referral to a service's conversation). */
    path?: string;
  } = {},
): Promise<UploadedAttachment> {
  const refusal = refusalOf(file);
  if (refusal) throw new AttachmentUploadError(refusal);
  const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
  const wait = options.wait ?? sleep;
  for (let attempt = 1; ; attempt += 1) {
    const last = attempt >= RETRY_SETTINGS.maxAttempts;
    let response: Response;
    try {
      response = await sendAttachment(
        options.path ?? `/api/referrals/${encodeURIComponent(referralId)}/attachments`,
        file,
        idempotencyKey,
      );
    } catch {
      if (last) throw new AttachmentUploadError('error.network');
      await wait(retryDelayMs(attempt, null, RETRY_SETTINGS));
      continue;
    }
    if (RETRYABLE_STATUSES.includes(response.status) && !last) {
      await wait(retryDelayMs(attempt, retryAfterHeaderMs(response.headers.get('retry-after')), RETRY_SETTINGS));
      continue;
    }
    if (response.ok) return (await response.json()) as UploadedAttachment;
    if (response.status === 413) throw new AttachmentUploadError('referrals.attachments.tooLarge');
    const body = (await response.json().catch(() => ({}))) as { messageKey?: string };
    throw new AttachmentUploadError(messageKeyOf(body.messageKey));
  }
}

function sendAttachment(path: string, file: File, idempotencyKey: string): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    // X-Requested-With: the server's CSRF guard refuses cookie-authenticated uploads without it.
    headers: {
      'content-type': file.type,
      'x-file-name': encodeURIComponent(file.name),
      'x-requested-with': 'enlace',
      'idempotency-key': idempotencyKey,
    },
    body: file,
  });
}

/** "2,4 MB" in the user's language. */
export function formatFileSize(bytes: number, language: Language): string {
  const locale = language === 'pt' ? 'pt-BR' : language;
  const [value, unit] =
    bytes >= 1024 * 1024
      ? [bytes / (1024 * 1024), 'megabyte']
      : bytes >= 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
