import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Role } from '../../server/src/platform/authz/roles';
import { Agency, AgencyKind } from '../../server/src/modules/identity/agency.entity';
import { User } from '../../server/src/modules/identity/user.entity';
import { hashPassword } from '../../server/src/modules/identity/auth/secrets';
import { currentTotpStep, totpCodeAtStep } from '../../server/src/modules/identity/auth/totp';
import type { TestServer } from '../support/test-server';

/** Fixtures for sign-in tests: an agency, and people in it with known passwords. Unique per call. */

export const unique = () => randomBytes(4).toString('hex');

export async function createAgency(orm: MikroORM, options: { countryCode?: string; active?: boolean } = {}) {
  const em = orm.em.fork();
  const countryCode = options.countryCode ?? 'EC';
  await em.execute(
    `insert into country (code, names, default_locale, time_zone) values (?, ?, 'es', 'America/Guayaquil')
     on conflict (code) do nothing`,
    [countryCode, JSON.stringify({ es: `País ${countryCode}` })],
  );
  const agency = em.create(Agency, {
    country: countryCode,
    kind: AgencyKind.MIGRATION_AUTHORITY,
    name: `Agencia ${unique()}`,
    acronym: `AG${unique().slice(0, 4)}`,
    active: options.active ?? true,
    createdAt: new Date(),
  });
  await em.flush();
  return agency;
}

export interface Person {
  id: string;
  email: string;
  password: string;
  totpSecret?: string;
  agencyId: string;
}

/** A user who can sign in; `totp: true` gives them a second factor already in force. */
export async function createPerson(
  orm: MikroORM,
  agency: Agency,
  options: { roles?: Role[]; active?: boolean; totp?: boolean } = {},
): Promise<Person> {
  const em = orm.em.fork();
  const email = `Person.${unique()}@example.org`;
  const password = `correct horse ${unique()}`;
  const totpSecret = options.totp ? 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' : undefined;
  const user = em.create(User, {
    agency: agency.id,
    email,
    name: 'Ana Pérez',
    timeZone: 'America/Guayaquil',
    locale: 'es',
    createdAt: new Date(),
    failedSignInCount: 0,
    roles: options.roles ?? [Role.LIAISON_OFFICER],
    active: options.active ?? true,
    passwordHash: await hashPassword(password),
    totpSecret: totpSecret ?? null,
    totpEnabledAt: totpSecret ? new Date() : null,
  });
  await em.flush();
  return { id: user.id, email, password, totpSecret, agencyId: agency.id };
}

const lastStepIssued = new Map<string, number>();

/**
 * A code the server has not seen yet for this secret: each code is accepted once, so a test that signs in
 * twice within 30 s takes the next step's code (accepted one step early, as for a phone clock running fast),
 * and waits for the clock only when that one is used too, as a person would wait for a new code.
 */
export async function totpCode(secret: string): Promise<string> {
  for (;;) {
    const now = currentTotpStep();
    const step = Math.max(now, (lastStepIssued.get(secret) ?? -1) + 1);
    if (step <= now + 1) {
      lastStepIssued.set(secret, step);
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

/** Signs in through the API, giving the TOTP code when the person has one; returns the session cookie. */
export async function signInAs(server: TestServer, person: Person): Promise<string> {
  const first = await server.graphql<{ signIn: { status: string } }>(SIGN_IN, {
    email: person.email,
    password: person.password,
  });
  if (first.errors) throw new Error(`sign-in failed: ${first.errors[0].message}`);
  const cookie = sessionCookieOf(first.headers)!;
  if (first.data?.signIn.status === 'SIGNED_IN') return cookie;
  const second = await server.graphql(VERIFY_TOTP, { code: await totpCode(person.totpSecret!) }, { cookie });
  if (second.errors) throw new Error(`second factor failed: ${second.errors[0].message}`);
  return sessionCookieOf(second.headers)!;
}
