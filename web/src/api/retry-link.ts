import { ApolloLink, CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import { isMutationOperation, isQueryOperation } from '@apollo/client/utilities';
import { Observable, type Subscription } from 'rxjs';
import {
  RETRY_SETTINGS,
  retryAfterHeaderMs,
  retryDelayMs,
  RETRYABLE_STATUSES,
  SERVICE_UNAVAILABLE,
  type RetrySettings,
} from './retry-policy';

/**
 * Whether sending the operation again is safe: queries always; mutations only when they carry an idempotency key
 * (the `idempotencyKey` variable), since a lost answer does not mean the server did not act, and only a key makes
 * the server answer a repeat with the first result instead of acting twice.
 */
export function mayRepeat(operation: ApolloLink.Operation): boolean {
  if (isQueryOperation(operation.query)) return true;
  if (!isMutationOperation(operation.query)) return false;
  const key = (operation.variables as { idempotencyKey?: unknown }).idempotencyKey;
  return typeof key === 'string' && key.length > 0;
}

/** How long a failed request asks to wait, or null when it is not worth repeating (a 4xx, a bad answer). */
function waitAskedByFailure(error: unknown): number | null {
  if (ServerError.is(error)) {
    if (!RETRYABLE_STATUSES.includes(error.statusCode)) return null;
    return retryAfterHeaderMs(error.response.headers.get('retry-after')) ?? 0;
  }
  if (CombinedGraphQLErrors.is(error) || ServerParseError.is(error)) return null;
  // A network failure (no answer at all): back off without a floor.
  return 0;
}

/** An answer whose errors say SERVICE_UNAVAILABLE (the database was down for it): the wait it names, else null. */
function waitAskedByResult(result: ApolloLink.Result): number | null {
  const errors = 'errors' in result ? result.errors : undefined;
  const unavailable = errors?.find((error) => error.extensions?.code === SERVICE_UNAVAILABLE);
  if (!unavailable) return null;
  const seconds = Number(unavailable.extensions?.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/**
 * Repeats a query, or a mutation with an idempotency key, that failed on the network or was answered "try again"
 * (503 with Retry-After, or SERVICE_UNAVAILABLE), waiting as retry-policy.ts says. After the last attempt the
 * failure goes on to the error link, which shows "connection interrupted".
 */
export function createRetryLink(settings: RetrySettings = RETRY_SETTINGS): ApolloLink {
  return new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        let attempt = 0;
        let current: Subscription | undefined;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const againOr = (asked: number | null, giveUp: () => void) => {
          attempt += 1;
          if (asked === null || attempt >= settings.maxAttempts || !mayRepeat(operation)) return giveUp();
          timer = setTimeout(send, retryDelayMs(attempt, asked, settings));
        };
        const send = () => {
          let settled = false;
          current = forward(operation).subscribe({
            next: (result) => {
              const asked = waitAskedByResult(result);
              if (asked === null) return observer.next(result);
              settled = true;
              current?.unsubscribe();
              againOr(asked, () => {
                observer.next(result);
                observer.complete();
              });
            },
            error: (error: unknown) => againOr(waitAskedByFailure(error), () => observer.error(error)),
            complete: () => {
              if (!settled) observer.complete();
            },
          });
          if (settled) current.unsubscribe();
        };
        send();
        return () => {
          current?.unsubscribe();
          clearTimeout(timer);
        };
      }),
  );
}
