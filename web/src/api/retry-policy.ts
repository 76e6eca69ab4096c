/**
 * When and how long the web app waits before sending a request again. One policy for GraphQL (retry-link.ts) and
 * the attachment upload: exponential back-off with jitter, and never sooner than the server's `Retry-After`
 * (load shedding, a database outage: docs/operations.md). Jitter only lengthens the wait, so a crowd of clients
 * told "2 seconds" does not come back in the same millisecond.
 */
export interface RetrySettings {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  initialMs: number;
  maxMs: number;
  /** Jitter source in [0, 1). */
  random: () => number;
}

export const RETRY_SETTINGS: RetrySettings = { maxAttempts: 5, initialMs: 400, maxMs: 8_000, random: Math.random };

/** The wait before attempt `attempt + 1`: max(back-off, Retry-After), plus up to half of it at random. */
export function retryDelayMs(attempt: number, retryAfterMs: number | null, settings: RetrySettings): number {
  const backoff = Math.min(settings.maxMs, settings.initialMs * 2 ** Math.max(0, attempt - 1));
  const base = Math.max(backoff, retryAfterMs ?? 0);
  return Math.round(base * (1 + settings.random() * 0.5));
}

/** `Retry-After` as delay-seconds or an HTTP date, in milliseconds; null when absent or unreadable. */
export function retryAfterHeaderMs(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * "Try again later": 503 (shedding, stopping, database outage; with Retry-After), and 502/504 from a load balancer
 * while a process restarts. 429 is the caller's budget: not repeated.
 */
export const RETRYABLE_STATUSES = [502, 503, 504];

/** The server shed the request or its database is down: a retryable answer, distinct from a bug. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** Waits `ms` (a seam for tests). */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
