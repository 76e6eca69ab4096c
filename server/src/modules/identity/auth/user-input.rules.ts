/** Validation shared by invitations, user administration and the profile; each returns a message key or null. */

/** Ids are UUIDs; anything else cannot name a record (and must not reach PostgreSQL as a cast error). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

export const LOCALES = ['es', 'en', 'pt', 'fr'] as const;

export const PASSWORD_MIN_LENGTH = 12;
// argon2 hashes any length, but an unbounded one is a cheap way to make the server work hard.
export const PASSWORD_MAX_LENGTH = 256;

export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'error.password.tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'error.password.tooLong';
  if (password.trim().length === 0) return 'error.password.tooShort';
  return null;
}

export function emailProblem(email: string): string | null {
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return 'error.email.invalid';
  return null;
}

export function nameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'error.name.required';
  if (trimmed.length > 200) return 'error.name.tooLong';
  return null;
}

export function localeProblem(locale: string): string | null {
  return (LOCALES as readonly string[]).includes(locale) ? null : 'error.locale.unsupported';
}

/** An IANA zone Node's ICU knows (e.g. America/Guatemala). */
export function timeZoneProblem(timeZone: string): string | null {
  if (timeZone.length === 0 || timeZone.length > 64) return 'error.timeZone.unknown';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return null;
  } catch {
    return 'error.timeZone.unknown';
  }
}

/** Collects problems as `{ 'input.field': key }` for badInput. */
export function problemsOf(checks: Record<string, string | null | undefined>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const [field, problem] of Object.entries(checks)) if (problem) problems[field] = problem;
  return problems;
}
