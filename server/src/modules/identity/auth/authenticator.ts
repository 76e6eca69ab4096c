import type { Authentication, Authenticator } from '../../../platform/authz/authenticator';
import { actorOf } from './actor-loader';
import { authSettings } from './auth-settings';
import { findApiTokenCaller, touchApiToken } from './api-token-store';
import { sessionTokenOf } from './session-cookie';
import { findLiveSession, touchSession } from './session-store';

/**
 * Who is calling: a system with `Authorization: Bearer enl_...`, or a browser with the session cookie. A
 * request that sends an Authorization header is judged by it alone (a bad token never falls back to a cookie).
 * Sessions still waiting for their second factor authenticate nothing here; only the second-factor
 * mutations look at them.
 */
export const authenticateRequest: Authenticator = async (req, _res, em, config, options = {}) => {
  const touch = options.touch ?? true;
  const authorization = req.headers.authorization;
  if (authorization !== undefined) return authenticateBearer(authorization, em, touch);
  const settings = authSettings(config);
  const session = await findLiveSession(em, sessionTokenOf(req, settings), settings);
  if (!session || session.state !== 'signed-in') return null;
  if (touch) await touchSession(em, session);
  const actor = actorOf(
    {
      kind: 'user',
      id: session.userId,
      agencyId: session.agencyId,
      countryCode: session.countryCode,
      roles: session.roles,
    },
    session.memberships,
  );
  return { actor, sessionId: session.id };
};

async function authenticateBearer(
  authorization: string,
  em: Parameters<Authenticator>[2],
  touch: boolean,
): Promise<Authentication | null> {
  const token = /^Bearer\s+(enl_[A-Za-z0-9_-]{43})$/.exec(authorization.trim())?.[1];
  if (!token) return null;
  const caller = await findApiTokenCaller(em, token);
  if (!caller) return null;
  if (touch) await touchApiToken(em, caller);
  const actor = actorOf(
    {
      kind: 'api-token',
      id: caller.id,
      agencyId: caller.agencyId,
      countryCode: caller.countryCode,
      roles: caller.roles,
      scopes: caller.scopes,
    },
    caller.memberships,
  );
  return { actor };
}
