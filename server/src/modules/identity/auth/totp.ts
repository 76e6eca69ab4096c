import { generate, generateSecret, generateURI, verify } from 'otplib';

/** TOTP (RFC 6238: SHA-1, 6 digits, 30 s), what every authenticator app speaks. The only otplib import. */

export function newTotpSecret(): string {
  return generateSecret();
}

/** For the QR code. The label names the agency, not the person: no e-mail or name in the URI. */
export function totpUri(secret: string, agencyAcronym: string): string {
  return generateURI({ issuer: 'Enlace', label: `Enlace ${agencyAcronym}`, secret });
}

const STEP_SECONDS = 30;

/**
 * The time step (30 s period) a code belongs to, or null when it matches none. Callers accept a step once
 * (`claimTotpStep`): a code seen over a shoulder or replayed from a log is refused.
 */
export async function totpStepOf(secret: string, code: string): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  // One step of tolerance either way for drifting phone clocks; otplib 13 answers with an object, not a boolean.
  const result = await verify({ secret, token, epochTolerance: STEP_SECONDS });
  if (!result.valid || !('epoch' in result)) return null;
  return Math.floor(result.epoch / STEP_SECONDS);
}

/** The code an app shows in time step `step` (tests use it to move to the next code instead of waiting). */
export function totpCodeAtStep(secret: string, step: number): Promise<string> {
  return generate({ secret, epoch: step * STEP_SECONDS });
}

export const currentTotpStep = () => Math.floor(Date.now() / 1000 / STEP_SECONDS);

/** The code an authenticator app would show now (tests and the demo seed use it). */
export function currentTotpCode(secret: string): Promise<string> {
  return generate({ secret });
}
