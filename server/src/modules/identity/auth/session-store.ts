import type { EntityManager } from '@mikro-orm/postgresql';
import { ADMIN_ROLES, type Role } from '../../../platform/authz/roles';
import type { User } from '../user.entity';
import { membershipColumns, type MembershipRow } from './actor-loader';
import { queryPrepared, rawStatement } from '../../../platform/orm/prepared-statements';
import type { RequestContext } from '../../../platform/context';
import { authSettings, SECOND_FACTOR_MAX_FAILURES, type AuthSettings } from './auth-settings';
import { sessionTokenOf } from './session-cookie';
import { newSecret, sha256 } from './secrets';
import { Session } from './session.entity';

/**
 * A live session as the authenticator sees it. "pending-second-factor": the password was right, but the user
 * must still give their TOTP code (or enrol one); such a session authenticates nothing except the
 * second-factor mutations.
 */
export interface LiveSession {
  id: string;
  userId: string;
  agencyId: string;
  countryCode: string;
  roles: Role[];
  totpEnabled: boolean;
  state: 'signed-in' | 'pending-second-factor';
  lastSeenAt: Date;
  /** The agency's mechanism memberships, read in the same statement (see actorOf). */
  memberships: MembershipRow;
}

/** Admins must use a second factor; anyone who enrolled one voluntarily uses it too. */
export function needsSecondFactor(user: { roles: readonly Role[]; totpEnabled: boolean }): boolean {
  return user.totpEnabled || user.roles.some((role) => ADMIN_ROLES.includes(role));
}

/**
 * Starts a session after the password and returns its token, which exists only in the caller's cookie from now
 * on. It has no second factor yet: if the user needs one (now, or later because they became an admin), the
 * session counts only once markSecondFactorVerified has run.
 */
export async function startSession(em: EntityManager, user: User): Promise<string> {
  const token = newSecret();
  const session = em.create(Session, {
    tokenHash: sha256(token),
    user,
    createdAt: new Date(),
    lastSeenAt: new Date(),
    secondFactorVerifiedAt: null,
    secondFactorFailures: 0,
  });
  em.persist(session);
  await em.flush();
  return token;
}

interface SessionRow extends MembershipRow {
  id: string;
  user_id: string;
  agency_id: string;
  country_code: string;
  roles: Role[];
  totp_enabled: boolean;
  created_at: Date;
  last_seen_at: Date;
  second_factor_verified_at: Date | null;
}

const LIVE_SESSION_SQL = `select s.id, s.user_id, u.agency_id, a.country_code, u.roles::text[] as roles,
       (u.totp_enabled_at is not null) as totp_enabled,
       s.created_at, s.last_seen_at, s.second_factor_verified_at, ${membershipColumns('u.agency_id')}
  from auth_session s
  join app_user u on u.id = s.user_id
  join agency a on a.id = u.agency_id
 where s.token_hash = ? and s.revoked_at is null and u.active and a.active
   and s.created_at > ? and s.last_seen_at > ?`;
/** Stand-ins for the token's hash and the two deadlines in the kept statement; no value can equal them. */
const SESSION_PLACEHOLDERS = ['\u0000token-hash', '\u0000created-after', '\u0000seen-after'];

/**
 * Finds the session of a cookie token, or null when there is none that may be used: revoked, idle too long,
 * past its absolute limit, its user disabled or its agency deactivated. Checked on every request, so
 * disabling a user or an agency takes effect at once.
 */
export async function findLiveSession(
  em: EntityManager,
  token: string | undefined,
  settings: AuthSettings,
): Promise<LiveSession | null> {
  if (!token) return null;
  const now = Date.now();
  const values = [sha256(token), new Date(now - settings.sessionAbsoluteMs), new Date(now - settings.sessionIdleMs)];
  // Outside a transaction (every request's authentication) the statement is built once and kept, the values put
  // in the placeholders' places, not built through knex again on every request (issue 19).
  const rows = em.getTransactionContext()
    ? await queryPrepared<SessionRow>(em, rawStatement(em, LIVE_SESSION_SQL, values))
    : await queryPrepared<SessionRow>(em, () => rawStatement(em, LIVE_SESSION_SQL, SESSION_PLACEHOLDERS), {
        key: LIVE_SESSION_SQL,
        placeholders: new Map(SESSION_PLACEHOLDERS.map((placeholder, at) => [placeholder, values[at]])),
      });
  const row = rows[0];
  if (!row) return null;
  const totpEnabled = Boolean(row.totp_enabled);
  const pending = needsSecondFactor({ roles: row.roles, totpEnabled }) && !row.second_factor_verified_at;
  if (pending && new Date(row.created_at).getTime() < now - settings.secondFactorWindowMs) return null;
  return {
    id: row.id,
    userId: row.user_id,
    agencyId: row.agency_id,
    countryCode: row.country_code,
    roles: row.roles,
    totpEnabled,
    state: pending ? 'pending-second-factor' : 'signed-in',
    lastSeenAt: new Date(row.last_seen_at),
    memberships: row,
  };
}

/** Moves the idle deadline; at most once a minute, so reads do not turn into a write each. */
export async function touchSession(em: EntityManager, session: LiveSession): Promise<void> {
  if (Date.now() - session.lastSeenAt.getTime() < 60_000) return;
  await em.execute('update auth_session set last_seen_at = now() where id = ?', [session.id]);
}

export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
}

/** Ends every session of a user, optionally except the one making the request. Returns how many ended. */
export async function revokeSessionsOf(em: EntityManager, userId: string, exceptSessionId?: string): Promise<number> {
  return em.nativeUpdate(
    Session,
    { user: userId, revokedAt: null, ...(exceptSessionId ? { id: { $ne: exceptSessionId } } : {}) },
    { revokedAt: new Date() },
  );
}

/**
 * Gives a session a new token when it gains privilege (second factor given), so a token seen before that
 * moment (e.g. planted by an attacker: session fixation) is worth nothing afterwards.
 */
export async function markSecondFactorVerified(em: EntityManager, sessionId: string): Promise<string> {
  const token = newSecret();
  await em.nativeUpdate(
    Session,
    { id: sessionId },
    { tokenHash: sha256(token), secondFactorVerifiedAt: new Date(), secondFactorFailures: 0, lastSeenAt: new Date() },
  );
  return token;
}

/** The live session of the request's cookie (one waiting for its second factor included), or null. */
export function cookieSessionOf(context: Pick<RequestContext, 'req' | 'config'>, em: EntityManager) {
  const settings = authSettings(context.config);
  return findLiveSession(em, sessionTokenOf(context.req, settings), settings);
}

/** Counts a wrong second-factor code; too many end the pending session. Returns true when it was ended. */
export async function recordSecondFactorFailure(em: EntityManager, sessionId: string): Promise<boolean> {
  const rows: { second_factor_failures: number }[] = await em.execute(
    'update auth_session set second_factor_failures = second_factor_failures + 1 where id = ? returning second_factor_failures',
    [sessionId],
  );
  if ((rows[0]?.second_factor_failures ?? 0) < SECOND_FACTOR_MAX_FAILURES) return false;
  await revokeSession(em, sessionId);
  return true;
}
