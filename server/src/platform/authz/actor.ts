import type { Role } from './roles';

/**
 * Who is acting in a request, with everything the permission rules depend on. Built once per request by the
 * authenticator (session cookie or API token); rules never query the database themselves.
 */
export interface Actor {
  kind: 'user' | 'api-token';
  /** The user, or for an API token the token's id (audit rows name it). */
  id: string;
  agencyId: string;
  countryCode: string;
  roles: readonly Role[];
  /** Active coordination mechanisms the actor's agency is an active member of. */
  mechanismIds: readonly string[];
  /** Mechanisms whose secretariat the actor's agency runs. */
  secretariatMechanismIds: readonly string[];
  /** For API tokens: what the token was issued for (e.g. "referrals:read"). Users have no scopes. */
  scopes?: readonly string[];
}

export function hasRole(actor: Actor | null, role: Role): boolean {
  return actor !== null && actor.roles.includes(role);
}
