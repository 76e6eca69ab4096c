import { User } from '../../server/src/modules/identity';
import { startSession } from '../../server/src/modules/identity/auth/session-store';
import { Role } from '../../server/src/platform/authz/roles';
import type { TestServer } from '../support/test-server';
import { DeniedError, type Caller } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

const REGISTER = `mutation ($input: SurvivorInput!) { registerSurvivor(input: $input) { id } }`;
const ASSIGN = `mutation ($input: SurvivorAssignmentInput!) { assignSurvivorCase(input: $input) { id } }`;

/**
 * Survivor checks. Fixtures: ASSIGNED_CASE, a survivor of the actors' agency assigned to the matrix's case
 * worker and protection supervisor; OWN_AGENCY, one of the same agency assigned to a colleague; the other
 * relations, one held by that agency and registered by its own case worker.
 */
export function protectionChecks(server: TestServer): Record<string, Check> {
  const em = () => server.server.orm.em.fork();
  const caseWorkers = new Map<Relation, Promise<{ id: string; cookie: string }>>();
  const actorId = async (role: Role) => (await em().findOneOrFail(User, { email: `actor-${role}@matrix.example` })).id;

  const caseWorkerOf = (world: MatrixWorld, relation: Relation) => {
    if (!caseWorkers.has(relation)) {
      caseWorkers.set(
        relation,
        (async () => {
          if (relation === 'ASSIGNED_CASE')
            return { id: await actorId(Role.CASE_WORKER), cookie: world.cookieOf[Role.CASE_WORKER] };
          const fork = em();
          const user = fork.create(User, {
            agency: world.agencyOf[relation],
            email: `survivor-worker-${relation}@matrix.example`,
            name: `Case worker ${relation}`,
            timeZone: 'UTC',
            roles: [Role.CASE_WORKER],
          });
          await fork.flush();
          return { id: user.id, cookie: `enlace_session=${await startSession(fork, user)}` };
        })(),
      );
    }
    return caseWorkers.get(relation)!;
  };

  const freshSurvivor = async (world: MatrixWorld, relation: Relation): Promise<string> => {
    const worker = await caseWorkerOf(world, relation);
    const created = await server.graphql<{ registerSurvivor: { id: string } }>(
      REGISTER,
      { input: { givenNames: 'Rosa', identityDocuments: [{ kind: 'PASSPORT', number: 'X123' }] } },
      { cookie: worker.cookie },
    );
    if (!created.data) throw new Error(`fixture survivor not registered: ${JSON.stringify(created.errors)}`);
    const id = created.data.registerSurvivor.id;
    if (relation === 'ASSIGNED_CASE') {
      const assigned = await server.graphql(
        ASSIGN,
        { input: { survivorId: id, caseWorkerId: worker.id, supervisorId: await actorId(Role.PROTECTION_SUPERVISOR) } },
        { cookie: world.cookieOf[Role.PROTECTION_SUPERVISOR] },
      );
      if (assigned.errors) throw new Error(`fixture survivor not assigned: ${JSON.stringify(assigned.errors)}`);
    }
    return id;
  };

  const shared = new Map<Relation, Promise<string>>();
  const survivorOf = (world: MatrixWorld, relation: Relation) => {
    if (!shared.has(relation)) shared.set(relation, freshSurvivor(world, relation));
    return shared.get(relation)!;
  };

  const readSurvivor = async (api: Caller, id: string) => {
    try {
      const data = await api<{ survivor: { givenNames: string | null; restrictedFields: string[] } }>(
        'query ($id: ID!) { survivor(id: $id) { code givenNames restrictedFields } }',
        { id },
      );
      return data.survivor;
    } catch (error) {
      if (error instanceof DeniedError) return undefined;
      throw error;
    }
  };

  // The assigned case worker's consent to share the ASSIGNED_CASE survivor's identity with ADDRESSEE for shelter.
  const consents = new Map<string, Promise<unknown>>();
  const consentOnce = (world: MatrixWorld, survivorId: string) => {
    if (!consents.has(survivorId))
      consents.set(
        survivorId,
        (async () => {
          const texts = await server.graphql<{ consentTexts: { id: string }[] }>(
            '{ consentTexts { id } }',
            {},
            { cookie: world.cookieOf[Role.CASE_WORKER] },
          );
          const today = new Date().toISOString().slice(0, 10);
          const given = await server.graphql(
            'mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }',
            {
              input: {
                survivorId,
                categories: ['IDENTITY'],
                recipientAgencyId: world.agencyOf.ADDRESSEE.id,
                purposes: ['SAFE_SHELTER'],
                validFrom: today,
                validUntil: today,
                method: 'SIGNED_FORM',
                signedFormReference: 'F-2',
                givenBy: 'PERSON',
                consentTextId: texts.data!.consentTexts[0]!.id,
              },
            },
            { cookie: world.cookieOf[Role.CASE_WORKER] },
          );
          if (given.errors) throw new Error(`fixture consent not recorded: ${JSON.stringify(given.errors)}`);
        })(),
      );
    return consents.get(survivorId)!;
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
    'Survivor:read': async (api, world, relation) =>
      (await readSurvivor(api, await survivorOf(world, relation))) !== undefined,
    'Survivor:read:givenNames': async (api, world, relation) => {
      const survivor = await readSurvivor(api, await survivorOf(world, relation));
      if (!survivor) return false;
      expect(survivor.givenNames === null).toBe(survivor.restrictedFields.includes('givenNames'));
      return survivor.givenNames !== null;
    },
    'Survivor:create': (api) => succeeds(() => api(REGISTER, { input: { givenNames: 'Ana' } })),
    'Survivor:update': async (api, world, relation) => {
      const id = await survivorOf(world, relation);
      return succeeds(() =>
        api('mutation ($id: ID!) { updateSurvivor(id: $id, input: { givenNames: "Rosa" }) { id } }', { id }),
      );
    },
    'Survivor:consent': async (api, world, relation) => {
      const id = await survivorOf(world, relation);
      const texts = await server.graphql<{ consentTexts: { id: string }[] }>(
        '{ consentTexts { id } }',
        {},
        { cookie: world.cookieOf[Role.CASE_WORKER] },
      );
      const today = new Date().toISOString().slice(0, 10);
      return succeeds(() =>
        api('mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }', {
          input: {
            survivorId: id,
            categories: ['IDENTITY'],
            recipientAgencyId: world.agencyOf.FOREIGN_NON_MEMBER.id,
            purposes: ['SAFE_SHELTER'],
            validFrom: today,
            validUntil: today,
            method: 'SIGNED_FORM',
            signedFormReference: 'F-1',
            givenBy: 'PERSON',
            consentTextId: texts.data!.consentTexts[0]!.id,
          },
        }),
      );
    },
    'Survivor:override': async (api, world, relation) => {
      const id = await survivorOf(world, relation);
      return succeeds(() =>
        api('mutation ($input: ConsentOverrideInput!) { giveConsentOverride(input: $input) { id } }', {
          input: {
            survivorId: id,
            recipientAgencyId: world.agencyOf.FOREIGN_NON_MEMBER.id,
            purposes: ['SAFE_SHELTER'],
            reason: 'Amenaza inminente contra su vida esta noche.',
            days: 1,
          },
        }),
      );
    },
    'Survivor:screen': async (api, world, relation) => {
      const id = await survivorOf(world, relation);
      const form = await server.graphql<{ screeningForm: { indicators: { indicator: string }[] } }>(
        '{ screeningForm { indicators { indicator } } }',
        {},
        { cookie: world.cookieOf[Role.CASE_WORKER] },
      );
      return succeeds(() =>
        api('mutation ($id: ID!, $input: ScreeningInput!) { recordScreening(survivorId: $id, input: $input) { id } }', {
          id,
          input: {
            answers: form.data!.screeningForm.indicators.map(({ indicator }) => ({ indicator, answer: 'UNKNOWN' })),
            conclusion: 'FOLLOW_UP_NEEDED',
            conclusionNotes: 'Entrevista incompleta: volver a ver.',
          },
        }),
      );
    },
    'Survivor:refer': async (api, world, relation) => {
      const id = await survivorOf(world, relation);
      if (relation === 'ASSIGNED_CASE') await consentOnce(world, id);
      return succeeds(() =>
        api('mutation ($input: ServiceReferralInput!) { referToService(input: $input) { id } }', {
          input: {
            survivorId: id,
            recipientAgencyId: world.agencyOf.ADDRESSEE.id,
            service: 'SAFE_SHELTER',
            urgency: 'ROUTINE',
            sharedFields: ['givenNames'],
          },
        }),
      );
    },
    'Survivor:assign': async (api, world, relation) => {
      const id = await freshSurvivor(world, relation); // assigning changes who reads: a fresh one each time
      const worker = await caseWorkerOf(world, relation);
      const supervisorId = relation === 'ASSIGNED_CASE' ? await actorId(Role.PROTECTION_SUPERVISOR) : null;
      return succeeds(() => api(ASSIGN, { input: { survivorId: id, caseWorkerId: worker.id, supervisorId } }));
    },
  };
}
