/** Validation shared by invitations, user administration and the profile; each returns a message key or null. */

import { isDeniedPassword } from './password-deny-list';

/** Ids are UUIDs; anything else cannot name a record (and must not reach PostgreSQL as a cast error). */
export { isUuid } from '../../../platform/ids';

export const LOCALES = ['es', 'en', 'pt', 'fr'] as const;

export const PASSWORD_MIN_LENGTH = 12;
// argon2 hashes any length, but an unbounded one is a cheap way to make the server work hard.
export const PASSWORD_MAX_LENGTH = 256;

/**
 * Password policy after current guidance (NIST SP 800-63B): long rather than complex, no composition rules,
 * refused when common or breached (a deny list shipped with the app), when it contains the user's e-mail
 * or its name part, or when it is the password being replaced.
 */
export function passwordProblem(
  password: string,
  about: { email?: string; currentPassword?: string } = {},
): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'error.password.tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'error.password.tooLong';
  if (password.trim().length === 0) return 'error.password.tooShort';
  if (about.currentPassword !== undefined && password === about.currentPassword) return 'error.password.sameAsCurrent';
  if (about.email && containsEmail(password, about.email)) return 'error.password.containsEmail';
  if (isDeniedPassword(password)) return 'error.password.common';
  return null;
}

function containsEmail(password: string, email: string): boolean {
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const localPart = address.split('@')[0] ?? '';
  // The whole address, the part before @, and each name in it ("maria.lopez" -> "maria", "lopez").
  const parts = [address, localPart, ...localPart.split(/[._+-]+/)].filter((part) => part.length >= 4);
  return parts.some((part) => lower.includes(part));
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
