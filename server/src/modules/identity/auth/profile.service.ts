import type { RequestContext } from '../../../platform/context';
import { badInput, forbidden } from '../../../platform/graphql/errors';
import { packedRulesOf } from '../../../platform/authz/ability';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { User } from '../user.entity';
import { clearFailedAttempts, recordFailedAttempt, secondsLocked } from './attempt-throttle';
import { tooManyAttempts } from './auth-errors';
import type { Me } from './auth.types';
import { hashPassword, passwordMatches, sha256 } from './secrets';
import { revokeSessionsOf } from './session-store';
import type { UpdateMyProfileInput } from './user-admin.inputs';
import { localeProblem, nameProblem, passwordProblem, problemsOf, timeZoneProblem } from './user-input.rules';

/** The signed-in person: only users have one; an API token is a system, not a person. */
function ownId(context: RequestContext): string {
  if (context.actor?.kind !== 'user') throw forbidden('error.me.usersOnly', 'Only people have a profile');
  return context.actor.id;
}

export async function me(context: RequestContext): Promise<Me> {
  const user = await context.em.findOneOrFail(User, { id: ownId(context) }, { populate: ['agency'] });
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    timeZone: user.timeZone,
    roles: user.roles,
    totpEnabled: !!user.totpEnabledAt,
    agency: user.agency.getEntity(),
    permissions: packedRulesOf(context.ability),
  };
}

export async function updateMyProfile(context: RequestContext, input: UpdateMyProfileInput): Promise<Me> {
  const problems = problemsOf({
    'input.name': input.name !== undefined ? nameProblem(input.name) : null,
    'input.locale': input.locale !== undefined ? localeProblem(input.locale) : null,
    'input.timeZone': input.timeZone !== undefined ? timeZoneProblem(input.timeZone) : null,
  });
  if (Object.keys(problems).length > 0) throw badInput(problems);
  await inUnitOfWork(context, async (em) => {
    const user = await em.findOneOrFail(User, { id: ownId(context) });
    if (input.name !== undefined) user.name = input.name.trim();
    if (input.locale !== undefined) user.locale = input.locale;
    if (input.timeZone !== undefined) user.timeZone = input.timeZone;
    await em.flush();
    await context.audit.record(em, {
      action: 'user.updateProfile',
      entityType: 'User',
      entityId: user.id,
      ownerAgencyId: user.agency.id,
    });
  });
  return me(context);
}

/**
 * Needs the current password, so a session left open on a shared computer cannot take the account over;
 * guesses are throttled like sign-in. Other sessions end: whoever knew the old password is signed out.
 */
export async function changeMyPassword(
  context: RequestContext,
  currentPassword: string,
  newPassword: string,
): Promise<boolean> {
  const userId = ownId(context);
  const problem = passwordProblem(newPassword, { currentPassword });
  if (problem) throw badInput({ newPassword: problem });
  const throttleKey = sha256(`change-password:${userId}`);
  const newHash = await hashPassword(newPassword);
  const outcome = await inUnitOfWork(context, async (em) => {
    const retryAfter = await secondsLocked(em, throttleKey);
    if (retryAfter > 0) return { kind: 'locked' as const, retryAfter };
    const user = await em.findOneOrFail(User, { id: userId }, { populate: ['passwordHash'] });
    const attempt = currentPassword.slice(0, 257);
    if (!user.passwordHash || !(await passwordMatches(user.passwordHash, attempt))) {
      await recordFailedAttempt(em, throttleKey);
      return { kind: 'wrong' as const };
    }
    await clearFailedAttempts(em, throttleKey);
    if (passwordProblem(newPassword, { email: user.email }))
      return { kind: 'refused' as const, problem: passwordProblem(newPassword, { email: user.email })! };
    user.passwordHash = newHash;
    await em.flush();
    const sessionsEnded = await revokeSessionsOf(em, user.id, context.sessionId);
    await context.audit.record(em, {
      action: 'user.changePassword',
      entityType: 'User',
      entityId: user.id,
      ownerAgencyId: user.agency.id,
      details: { sessionsEnded },
    });
    return { kind: 'changed' as const };
  });
  if (outcome.kind === 'locked') throw tooManyAttempts(outcome.retryAfter);
  if (outcome.kind === 'wrong') throw badInput({ currentPassword: 'error.password.incorrect' });
  if (outcome.kind === 'refused') throw badInput({ newPassword: outcome.problem });
  return true;
}
