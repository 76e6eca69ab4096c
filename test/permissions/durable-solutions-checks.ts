import { User } from '../../server/src/modules/identity';
import { startSession } from '../../server/src/modules/identity/auth/session-store';
import { Role } from '../../server/src/platform/authz/roles';
import type { TestServer } from '../support/test-server';
import { DeniedError, type Caller } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

const REGISTER = `mutation ($input: SurvivorInput!) { registerSurvivor(input: $input) { id } }`;
const OPEN = `mutation ($input: DurablePlanInput!) { openDurablePlan(input: $input) { id } }`;
const WISHES = 'Volver con su familia';

/**
 * Durable-solutions plan checks. ASSIGNED_CASE: a plan the matrix's case worker owns (the survivor is assigned to
 * them); OWN_AGENCY: a plan of the actors' agency owned by a colleague; the other relations: a plan held by that
 * agency, owned by its own case worker.
 */
export function durableSolutionsChecks(server: TestServer): Record<string, Check> {
  const owners = new Map<Relation, Promise<string>>();
  const ownerCookie = (world: MatrixWorld, relation: Relation): Promise<string> => {
    if (relation === 'ASSIGNED_CASE') return Promise.resolve(world.cookieOf[Role.CASE_WORKER]);
    if (!owners.has(relation))
      owners.set(
        relation,
        (async () => {
          const em = server.server.orm.em.fork();
          const user = em.create(User, {
            agency: world.agencyOf[relation],
            email: `durable-worker-${relation}@matrix.example`,
            name: `Durable case worker ${relation}`,
            timeZone: 'UTC',
            roles: [Role.CASE_WORKER],
          });
          await em.flush();
          return `enlace_session=${await startSession(em, user)}`;
        })(),
      );
    return owners.get(relation)!;
  };

  const asOwner = async <T>(
    world: MatrixWorld,
    relation: Relation,
    query: string,
    variables: Record<string, unknown>,
  ) => {
    const result = await server.graphql<T>(query, variables, { cookie: await ownerCookie(world, relation) });
    if (!result.data) throw new Error(`fixture failed: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const freshSurvivor = async (world: MatrixWorld, relation: Relation) =>
    (await asOwner<{ registerSurvivor: { id: string } }>(world, relation, REGISTER, { input: { givenNames: 'Rosa' } }))
      .registerSurvivor.id;
  const freshPlan = async (world: MatrixWorld, relation: Relation) => {
    const survivorId = await freshSurvivor(world, relation);
    const opened = await asOwner<{ openDurablePlan: { id: string } }>(world, relation, OPEN, {
      input: { survivorId, solution: 'VOLUNTARY_RETURN', wishes: WISHES },
    });
    return opened.openDurablePlan.id;
  };
  const shared = new Map<Relation, Promise<string>>();
  const planOf = (world: MatrixWorld, relation: Relation) => {
    if (!shared.has(relation)) shared.set(relation, freshPlan(world, relation));
    return shared.get(relation)!;
  };

  const readPlan = async (api: Caller, id: string) => {
    try {
      const data = await api<{ durablePlan: { wishes: string | null; restrictedFields: string[] } }>(
        'query ($id: ID!) { durablePlan(id: $id) { survivorCode wishes restrictedFields } }',
        { id },
      );
      return data.durablePlan;
    } catch (error) {
      if (error instanceof DeniedError) return undefined;
      throw error;
    }
  };
  const succeeds = async (write: () => Promise<unknown>) => {
    try {
      await write();
      return true;
    } catch (error) {
      if (error instanceof DeniedError) return false;
      throw error;
    }
  };

  return {
    'DurablePlan:read': async (api, world, relation) =>
      (await readPlan(api, await planOf(world, relation))) !== undefined,
    'DurablePlan:read:wishes': async (api, world, relation) => {
      const plan = await readPlan(api, await planOf(world, relation));
      if (!plan) return false;
      expect(plan.wishes === null).toBe(plan.restrictedFields.includes('wishes'));
      return plan.wishes === WISHES;
    },
    'DurablePlan:create': async (api, world, relation) => {
      // The survivor is the relation's: for ASSIGNED_CASE one assigned to the matrix's case worker.
      const survivorId = await freshSurvivor(world, relation);
      return succeeds(() => api(OPEN, { input: { survivorId, solution: 'LOCAL_INTEGRATION', wishes: WISHES } }));
    },
    'DurablePlan:update': async (api, world, relation) => {
      const planId = await planOf(world, relation);
      return succeeds(() =>
        api('mutation ($input: DurablePlanChangeInput!) { changeDurablePlan(input: $input) { id } }', {
          input: { planId, solution: 'VOLUNTARY_RETURN', wishes: WISHES },
        }),
      );
    },
    'DurablePlan:assess': async (api, world, relation) => {
      const planId = await planOf(world, relation);
      return succeeds(() =>
        api('mutation ($input: CriterionAssessmentInput!) { assessDurableCriterion(input: $input) { id } }', {
          input: { planId, criterion: 'LIVELIHOODS', status: 'IN_PROGRESS', assessedOn: '2026-01-15' },
        }),
      );
    },
    'DurablePlan:close': async (api, world, relation) => {
      const planId = await freshPlan(world, relation); // closing is final: a fresh plan each time
      return succeeds(() =>
        api('mutation ($input: DurablePlanClosureInput!) { closeDurablePlan(input: $input) { id } }', {
          input: { planId, outcome: 'PERSON_WITHDREW', reason: 'La persona decidió no seguir' },
        }),
      );
    },
  };
}
