import { Agency, Mechanism, MechanismKind } from '../../server/src/modules/identity';
import type { TestServer } from '../support/test-server';
import { DeniedError, type Caller } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

/**
 * Identity-check cells. OWN_AGENCY: the world's GT–MX mechanism, whose secretariat the actors' agency runs;
 * FELLOW_MECHANISM_MEMBER: a mechanism (made here) the actors' agency belongs to and the addressee runs;
 * FOREIGN_NON_MEMBER: the CR–PA mechanism.
 */
export function identityCheckChecks(server: TestServer): Record<string, Check> {
  const orm = server.server.orm;
  let fellowMechanism: Promise<string> | undefined;
  const mechanismOf = async (world: MatrixWorld, relation: Relation): Promise<string> => {
    if (relation === 'OWN_AGENCY') return world.mechanismOf.FELLOW_MECHANISM_MEMBER!.id;
    if (relation === 'FOREIGN_NON_MEMBER') return world.mechanismOf.FOREIGN_NON_MEMBER!.id;
    fellowMechanism ??= (async () => {
      const em = orm.em.fork();
      const mechanism = em.create(Mechanism, {
        kind: MechanismKind.BINATIONAL,
        names: { es: 'MX–GT (consultas, secretaría mexicana)' },
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
  const allowed = async (write: () => Promise<unknown>) => {
    try {
      await write();
      return true;
    } catch (error) {
      if (error instanceof DeniedError) return false;
      throw error;
    }
  };
  const document = { number: 'P-0000001', issuingCountry: 'GT' };

  return {
    'IdentityCheck:create': async (api, world, relation) => {
      const mechanismId = await mechanismOf(world, relation);
      return allowed(() =>
        api('mutation ($input: IdentityCheckInput!) { checkIdentity(input: $input) { outcome } }', {
          input: { mechanismId, purpose: 'Matriz de permisos', document },
        }),
      );
    },
    'IdentityRecord:create': async (api, world, relation) => {
      const mechanismId = await mechanismOf(world, relation);
      return allowed(() =>
        api('mutation ($input: IdentityRecordInput!) { registerIdentityRecord(input: $input) }', {
          input: { mechanismId, reference: 'MATRIZ-1', document },
        }),
      );
    },
    'IdentityCheckNotice:read': async (api) => allowed(() => api('{ identityCheckLog(limit: 1) { id } }')),
    'IdentityReindexRun:read': async (api) => allowed(() => api('{ identityReindexRuns(limit: 1) { id } }')),
    'IdentityCheckKey:rotate': async (api, world, relation) => {
      const mechanismId = await mechanismOf(world, relation);
      return allowed(() => api('mutation ($m: ID!) { rotateIdentityCheckKey(mechanismId: $m) }', { m: mechanismId }));
    },
  };
}
