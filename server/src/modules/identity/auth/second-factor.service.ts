import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context';
import { conflict } from '../../../platform/graphql/errors';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { User } from '../user.entity';
import { noPendingSignIn, secondFactorFailed } from './auth-errors';
import { authSettings } from './auth-settings';
import { SignInStatus, type TotpConfirmation, type TotpEnrolment } from './auth.types';
import { hashPassword, newRecoveryCode, normaliseRecoveryCode, passwordMatches } from './secrets';
import { setSessionCookie } from './session-cookie';
import { auditOwnSignIn } from './sign-in.service';
import { newTotpSecret, totpStepOf, totpUri } from './totp';
import {
  cookieSessionOf,
  markSecondFactorVerified,
  recordSecondFactorFailure,
  type LiveSession,
} from './session-store';

const RECOVERY_CODE_COUNT = 10;

/**
 * The browser's session for second-factor work: one waiting for its code, or a full one (a user enrolling
 * voluntarily). Read from the cookie directly, since the authenticator deliberately ignores pending sessions.
 */
async function sessionOfRequest(context: RequestContext, em: EntityManager): Promise<LiveSession> {
  const session = await cookieSessionOf(context, em);
  if (!session) throw noPendingSignIn();
  return session;
}

async function loadUser(em: EntityManager, id: string): Promise<User> {
  return em.findOneOrFail(User, { id }, { populate: ['totpSecret', 'recoveryCodeHashes', 'agency'] });
}

/** A new secret, stored but not in force until a code from it is confirmed. Never replaces one in force. */
export async function startTotpEnrolment(context: RequestContext): Promise<TotpEnrolment> {
  return inUnitOfWork(context, async (em) => {
    const session = await sessionOfRequest(context, em);
    const user = await loadUser(em, session.userId);
    if (user.totpEnabledAt) throw conflict('error.totp.alreadyEnrolled', 'A second factor is already in force');
    user.totpSecret = newTotpSecret();
    await em.flush();
    return { secret: user.totpSecret, otpauthUri: totpUri(user.totpSecret, user.agency.getEntity().acronym) };
  });
}

type Outcome<T> = { ok: true; value: T; token?: string } | { ok: false };

/** Puts the enrolled secret in force once the user proves their app has it, and signs the session in. */
export async function confirmTotpEnrolment(context: RequestContext, code: string): Promise<TotpConfirmation> {
  const outcome = await inUnitOfWork<Outcome<TotpConfirmation>>(context, async (em) => {
    const session = await sessionOfRequest(context, em);
    const user = await loadUser(em, session.userId);
    if (user.totpEnabledAt) throw conflict('error.totp.alreadyEnrolled', 'A second factor is already in force');
    if (!user.totpSecret) throw conflict('error.totp.enrolmentNotStarted', 'Start the enrolment first');
    if (!(await claimTotpStep(em, user.id, await totpStepOf(user.totpSecret, code)))) {
      await recordSecondFactorFailure(em, session.id);
      return { ok: false };
    }
    const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    user.recoveryCodeHashes = await Promise.all(recoveryCodes.map((c) => hashPassword(normaliseRecoveryCode(c))));
    user.totpEnabledAt = new Date();
    user.lastSignInAt = new Date();
    await em.flush();
    const token = await markSecondFactorVerified(em, session.id);
    await context.audit.record(em, auditOf('user.totp.enrol', user));
    return { ok: true, value: { status: SignInStatus.SIGNED_IN, recoveryCodes }, token };
  });
  return finish(context, outcome);
}

/** The second step of sign-in: a TOTP code, or one of the recovery codes (each works once). */
export async function verifySecondFactor(context: RequestContext, code: string): Promise<SignInStatus> {
  const outcome = await inUnitOfWork<Outcome<SignInStatus>>(context, async (em) => {
    const session = await sessionOfRequest(context, em);
    if (session.state === 'signed-in') return { ok: true, value: SignInStatus.SIGNED_IN };
    const user = await loadUser(em, session.userId);
    if (!user.totpEnabledAt || !user.totpSecret) throw noPendingSignIn();
    const byTotp = await claimTotpStep(em, user.id, await totpStepOf(user.totpSecret, code));
    const byRecovery = !byTotp && (await useRecoveryCode(user, code));
    if (!byTotp && !byRecovery) {
      await recordSecondFactorFailure(em, session.id);
      await context.audit.record(em, auditOf('user.signIn.secondFactorFailed', user));
      return { ok: false };
    }
    user.lastSignInAt = new Date();
    await em.flush();
    const token = await markSecondFactorVerified(em, session.id);
    await context.audit.record(em, auditOwnSignIn(byRecovery ? 'user.signIn.recoveryCode' : 'user.signIn', user));
    return { ok: true, value: SignInStatus.SIGNED_IN, token };
  });
  return finish(context, outcome);
}

function finish<T>(context: RequestContext, outcome: Outcome<T>): T {
  if (!outcome.ok) throw secondFactorFailed();
  if (outcome.token) setSessionCookie(context.res, outcome.token, authSettings(context.config));
  return outcome.value;
}

/** Removes the matching recovery code, so it cannot be used again. */
async function useRecoveryCode(user: User, code: string): Promise<boolean> {
  const normalised = normaliseRecoveryCode(code);
  if (normalised.length !== 10) return false;
  const hashes = user.recoveryCodeHashes ?? [];
  for (const [index, hash] of hashes.entries()) {
    if (await passwordMatches(hash, normalised)) {
      user.recoveryCodeHashes = hashes.filter((_, other) => other !== index);
      return true;
    }
  }
  return false;
}

/**
 * Records `step` as the user's last accepted TOTP step, only if it is newer than the last one: in one
 * statement, so two requests racing with the same code cannot both win. False for no step or a reused one.
 */
async function claimTotpStep(em: EntityManager, userId: string, step: number | null): Promise<boolean> {
  if (step === null) return false;
  const claimed: { id: string }[] = await em.execute(
    `update app_user set totp_last_step = ? where id = ? and (totp_last_step is null or totp_last_step < ?) returning id`,
    [step, userId, step],
  );
  return claimed.length === 1;
}

function auditOf(action: string, user: User) {
  return { action, entityType: 'User', entityId: user.id, ownerAgencyId: user.agency.id };
}
