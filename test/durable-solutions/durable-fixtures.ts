import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { AgencyKind } from '../../server/src/modules/identity';
import type { Role } from '../../server/src/platform/authz/roles';
import { staffedAgency } from '../support/factories';
import type { TestServer } from '../support/test-server';

/** Keys of a real deployment's kind (not the development ones), for the servers of these tests. */
export const durableKeysEnv = () => ({
  ENLACE_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  ENLACE_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
});

export type { Staff } from '../support/factories';

/** An agency in a country (the country created if missing) and its staff, signed in, one user per role asked. */
export const agencyWithStaff = <R extends string>(
  orm: MikroORM,
  countryCode: string,
  timeZone: string,
  roles: Record<R, Role>,
  kind: AgencyKind = AgencyKind.PROTECTION_SERVICES,
) => staffedAgency(orm, countryCode, timeZone, roles, kind);

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
