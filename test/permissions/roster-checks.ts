import { DutyContact } from '../../server/src/modules/coordination';
import { User } from '../../server/src/modules/identity';
import type { TestServer } from '../support/test-server';
import { DeniedError, type Caller } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

const INPUT: {
  deskName: string;
  timeZone: string;
  alwaysOn: boolean;
  days: number[];
  languages: string[];
  phone: string;
} = {
  deskName: 'Guardia de la matriz',
  timeZone: 'America/Guatemala',
  alwaysOn: true,
  days: [],
  languages: ['es'],
  phone: '+502 0000 0000',
};

/**
 * Roster checks. The line belongs to the relation's agency: OWN_AGENCY, the actors' own agency, and
 * FELLOW_MECHANISM_MEMBER, another member, both in the world's GT–MX mechanism; FOREIGN_NON_MEMBER, an agency
 * of the CR–PA mechanism the actors' agency is not in. Lines are written through the ORM.
 */
export function rosterChecks(server: TestServer): Record<string, Check> {
  const orm = server.server.orm;
  const lineOf = async (world: MatrixWorld, relation: Relation): Promise<string> => {
    const em = orm.em.fork();
    const mechanism =
      relation === 'FOREIGN_NON_MEMBER'
        ? world.mechanismOf.FOREIGN_NON_MEMBER!
        : world.mechanismOf.FELLOW_MECHANISM_MEMBER!;
    const contact = em.create(DutyContact, {
      mechanism: mechanism.id,
      agency: world.agencyOf[relation].id,
      ...INPUT,
      updatedBy: em.getReference(User, world.personOf.OWN_AGENCY.id),
    });
    await em.flush();
    return contact.id;
  };
  const mechanismOf = (world: MatrixWorld, relation: Relation) =>
    relation === 'FOREIGN_NON_MEMBER'
      ? world.mechanismOf.FOREIGN_NON_MEMBER!
      : world.mechanismOf.FELLOW_MECHANISM_MEMBER!;

  return {
    'DutyContact:read': async (api, world, relation) => {
      const id = await lineOf(world, relation);
      const data = await api<{ dutyRoster: { id: string }[] }>(
        'query ($m: ID!) { dutyRoster(mechanismId: $m) { id } }',
        { m: mechanismOf(world, relation).id },
      );
      return data.dutyRoster.some((line) => line.id === id);
    },
    'DutyContact:update': async (api, world, relation) => {
      const id = await lineOf(world, relation);
      try {
        await api(
          'mutation ($id: ID!, $input: DutyContactInput!) { updateDutyContact(id: $id, input: $input) { id } }',
          {
            id,
            input: { ...INPUT, deskName: 'Cambiada' },
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
