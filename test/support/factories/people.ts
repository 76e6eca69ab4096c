import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Agency, loadActor, User } from '../../../server/src/modules/identity';
import { hashPassword } from '../../../server/src/modules/identity/auth/secrets';
import type { Actor } from '../../../server/src/platform/authz/actor';
import { Role } from '../../../server/src/platform/authz/roles';
import { unique } from './directory';

/** The second-factor secret every TOTP user of the tests shares (RFC 6238's example key, base32). */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** A user as the tests know them: the row, the actor the server would build for them, and their secrets. */
export interface TestUser {
  user: User;
  id: string;
  email: string;
  agencyId: string;
  /** Who they are to the permission rules: loaded as the authenticator loads it (mechanism memberships). */
  actor: Actor;
  /** Set when they were given a password (`password` option): they can sign in through the API. */
  password?: string;
  /** Set when a second factor is in force (`totp` option). */
  totpSecret?: string;
}

export interface UserOptions {
  roles?: Role[];
  active?: boolean;
  /** `true` for a fresh random password, or the password itself. Without it the user cannot sign in by API. */
  password?: true | string;
  /** A second factor already in force. */
  totp?: boolean;
  email?: string;
  name?: string;
  timeZone?: string;
  locale?: string;
}

/** A user of `agency`, a liaison officer unless told otherwise. */
export async function aUser(orm: MikroORM, agency: Agency, options: UserOptions = {}): Promise<TestUser> {
  const em = orm.em.fork();
  const roles = options.roles ?? [Role.LIAISON_OFFICER];
  const password = options.password === true ? `correct horse ${unique()}` : options.password;
  const totpSecret = options.totp ? TEST_TOTP_SECRET : undefined;
  const user = em.create(User, {
    agency: agency.id,
    email: options.email ?? `Person.${unique()}${unique()}@example.org`,
    name: options.name ?? 'Ana Pérez',
    timeZone: options.timeZone ?? 'UTC',
    locale: options.locale ?? 'es',
    createdAt: new Date(),
    failedSignInCount: 0,
    roles,
    active: options.active ?? true,
    passwordHash: password ? await hashPassword(password) : null,
    totpSecret: totpSecret ?? null,
    totpEnabledAt: totpSecret ? new Date() : null,
  });
  await em.flush();
  const actor = await loadActor(em, {
    kind: 'user',
    id: user.id,
    agencyId: agency.id,
    countryCode: agency.country.unwrap().code,
    roles,
  });
  return { user, id: user.id, email: user.email, agencyId: agency.id, actor, password, totpSecret };
}

/** Gives a user a (new) password, so they can sign in through the API; returns it. */
export async function givePassword(orm: MikroORM, who: TestUser): Promise<string> {
  const password = `correct horse ${randomUUID()}`;
  await orm.em.fork().nativeUpdate(User, { id: who.id }, { passwordHash: await hashPassword(password) });
  who.password = password;
  return password;
}

/** Someone acting in an agency, with no rows behind them: for tests that only need the ids (audit rows). */
export function anActor(overrides: Partial<Actor> = {}): Actor {
  return {
    kind: 'user',
    id: randomUUID(),
    agencyId: randomUUID(),
    countryCode: 'CO',
    roles: [Role.CASE_WORKER],
    mechanismIds: [],
    secretariatMechanismIds: [],
    ...overrides,
  };
}
