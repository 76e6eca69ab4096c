import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Agency, AgencyKind, User } from '../../../server/src/modules/identity';
import { startSession } from '../../../server/src/modules/identity/auth/session-store';
import { ADMIN_ROLES, type Role } from '../../../server/src/platform/authz/roles';

const unique = () => randomBytes(4).toString('hex');

export interface Staff {
  id: string;
  cookie: string;
}

/**
 * An agency in a country (the country created if missing) and its staff, signed in, one user per role asked:
 * the survivor-world setup of the protection and durable-solutions tests. Sessions count as if the second factor
 * had just been given (sign-in itself is tested in test/identity); admins get a second factor in force.
 */
export async function staffedAgency<R extends string>(
  orm: MikroORM,
  countryCode: string,
  timeZone: string,
  roles: Record<R, Role>,
  kind: AgencyKind = AgencyKind.PROTECTION_SERVICES,
  label = 'Agencia',
): Promise<{ agency: Agency; staff: Record<R, Staff> }> {
  const em = orm.em.fork();
  await em.execute(
    `insert into country (code, names, default_locale, time_zone) values (?, ?, 'es', ?) on conflict (code) do nothing`,
    [countryCode, JSON.stringify({ es: `País ${countryCode}` }), timeZone],
  );
  const agency = em.create(Agency, {
    country: countryCode,
    kind,
    name: `${label} ${unique()}`,
    acronym: `${label.charAt(0)}${unique().slice(0, 5)}`,
  });
  const users = (Object.entries(roles) as [R, Role][]).map(([name, role]) => {
    const user = em.create(User, {
      agency,
      email: `${name}.${unique()}@staff.example`,
      name,
      timeZone,
      roles: [role],
      ...(ADMIN_ROLES.includes(role)
        ? { totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totpEnabledAt: new Date() }
        : {}),
    });
    return [name, user] as const;
  });
  await em.flush();
  const staff = {} as Record<R, Staff>; // filled for every role below
  for (const [name, user] of users) {
    staff[name] = { id: user.id, cookie: `enlace_session=${await startSession(em, user)}` };
    await em.execute('update auth_session set second_factor_verified_at = now() where user_id = ?', [user.id]);
  }
  return { agency, staff };
}
