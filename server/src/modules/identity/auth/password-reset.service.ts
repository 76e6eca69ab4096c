import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../../platform/context';
import { publicLink } from '../../../platform/config/config';
import { badInput } from '../../../platform/graphql/errors';
import { enqueueMail, mailTransportOf } from '../../../platform/mail/mailer';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import type { User } from '../user.entity';
import { clearFailedAttempts, signInThrottleKey } from './attempt-throttle';
import { authSettings } from './auth-settings';
import { PasswordReset } from './password-reset.entity';
import { passwordResetMail } from './password-reset.mail';
import { newSecret, hashPassword, sha256 } from './secrets';
import { revokeSessionsOf } from './session-store';
import { auditOf, auditOwnSignIn, findUserByEmail } from './sign-in.service';
import { emailProblem, passwordProblem } from './user-input.rules';

/** How long a mailed link works. */
export const PASSWORD_RESET_MINUTES = 30;
/** Links mailed to one account per hour; further requests are answered alike and mail nothing. */
export const PASSWORD_RESETS_PER_ACCOUNT_PER_HOUR = 3;

const UNKNOWN_EMAIL = { action: 'user.passwordReset.unknownEmail', entityType: 'User', entityId: 'unknown' };

/**
 * Mails a one-time link to choose a new password, when the e-mail names an active account of an active agency.
 * The answer is the same whether or not it does (the caller only learns that "if the account exists, a mail is
 * on its way"); the mail is written to the outbox in the transaction and sent by a job after commit. Throttled
 * per client address (an error, the same for any e-mail) and per account (silently: no further mail).
 */
export async function requestPasswordReset(context: RequestContext, email: string): Promise<boolean> {
  const problem = emailProblem(email.trim());
  if (problem) throw badInput({ email: problem });
  await context.rateLimits?.consumePasswordReset(context.clientAddress);
  const link = await inUnitOfWork(context, async (em) => {
    const user = await findUserByEmail(em, email);
    const usable = user !== null && user.active && user.agency.getEntity().active && !!user.passwordHash;
    if (!usable) {
      await context.audit.record(em, user ? auditOf('user.passwordReset.refused', user) : UNKNOWN_EMAIL);
      return null;
    }
    if ((await recentResets(em, user)) >= PASSWORD_RESETS_PER_ACCOUNT_PER_HOUR) {
      await context.audit.record(em, auditOf('user.passwordReset.throttled', user));
      return null;
    }
    const issued = await issueReset(context, em, user);
    await context.audit.record(em, auditOf('user.passwordReset.request', user));
    return issued;
  });
  if (link && authSettings(context.config).development && mailTransportOf(context.config) === 'outbox') {
    context.logger.info({ passwordResetLink: link }, 'development only: password-reset link (no SMTP_URL configured)');
  }
  return true;
}

async function recentResets(em: EntityManager, user: User): Promise<number> {
  const rows: { count: string }[] = await em.execute(
    `select count(*) as count from password_reset where user_id = ? and created_at > now() - interval '1 hour'`,
    [user.id],
  );
  return Number(rows[0]?.count ?? 0);
}

/** A new link replaces the account's earlier ones; links expired a day ago are forgotten. */
async function issueReset(context: RequestContext, em: EntityManager, user: User): Promise<string> {
  const token = newSecret();
  await em.execute(`update password_reset set used_at = now() where user_id = ? and used_at is null`, [user.id]);
  await em.execute(`delete from password_reset where user_id = ? and expires_at < now() - interval '1 day'`, [user.id]);
  em.create(PasswordReset, {
    user,
    tokenHash: sha256(token),
    createdAt: new Date(),
    expiresAt: new Date(Date.now() + PASSWORD_RESET_MINUTES * 60_000),
  });
  await em.flush();
  const link = publicLink(authSettings(context.config).publicUrl, `/reset-password#token=${token}`);
  await enqueueMail(
    em,
    passwordResetMail({ to: user.email, locale: user.locale, link, minutes: PASSWORD_RESET_MINUTES }),
  );
  return link;
}

/**
 * Sets a new password from a mailed link: the same password rules as everywhere, the link used once, and every
 * session of the account ended (whoever was signed in with the old password is out). The person then signs in
 * with the new password, second factor included.
 */
export async function resetPassword(context: RequestContext, token: string, password: string): Promise<boolean> {
  const problem = passwordProblem(password);
  if (problem) throw badInput({ password: problem });
  if (token.length === 0 || token.length > 200) throw invalidLink();
  const passwordHash = await hashPassword(password);
  await inUnitOfWork(context, async (em) => {
    const reset = await em.findOne(
      PasswordReset,
      { tokenHash: sha256(token), usedAt: null, expiresAt: { $gt: new Date() } },
      { populate: ['user', 'user.agency', 'user.agency.country'] },
    );
    const user = reset?.user.getEntity();
    if (!reset || !user?.active || !user.agency.getEntity().active) throw invalidLink();
    const aboutUser = passwordProblem(password, { email: user.email });
    if (aboutUser) throw badInput({ password: aboutUser });
    reset.usedAt = new Date();
    user.passwordHash = passwordHash;
    user.failedSignInCount = 0;
    await em.flush();
    const sessionsEnded = await revokeSessionsOf(em, user.id);
    await clearFailedAttempts(em, signInThrottleKey(user.email, context.clientAddress));
    await context.audit.record(em, { ...auditOwnSignIn('user.passwordReset', user), details: { sessionsEnded } });
  });
  return true;
}

const invalidLink = () =>
  badInput({ token: 'error.passwordReset.invalid' }, 'The link was already used or has expired');
