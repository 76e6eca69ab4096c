/**
 * Sign-in settings, read from the environment on use so each can be tuned per deployment without touching the
 * platform config. Defaults follow common guidance for shared office workstations.
 */
export interface AuthSettings {
  /** A session unused this long is over (ENLACE_SESSION_IDLE_MINUTES, default 8 h). */
  sessionIdleMs: number;
  /** A session is over this long after sign-in, however active (ENLACE_SESSION_ABSOLUTE_MINUTES, default 12 h). */
  sessionAbsoluteMs: number;
  /** Time to enter the second factor after the password. */
  secondFactorWindowMs: number;
  /** Wrong passwords before the first lockout, its length, and the cap of the doubling back-off. */
  lockoutThreshold: number;
  lockoutBaseSeconds: number;
  lockoutMaxSeconds: number;
  /** Wrong second-factor codes that end a pending session. */
  secondFactorMaxFailures: number;
  invitationValidityMs: number;
  /** Where people open the web app (ENLACE_PUBLIC_URL), for links in mails. */
  publicUrl: string;
  /** Secure, __Host- cookie in production (HTTPS only). */
  secureCookie: boolean;
  production: boolean;
  development: boolean;
}

const MINUTE = 60_000;

export function authSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const nodeEnv = env.NODE_ENV ?? 'development';
  return {
    sessionIdleMs: positiveMinutes(env, 'ENLACE_SESSION_IDLE_MINUTES', 8 * 60) * MINUTE,
    sessionAbsoluteMs: positiveMinutes(env, 'ENLACE_SESSION_ABSOLUTE_MINUTES', 12 * 60) * MINUTE,
    secondFactorWindowMs: 10 * MINUTE,
    lockoutThreshold: 5,
    lockoutBaseSeconds: 60,
    lockoutMaxSeconds: 60 * 60,
    secondFactorMaxFailures: 5,
    invitationValidityMs: 7 * 24 * 60 * MINUTE,
    publicUrl: (env.ENLACE_PUBLIC_URL || 'http://localhost:4000').replace(/\/+$/, ''),
    secureCookie: nodeEnv === 'production',
    production: nodeEnv === 'production',
    development: nodeEnv === 'development',
  };
}

function positiveMinutes(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name}: must be a positive number of minutes`);
  return value;
}
