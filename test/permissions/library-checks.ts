import { Agency, Mechanism, MechanismKind, User } from '../../server/src/modules/identity';
import { LibraryDocument, LibraryDocumentKind, LibraryHandlingCode } from '../../server/src/modules/coordination';
import type { TestServer } from '../support/test-server';
import { DeniedError, type Caller } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

/**
 * Library checks. OWN_AGENCY: the world's GT–MX mechanism, whose secretariat the actors' agency runs;
 * FELLOW_MECHANISM_MEMBER: a mechanism (made here) the actors' agency belongs to and the addressee runs;
 * FOREIGN_NON_MEMBER: the CR–PA mechanism. Documents are written through the ORM.
 */
export function libraryChecks(server: TestServer): Record<string, Check> {
  const orm = server.server.orm;
  let fellowMechanism: Promise<string> | undefined;
  const mechanismOf = async (world: MatrixWorld, relation: Relation): Promise<string> => {
    if (relation === 'OWN_AGENCY') return world.mechanismOf.FELLOW_MECHANISM_MEMBER!.id;
    if (relation === 'FOREIGN_NON_MEMBER') return world.mechanismOf.FOREIGN_NON_MEMBER!.id;
    fellowMechanism ??= (async () => {
      const em = orm.em.fork();
      const mechanism = em.create(Mechanism, {
        kind: MechanismKind.BINATIONAL,
        names: { es: 'MX–GT (biblioteca, secretaría mexicana)' },
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

  const documentOf = async (
    world: MatrixWorld,
    relation: Relation,
    code: LibraryHandlingCode,
    named: string[] = [],
  ) => {
    const em = orm.em.fork();
    const document = em.create(LibraryDocument, {
      mechanism: await mechanismOf(world, relation),
      kind: LibraryDocumentKind.PROTOCOL,
      title: `Protocolo ${code}`,
      language: 'es',
      summary: 'Protocolo de la matriz',
      handlingCode: code,
      namedAgencyIds: named,
      createdBy: em.getReference(User, world.personOf.OWN_AGENCY.id),
    });
    await em.flush();
    return document.id;
  };
  const reads = async (api: Caller, id: string) => {
    try {
      await api('query ($id: ID!) { libraryDocument(id: $id) { id title } }', { id });
      return true;
    } catch (error) {
      if (error instanceof DeniedError) return false;
      throw error;
    }
  };

  return {
    'LibraryDocument:readH2': async (api, world, relation) =>
      reads(api, await documentOf(world, relation, LibraryHandlingCode.H2)),
    'LibraryDocument:readH1': async (api, world, relation) =>
      reads(api, await documentOf(world, relation, LibraryHandlingCode.H1)),
    'LibraryDocument:readH3Named': async (api, world, relation) =>
      reads(api, await documentOf(world, relation, LibraryHandlingCode.H3, [world.agencyOf.OWN_AGENCY.id])),
    'LibraryDocument:readH3Other': async (api, world, relation) =>
      reads(api, await documentOf(world, relation, LibraryHandlingCode.H3, [world.agencyOf.ADDRESSEE.id])),
    'LibraryDocument:create': async (api, world, relation) => {
      const mechanismId = await mechanismOf(world, relation);
      try {
        await api(
          'mutation ($m: ID!, $input: LibraryDocumentInput!) { createLibraryDocument(mechanismId: $m, input: $input) { id } }',
          {
            m: mechanismId,
            input: { kind: 'PROTOCOL', title: 'Nuevo', language: 'es', summary: 'Resumen', handlingCode: 'H2' },
          },
        );
        return true;
      } catch (error) {
        if (error instanceof DeniedError) return false;
        throw error;
      }
    },
  };
}
