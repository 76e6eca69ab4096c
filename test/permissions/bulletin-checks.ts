import { Bulletin, BulletinKind, BulletinStatus } from '../../server/src/modules/bulletins';
import { LibraryHandlingCode } from '../../server/src/modules/coordination';
import { Agency, Mechanism, MechanismKind, User } from '../../server/src/modules/identity';
import type { TestServer } from '../support/test-server';
import { DeniedError, type Caller } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

const allowed = async (call: () => Promise<unknown>) => {
  try {
    await call();
    return true;
  } catch (error) {
    if (error instanceof DeniedError) return false;
    throw error;
  }
};

/**
 * Bulletin checks, relations as for the library (library-checks.ts). OWN_AGENCY: the GT–MX mechanism, whose
 * secretariat the actors' agency runs; FELLOW_MECHANISM_MEMBER: a mechanism (made here) the actors' agency belongs
 * to and the addressee runs; FOREIGN_NON_MEMBER: the CR–PA mechanism. Bulletins are written through the ORM, H2.
 */
export function bulletinChecks(server: TestServer): Record<string, Check> {
  const orm = server.server.orm;
  let fellowMechanism: Promise<string> | undefined;
  const mechanismOf = async (world: MatrixWorld, relation: Relation): Promise<string> => {
    if (relation === 'OWN_AGENCY') return world.mechanismOf.FELLOW_MECHANISM_MEMBER!.id;
    if (relation === 'FOREIGN_NON_MEMBER') return world.mechanismOf.FOREIGN_NON_MEMBER!.id;
    fellowMechanism ??= (async () => {
      const em = orm.em.fork();
      const mechanism = em.create(Mechanism, {
        kind: MechanismKind.BINATIONAL,
        names: { es: 'MX–GT (boletines, secretaría mexicana)' },
        secretariatAgency: world.agencyOf.ADDRESSEE.id,
      });
      mechanism.memberAgencies.set([
        em.getReference(Agency, world.agencyOf.ADDRESSEE.id),
        em.getReference(Agency, world.agencyOf.OWN_AGENCY.id),
      ]);
      await em.flush();
      return mechanism.id;
    })();
    return fellowMechanism;
  };

  const bulletinOf = async (world: MatrixWorld, relation: Relation, status: BulletinStatus) => {
    const em = orm.em.fork();
    const bulletin = em.create(Bulletin, {
      mechanism: await mechanismOf(world, relation),
      kind: BulletinKind.ROUTE_MODUS_OPERANDI,
      status,
      texts: [{ language: 'es', title: `Boletín ${status}`, body: 'Ruta de la matriz' }],
      handlingCode: LibraryHandlingCode.H2,
      validFrom: new Date(Date.now() - 60_000),
      validUntil: new Date(Date.now() + 30 * 24 * 3600 * 1000),
      draftingAgency: em.getReference(Agency, world.agencyOf.ADDRESSEE.id),
      draftedBy: em.getReference(User, world.personOf.OWN_AGENCY.id),
      publishedAt: status === BulletinStatus.PUBLISHED ? new Date() : null,
    });
    await em.flush();
    return bulletin.id;
  };

  return {
    'Bulletin:read': async (api, world, relation) => {
      const id = await bulletinOf(world, relation, BulletinStatus.PUBLISHED);
      return allowed(() => api('query ($id: ID!) { bulletin(id: $id) { id } }', { id }));
    },
    'Bulletin:acknowledge': async (api, world, relation) => {
      const id = await bulletinOf(world, relation, BulletinStatus.PUBLISHED);
      return allowed(() => api('mutation ($id: ID!) { acknowledgeBulletin(id: $id) { id } }', { id }));
    },
    'Bulletin:publish': async (api, world, relation) => {
      const id = await bulletinOf(world, relation, BulletinStatus.DRAFT);
      return allowed(() => api('mutation ($id: ID!) { publishBulletin(id: $id) { id } }', { id }));
    },
    'Bulletin:create': async (api, world, relation) => {
      const mechanismId = await mechanismOf(world, relation);
      return allowed(() =>
        api('mutation ($m: ID!, $input: BulletinInput!) { createBulletin(mechanismId: $m, input: $input) { id } }', {
          m: mechanismId,
          input: {
            kind: 'CROSSING_INDICATORS',
            texts: [{ language: 'es', title: 'Indicadores', body: 'Indicadores del cruce' }],
            handlingCode: 'H2',
            validUntil: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString(),
          },
        }),
      );
    },
  };
}
