import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { User } from '../user.entity';
import { clearFailedAttempts, recordFailedAttempt, secondsLocked, signInThrottleKey } from './attempt-throttle';
import { signInFailed, tooManyAttempts } from './auth-errors';
import { authSettings } from './auth-settings';
import { SignInStatus } from './auth.types';
import { signInPasswordCheck } from './secrets';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { PASSWORD_MAX_LENGTH } from './user-input.rules';
import { cookieSessionOf, needsSecondFactor, revokeSession, revokeSessionsOf, startSession } from './session-store';

type Outcome =
  { kind: 'locked'; retryAfter: number } | { kind: 'failed' } | { kind: 'ok'; token: string; status: SignInStatus };

/** A failed sign-in for an e-mail without an account: counted in the trail, naming no one. */
const UNKNOWN_EMAIL_FAILURE = { action: 'user.signIn.unknownEmail', entityType: 'User', entityId: 'unknown' };

/**
 * Password sign-in. Unknown e-mail, wrong password, disabled user and deactivated agency all cost one argon2
 * verification (the dummy hash when there is no usable account), the same statements in the same order (the
 * user looked up by e-mail, then by id, the back-off written, one audit event) and give the same error, so
 * neither the answer nor its timing tells whether an account exists (docs/security.md, figures measured by
 * server/bench/sign-in-timing.mjs); the back-off is per e-mail and client address whether or not the
 * e-mail has an account (a progressive delay only the one trying meets). Failures are
 * committed before the error is thrown, so they count.
 */
export async function signInWithPassword(
  context: RequestContext,
  email: string,
  password: string,
): Promise<SignInStatus> {
  const throttleKey = signInThrottleKey(email, context.clientAddress);
  // Password spraying tries one password on many e-mails: the address is limited whichever e-mail it names.
  const addressWait = (await context.rateLimits?.signInWaitOf(context.clientAddress)) ?? 0;
  if (addressWait > 0) throw tooManyAttempts(addressWait);
  const outcome = await inUnitOfWork<Outcome>(context, async (em) => {
    const retryAfter = await secondsLocked(em, throttleKey);
    if (retryAfter > 0) return { kind: 'locked', retryAfter };
    const user = await findUserByEmail(em, email);
    const usable = user !== null && user.active && user.agency.getEntity().active && !!user.passwordHash;
    // Longer than any password we accept, so it cannot match; cut to keep argon2's work bounded.
    const attempt = password.slice(0, PASSWORD_MAX_LENGTH + 1);
    const matches = await signInPasswordCheck.matches(usable ? user.passwordHash! : null, attempt);
    if (!usable || !matches) {
      await recordFailedAttempt(em, throttleKey);
      // An unknown e-mail is audited too (without it: nothing personal), so both failures write alike.
      await context.audit.record(em, user ? auditOf('user.signIn.failed', user) : UNKNOWN_EMAIL_FAILURE);
      return { kind: 'failed' };
    }
    await clearFailedAttempts(em, throttleKey);
    await endCookieSession(context, em);
    const secondFactor = needsSecondFactor({ roles: user.roles, totpEnabled: !!user.totpEnabledAt });
    if (!secondFactor) user.lastSignInAt = new Date();
    const token = await startSession(em, user);
    await context.audit.record(em, auditOwnSignIn(secondFactor ? 'user.signIn.password' : 'user.signIn', user));
    const status = !secondFactor
      ? SignInStatus.SIGNED_IN
      : user.totpEnabledAt
        ? SignInStatus.TOTP_REQUIRED
        : SignInStatus.TOTP_ENROLMENT_REQUIRED;
    return { kind: 'ok', token, status };
  });
  if (outcome.kind === 'locked') throw tooManyAttempts(outcome.retryAfter);
  if (outcome.kind === 'failed') {
    await context.rateLimits?.recordSignInFailure(context.clientAddress);
    throw signInFailed();
  }
  setSessionCookie(context.res, outcome.token, authSettings(context.config));
  return outcome.status;
}

/** Ends the browser's session (also one still waiting for its second factor) and clears the cookie. */
export async function signOut(context: RequestContext): Promise<boolean> {
  await inUnitOfWork(context, async (em) => {
    const session = await cookieSessionOf(context, em);
    if (!session) return;
    await revokeSession(em, session.id);
    await context.audit.record(em, {
      action: 'user.signOut',
      entityType: 'User',
      entityId: session.userId,
      ownerAgencyId: session.agencyId,
    });
  });
  clearSessionCookie(context.res, authSettings(context.config));
  return true;
}

/** A new sign-in replaces the browser's previous session rather than leaving it alive beside the new one. */
async function endCookieSession(context: RequestContext, em: EntityManager): Promise<void> {
  const previous = await cookieSessionOf(context, em);
  if (previous) await revokeSession(em, previous.id);
}

/** No user has this id (UUIDv7 ids never are all zeros): the second lookup of an unknown e-mail finds nothing. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

/** Two statements whether or not the e-mail has an account, so the round trips do not tell. */
export async function findUserByEmail(em: EntityManager, email: string): Promise<User | null> {
  const rows: { id: string }[] = await em.execute('select id from app_user where lower(email) = lower(?)', [
    email.trim(),
  ]);
  return em.findOne(User, { id: rows[0]?.id ?? NO_USER }, { populate: ['passwordHash', 'agency'] });
}

export function auditOf(action: string, user: User) {
  return { action, entityType: 'User', entityId: user.id, ownerAgencyId: user.agency.id };
}

/**
 * A step of signing in the user took themselves (the password accepted, the second factor verified): written as
 * the user's own act, so their agency's trail shows it and the "access by other agencies" view does not.
 */
export function auditOwnSignIn(action: string, user: User) {
  const agency = user.agency.getEntity();
  return {
    ...auditOf(action, user),
    actedBy: { kind: 'user' as const, id: user.id, agencyId: agency.id, countryCode: agency.country.unwrap().code },
  };
}

/** Ends every session of the signed-in user, on every device (e.g. after losing a laptop). */
export async function signOutEverywhere(context: RequestContext): Promise<number> {
  const actor = context.actor;
  if (actor?.kind !== 'user') return 0;
  const ended = await inUnitOfWork(context, async (em) => {
    const count = await revokeSessionsOf(em, actor.id);
    await context.audit.record(em, {
      action: 'user.signOutEverywhere',
      entityType: 'User',
      entityId: actor.id,
      ownerAgencyId: actor.agencyId,
      details: { sessionsEnded: count },
    });
    return count;
  });
  clearSessionCookie(context.res, authSettings(context.config));
  return ended;
}
