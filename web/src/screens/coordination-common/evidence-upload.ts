import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from '../referral-detail/attachments';

/** Why a file was not attached, as a catalogue key (coordinationWork.evidence.*). */
export class EvidenceUploadError extends Error {
  constructor(readonly messageKey: string) {
    super(messageKey);
  }
}

/** What the browser can check before sending bytes; the server sniffs, sizes and checks again. */
export function evidenceRefusalOf(file: File): string | null {
  if (file.size === 0) return 'coordinationWork.evidence.empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'coordinationWork.evidence.tooLarge';
  if (!ATTACHMENT_TYPES[file.type]) return 'coordinationWork.evidence.typeNotAllowed';
  return null;
}

/**
 * Sends a file as evidence on a progress update (raw bytes, the session cookie, the name URI-encoded in a header,
 * an Idempotency-Key so a retry after a lost answer attaches it once).
 */
export async function uploadEvidence(updateId: string, file: File, idempotencyKey: string): Promise<void> {
  const refusal = evidenceRefusalOf(file);
  if (refusal) throw new EvidenceUploadError(refusal);
  let response: Response;
  try {
    response = await fetch(`/api/coordination/action-updates/${encodeURIComponent(updateId)}/evidence`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': file.type,
        'x-file-name': encodeURIComponent(file.name),
        'x-requested-with': 'enlace',
        'idempotency-key': idempotencyKey,
      },
      body: file,
    });
  } catch {
    throw new EvidenceUploadError('error.network');
  }
  if (response.ok) return;
  if (response.status === 413) throw new EvidenceUploadError('coordinationWork.evidence.tooLarge');
  if (response.status === 415) throw new EvidenceUploadError('coordinationWork.evidence.typeNotAllowed');
  throw new EvidenceUploadError('coordinationWork.evidence.failed');
}
