import type { MikroORM } from '@mikro-orm/postgresql';
import { User } from '../../../server/src/modules/identity';
import { startSession } from '../../../server/src/modules/identity/auth/session-store';
import { currentTotpStep, totpCodeAtStep } from '../../../server/src/modules/identity/auth/totp';
import type { TestServer } from '../test-server';
import type { TestUser } from './people';
import { firstError } from '../indexing';

/**
 * The Cookie header of a fresh session, started directly as after a sign-in. `secondFactorGiven` marks it as
 * if the second factor had just been given (admins' sessions count only then; sign-in itself is tested in
 * test/identity).
 */
export async function cookieFor(
  orm: MikroORM,
  who: Pick<TestUser, 'id'>,
  options: { secondFactorGiven?: boolean } = {},
): Promise<string> {
  const em = orm.em.fork();
  const user = await em.findOneOrFail(User, { id: who.id });
  const token = await startSession(em, user);
  if (options.secondFactorGiven) {
    await em.execute('update auth_session set second_factor_verified_at = now() where user_id = ?', [who.id]);
  }
  return `enlace_session=${token}`;
}

const lastStepIssued = new Map<string, number>();

/**
 * A code the server has not seen yet for this secret: each code is accepted once, so a test that signs in
 * twice within 30 s takes the next step's code (accepted one step early, as for a phone clock running fast),
 * and waits for the clock only when that one is used too, as a person would wait for a new code.
 */
export async function totpCode(secret: string, holder: string = secret): Promise<string> {
  // The server remembers the last step per account: accounts sharing the test secret do not wait for each other.
  for (;;) {
    const now = currentTotpStep();
    const step = Math.max(now, (lastStepIssued.get(holder) ?? -1) + 1);
    if (step <= now + 1) {
      lastStepIssued.set(holder, step);
      return totpCodeAtStep(secret, step);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** The session cookie a response set, as a Cookie header value. */
export function sessionCookieOf(headers: Headers): string | undefined {
  const cookie = headers.getSetCookie().find((line) => line.startsWith('enlace_session='));
  const pair = cookie?.split(';')[0];
  return pair && pair !== 'enlace_session=' ? pair : undefined;
}

export const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { status } }`;
export const VERIFY_TOTP = `mutation Verify($code: String!) { verifyTotp(code: $code) { status } }`;
export const ME = `query Me { me { id email name roles totpEnabled agency { id } permissions } }`;

/** Signs in through the API, giving the TOTP code when the user has one; returns the session cookie. */
export async function signInAs(server: TestServer, who: Pick<TestUser, 'email' | 'password' | 'totpSecret'>) {
  if (!who.password) throw new Error('signInAs: the user has no password (create them with { password: true })');
  const first = await server.graphql<{ signIn: { status: string } }>(SIGN_IN, {
    email: who.email,
    password: who.password,
  });
  if (first.errors) throw new Error(`sign-in failed: ${firstError(first).message}`);
  const cookie = sessionCookieOf(first.headers)!;
  if (first.data?.signIn.status === 'SIGNED_IN') return cookie;
  const second = await server.graphql(VERIFY_TOTP, { code: await totpCode(who.totpSecret!, who.email) }, { cookie });
  if (second.errors) throw new Error(`second factor failed: ${firstError(second).message}`);
  return sessionCookieOf(second.headers)!;
}
