import type { Request, Response } from 'express';
import type { AuthSettings } from './auth-settings';

/** `__Host-` binds the cookie to this exact origin over HTTPS (no Domain, Path=/, Secure). */
export function sessionCookieName(settings: Pick<AuthSettings, 'secureCookie'>): string {
  return settings.secureCookie ? '__Host-enlace_session' : 'enlace_session';
}

/** The session token from the Cookie header (no cookie-parser: this is the only cookie the API reads). */
export function sessionTokenOf(req: Request | undefined, settings: AuthSettings): string | undefined {
  const header = req?.headers.cookie;
  if (!header) return undefined;
  const name = sessionCookieName(settings);
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    const value = part.slice(separator + 1).trim();
    return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
  }
  return undefined;
}

/**
 * httpOnly keeps the token away from scripts; SameSite=Lax keeps it off cross-site POSTs (Apollo's CSRF
 * prevention covers the rest). The browser may drop it at the absolute expiry; the server decides anyway.
 */
export function setSessionCookie(res: Response | undefined, token: string, settings: AuthSettings): void {
  res?.cookie(sessionCookieName(settings), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: settings.secureCookie,
    path: '/',
    maxAge: settings.sessionAbsoluteMs,
  });
}

export function clearSessionCookie(res: Response | undefined, settings: AuthSettings): void {
  res?.clearCookie(sessionCookieName(settings), {
    httpOnly: true,
    sameSite: 'lax',
    secure: settings.secureCookie,
    path: '/',
  });
}
