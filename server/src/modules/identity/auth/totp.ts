import { generate, generateSecret, generateURI, verify } from 'otplib';

/** TOTP (RFC 6238: SHA-1, 6 digits, 30 s), what every authenticator app speaks. The only otplib import. */

export function newTotpSecret(): string {
  return generateSecret();
}

/** For the QR code. The label names the agency, not the person: no e-mail or name in the URI. */
export function totpUri(secret: string, agencyAcronym: string): string {
  return generateURI({ issuer: 'Enlace', label: `Enlace ${agencyAcronym}`, secret });
}

export async function totpCodeMatches(secret: string, code: string): Promise<boolean> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return false;
  // One step of tolerance either way for drifting phone clocks; otplib 13 answers with an object, not a boolean.
  const result = await verify({ secret, token, epochTolerance: 30 });
  return result.valid;
}

/** The code an authenticator app would show now (tests and the demo seed use it). */
export function currentTotpCode(secret: string): Promise<string> {
  return generate({ secret });
}
