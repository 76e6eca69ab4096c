import type { EntityManager } from '@mikro-orm/postgresql';
import { LOCKOUT } from './auth-settings';
import { sha256 } from './secrets';

/**
 * The throttle key of a sign-in name tried from one client address: no e-mail or address is stored, and
 * case does not matter. Per e-mail *and* address, so a stranger who knows a colleague's e-mail can slow down
 * only their own attempts, never lock the colleague out; spraying many e-mails from one address is stopped
 * by the address's own budget (platform/http/rate-limits.ts).
 */
export function signInThrottleKey(email: string, clientAddress: string | undefined): string {
  return sha256(`sign-in:${email.trim().toLowerCase()}:${clientAddress ?? 'unknown'}`);
}

/** Seconds until the key may try again; 0 when it is not locked. */
export async function secondsLocked(em: EntityManager, keyHash: string): Promise<number> {
  const rows: { seconds: number | string | null }[] = await em.execute(
    'select ceil(extract(epoch from (locked_until - now()))) as seconds from sign_in_throttle where key_hash = ?',
    [keyHash],
  );
  const seconds = Number(rows[0]?.seconds ?? 0);
  return seconds > 0 ? seconds : 0;
}

/**
 * Counts a failure in one statement (safe under concurrent attempts). From the threshold on, each failure
 * locks the key: base seconds, doubling with every further failure, up to the cap.
 */
export async function recordFailedAttempt(em: EntityManager, keyHash: string): Promise<void> {
  await em.execute(
    `insert into sign_in_throttle as t (key_hash, failure_count, last_failure_at, locked_until)
     values (?, 1, now(), case when 1 >= ? then now() + make_interval(secs => ?) end)
     on conflict (key_hash) do update set
       failure_count = t.failure_count + 1,
       last_failure_at = now(),
       locked_until = case when t.failure_count + 1 >= ?
         then now() + make_interval(secs => least(?::float8, ?::float8 * power(2, t.failure_count + 1 - ?)))
         else null end`,
    [
      keyHash,
      LOCKOUT.threshold,
      LOCKOUT.baseSeconds,
      LOCKOUT.threshold,
      LOCKOUT.maxSeconds,
      LOCKOUT.baseSeconds,
      LOCKOUT.threshold,
    ],
  );
}

export async function clearFailedAttempts(em: EntityManager, keyHash: string): Promise<void> {
  await em.execute('delete from sign_in_throttle where key_hash = ?', [keyHash]);
}
