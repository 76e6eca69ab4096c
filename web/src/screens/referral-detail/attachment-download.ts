import { RETRY_SETTINGS, retryAfterHeaderMs, retryDelayMs, RETRYABLE_STATUSES, sleep } from '../../api/retry-policy';

/** A download that did not succeed, as the shell catalogue key of the sentence to show. */
export class AttachmentDownloadError extends Error {
  constructor(readonly messageKey: string) {
    super(messageKey);
  }
}

const KNOWN_REFUSALS: Record<number, string> = {
  401: 'error.unauthenticated',
  403: 'error.forbidden',
  404: 'error.notFound',
  429: 'error.tooManyRequests',
};

/**
 * Fetches an attachment from its authenticated route, as the upload does (attachments.ts): a "try again" (503
 * with Retry-After while the server sheds load or its database is down, 502/504 from a balancer, a dropped
 * connection) is repeated with back-off and jitter, never sooner than Retry-After; a GET changes nothing, so
 * repeating it is safe. The bytes come back as a Blob only when the route answered them, so an error page is
 * never saved under the file's name.
 */
export async function fetchAttachment(
  path: string,
  options: { wait?: (ms: number) => Promise<void> } = {},
): Promise<Blob> {
  const wait = options.wait ?? sleep;
  for (let attempt = 1; ; attempt += 1) {
    const last = attempt >= RETRY_SETTINGS.maxAttempts;
    let response: Response;
    try {
      response = await fetch(path, { credentials: 'same-origin' });
    } catch {
      if (last) throw new AttachmentDownloadError('error.network');
      await wait(retryDelayMs(attempt, null, RETRY_SETTINGS));
      continue;
    }
    if (RETRYABLE_STATUSES.includes(response.status)) {
      if (last) throw new AttachmentDownloadError('error.serviceUnavailable');
      await wait(retryDelayMs(attempt, retryAfterHeaderMs(response.headers.get('retry-after')), RETRY_SETTINGS));
      continue;
    }
    if (response.ok) return response.blob();
    throw new AttachmentDownloadError(KNOWN_REFUSALS[response.status] ?? 'error.internal');
  }
}

/** Fetches (with retries) and hands the file to the browser under its own name. */
export async function downloadAttachment(path: string, fileName: string): Promise<void> {
  const url = URL.createObjectURL(await fetchAttachment(path));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // After the click has started the download: revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
