import { EnlaceError } from '../../../platform/graphql/errors';

/**
 * Errors of sign-in. The same error for an unknown e-mail, a wrong password, a disabled user and a deactivated
 * agency: the answer must not tell an attacker which e-mails have accounts.
 */
export const signInFailed = () =>
  new EnlaceError('UNAUTHENTICATED', 'error.signIn.failed', 'The e-mail or password is not correct');

/** Lockout with back-off; `retryAfterSeconds` is the same whether or not the account exists. */
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new EnlaceError('TOO_MANY_REQUESTS', 'error.signIn.tooManyAttempts', 'Too many failed attempts; try again later', {
    retryAfterSeconds,
  });

export const secondFactorFailed = () =>
  new EnlaceError('UNAUTHENTICATED', 'error.totp.invalidCode', 'The code is not correct');

/** No session waiting for a second factor (none, expired, or ended after too many wrong codes). */
export const noPendingSignIn = () =>
  new EnlaceError('UNAUTHENTICATED', 'error.totp.noPendingSignIn', 'Sign in with your password first');
