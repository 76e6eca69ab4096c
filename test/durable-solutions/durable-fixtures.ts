import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Agency, AgencyKind, User } from '../../server/src/modules/identity';
import { startSession } from '../../server/src/modules/identity/auth/session-store';
import type { Role } from '../../server/src/platform/authz/roles';
import type { TestServer } from '../support/test-server';

const unique = () => randomBytes(4).toString('hex');

/** Keys of a real deployment's kind (not the development ones), for the servers of these tests. */
export const durableKeysEnv = () => ({
  ENLACE_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  ENLACE_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
});

export interface Staff {
  id: string;
  cookie: string;
}

/** An agency in a country (the country created if missing) and its staff, signed in, one user per role asked. */
export async function agencyWithStaff(
  orm: MikroORM,
  countryCode: string,
  timeZone: string,
  roles: Record<string, Role>,
  kind: AgencyKind = AgencyKind.PROTECTION_SERVICES,
): Promise<{ agency: Agency; staff: Record<string, Staff> }> {
  const em = orm.em.fork();
  await em.execute(
    `insert into country (code, names, default_locale, time_zone) values (?, ?, 'es', ?) on conflict (code) do nothing`,
    [countryCode, JSON.stringify({ es: `País ${countryCode}` }), timeZone],
  );
  const agency = em.create(Agency, {
    country: countryCode,
    kind,
    name: `Agencia ${unique()}`,
    acronym: `A${unique().slice(0, 5)}`,
  });
  const users = Object.entries(roles).map(
    ([label, role]) =>
      [
        label,
        em.create(User, {
          agency,
          email: `${label}.${unique()}@durable.example`,
          name: label,
          timeZone,
          roles: [role],
        }),
      ] as const,
  );
  await em.flush();
  const staff: Record<string, Staff> = {};
  for (const [label, user] of users) {
    staff[label] = { id: user.id, cookie: `enlace_session=${await startSession(em, user)}` };
    await em.execute('update auth_session set second_factor_verified_at = now() where user_id = ?', [user.id]);
  }
  return { agency, staff };
}

/** A survivor registered by a case worker (who becomes the assigned case worker). */
export async function aSurvivor(api: TestServer, cookie: string, input: Record<string, unknown> = {}) {
  const result = await api.graphql<{ registerSurvivor: { id: string; code: string } }>(
    `mutation ($input: SurvivorInput!) { registerSurvivor(input: $input) { id code } }`,
    { input: { givenNames: 'María José', nationality: 'NI', languages: ['es'], ...input } },
    { cookie },
  );
  if (!result.data) throw new Error(`not registered: ${JSON.stringify(result.errors)}`);
  return result.data.registerSurvivor;
}

export const PLAN_FIELDS = `id survivorId survivorCode solution status outcome closureReason wishes restrictedFields myActions
  leadAgency { id } partnerAgency { id } caseWorker { id }
  progress { met applicable }
  criteria { criterion status evidence responsibleOrganisation assessedOn entryAgency { id } }
  history { criterion status assessedOn agency { id } }`;

export const WISHES = 'Quiero volver a Chinandega con mi madre y abrir una pulpería; no quiero vivir en Managua.';
