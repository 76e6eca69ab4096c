import type { EnlaceConfig } from '../../../platform/config/config';

/**
 * Sign-in settings: the tunable ones come from the configuration (ENLACE_SESSION_*, ENLACE_PUBLIC_URL,
 * NODE_ENV); the rest are fixed and follow common guidance for shared office workstations.
 */
export interface AuthSettings {
  /** A session unused this long is over (ENLACE_SESSION_IDLE_MINUTES, default 8 h). */
  sessionIdleMs: number;
  /** A session is over this long after sign-in, however active (ENLACE_SESSION_ABSOLUTE_MINUTES, default 12 h). */
  sessionAbsoluteMs: number;
  /** Time to enter the second factor after the password. */
  secondFactorWindowMs: number;
  invitationValidityMs: number;
  /** Where people open the web app (ENLACE_PUBLIC_URL), for links in mails. */
  publicUrl: URL;
  /** Secure, __Host- cookie in production (HTTPS only). */
  secureCookie: boolean;
  production: boolean;
  development: boolean;
}

const MINUTE = 60_000;

/** Wrong passwords before the first lockout, its length, and the cap of the doubling back-off. */
export const LOCKOUT = { threshold: 5, baseSeconds: 60, maxSeconds: 60 * 60 } as const;

/** Wrong second-factor codes that end a pending session. */
export const SECOND_FACTOR_MAX_FAILURES = 5;

export function authSettings(config: EnlaceConfig): AuthSettings {
  return {
    sessionIdleMs: config.sessions.idleMinutes * MINUTE,
    sessionAbsoluteMs: config.sessions.absoluteMinutes * MINUTE,
    secondFactorWindowMs: 10 * MINUTE,
    invitationValidityMs: 7 * 24 * 60 * MINUTE,
    publicUrl: config.publicUrl,
    secureCookie: config.env === 'production',
    production: config.env === 'production',
    development: config.env === 'development',
  };
}
