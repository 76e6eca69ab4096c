import { type Agency, User } from '../../server/src/modules/identity';
import { startSession } from '../../server/src/modules/identity/auth/session-store';
import { Role } from '../../server/src/platform/authz/roles';
import type { TestServer } from '../support/test-server';
import { DeniedError, type Caller } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

const GIVEN_NAMES = 'Rosa Amelia';

/**
 * Durable-solution referrals, all through the GT–MX mechanism, each of a fresh plan carrying the survivor's given
 * names under a consent naming the recipient. ASSIGNED_CASE: the actors' case worker refers their own plan to
 * ADDRESSEE (a return, GT→MX); OWN_AGENCY: a colleague of the actors refers theirs to ADDRESSEE; ADDRESSEE: FELLOW
 * (MX) refers a return to the actors' agency (GT); FELLOW_MECHANISM_MEMBER: FELLOW refers a local integration to
 * ADDRESSEE (both MX).
 */
export function solutionReferralChecks(server: TestServer): Record<string, Check> {
  const workers = new Map<string, Promise<string>>();
  const workerIn = (agency: Agency, label: string) => {
    const key = `${agency.id}:${label}`;
    if (!workers.has(key))
      workers.set(
        key,
        (async () => {
          const em = server.server.orm.em.fork();
          const user = em.create(User, {
            agency,
            email: `solution-${label}-${agency.id}@matrix.example`,
            name: `Solution case worker ${label}`,
            timeZone: 'UTC',
            roles: [Role.CASE_WORKER],
          });
          await em.flush();
          return `enlace_session=${await startSession(em, user)}`;
        })(),
      );
    return workers.get(key)!;
  };

  /** The sender's cookie, the recipient agency, and the receiving case worker's cookie. */
  const route = async (world: MatrixWorld, relation: Relation) => {
    const { OWN_AGENCY: own, ADDRESSEE: addressee, FELLOW_MECHANISM_MEMBER: fellow } = world.agencyOf;
    if (relation === 'ASSIGNED_CASE')
      return {
        sender: world.cookieOf[Role.CASE_WORKER],
        to: addressee,
        receiver: await workerIn(addressee, 'r'),
      };
    if (relation === 'OWN_AGENCY')
      return {
        sender: await workerIn(own, 'colleague'),
        to: addressee,
        receiver: await workerIn(addressee, 'r'),
      };
    if (relation === 'ADDRESSEE')
      return { sender: await workerIn(fellow, 's'), to: own, receiver: world.cookieOf[Role.CASE_WORKER] };
    return {
      sender: await workerIn(fellow, 's'),
      to: addressee,
      receiver: await workerIn(addressee, 'r'),
    };
  };

  const must = async <T>(cookie: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await server.graphql<T>(query, variables, { cookie });
    if (!result.data) throw new Error(`fixture: ${JSON.stringify(result.errors)}`);
    return result.data;
  };

  const freshReferral = async (
    world: MatrixWorld,
    relation: Relation,
    accepted = false,
    risk: Record<string, unknown> = { returnRisk: 'SAFE' },
  ): Promise<string> => {
    const { sender, to, receiver } = await route(world, relation);
    const local = relation === 'FELLOW_MECHANISM_MEMBER';
    const { registerSurvivor } = await must<{ registerSurvivor: { id: string } }>(
      sender,
      'mutation ($input: SurvivorInput!) { registerSurvivor(input: $input) { id } }',
      { input: { givenNames: GIVEN_NAMES } },
    );
    const survivorId = registerSurvivor.id;
    const texts = await must<{ consentTexts: { id: string }[] }>(sender, '{ consentTexts { id } }', {});
    const today = new Date().toISOString().slice(0, 10);
    await must(sender, 'mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }', {
      input: {
        survivorId,
        categories: ['IDENTITY'],
        recipientAgencyId: to.id,
        purposes: ['LIVELIHOOD'],
        validFrom: today,
        validUntil: today,
        method: 'SIGNED_FORM',
        signedFormReference: 'F-7',
        givenBy: 'PERSON',
        consentTextId: texts.consentTexts[0]!.id,
      },
    });
    const { openDurablePlan } = await must<{ openDurablePlan: { id: string } }>(
      sender,
      'mutation ($input: DurablePlanInput!) { openDurablePlan(input: $input) { id } }',
      { input: { survivorId, solution: local ? 'LOCAL_INTEGRATION' : 'VOLUNTARY_RETURN', wishes: 'Rehacer su vida' } },
    );
    const { sendSolutionReferral } = await must<{ sendSolutionReferral: { id: string } }>(
      sender,
      'mutation ($input: SolutionReferralInput!) { sendSolutionReferral(input: $input) { id } }',
      {
        input: {
          planId: openDurablePlan.id,
          recipientAgencyId: to.id,
          mechanismId: world.mechanismOf.FELLOW_MECHANISM_MEMBER!.id,
          purposes: ['LIVELIHOOD'],
          sharedFields: ['givenNames'],
          ...(local ? {} : risk),
        },
      },
    );
    const id = sendSolutionReferral.id;
    if (accepted) await must(receiver, RESPOND, { input: { referralId: id, accept: true } });
    return id;
  };

  const shared = new Map<Relation, Promise<string>>();
  const referralOf = (world: MatrixWorld, relation: Relation) => {
    if (!shared.has(relation)) shared.set(relation, freshReferral(world, relation));
    return shared.get(relation)!;
  };
  const attempt = async (work: () => Promise<unknown>) => {
    try {
      await work();
      return true;
    } catch (error) {
      if (error instanceof DeniedError) return false;
      throw error;
    }
  };

  return {
    'SolutionReferral:read': async (api, world, relation) => {
      const id = await referralOf(world, relation);
      return attempt(() => api('query ($id: ID!) { solutionReferral(id: $id) { id status } }', { id }));
    },
    'SolutionReferral:read:sharedSurvivor': async (api, world, relation) => {
      const id = await referralOf(world, relation);
      let survivor: { givenNames: string | null } | null = null;
      const seen = await attempt(async () => {
        const data = await api<{ solutionReferral: { sharedSurvivor: typeof survivor } }>(
          'query ($id: ID!) { solutionReferral(id: $id) { sharedSurvivor { givenNames } } }',
          { id },
        );
        survivor = data.solutionReferral.sharedSurvivor;
      });
      return seen && (survivor as { givenNames: string | null } | null)?.givenNames === GIVEN_NAMES;
    },
    'SolutionReferral:create': async (api, world, relation) => {
      // The relation's plan, for a referral the actor (not its owner) tries to send: a fresh one each time.
      const { sender, to } = await route(world, relation);
      const local = relation === 'FELLOW_MECHANISM_MEMBER';
      const { registerSurvivor } = await must<{ registerSurvivor: { id: string } }>(
        sender,
        'mutation ($input: SurvivorInput!) { registerSurvivor(input: $input) { id } }',
        { input: { givenNames: GIVEN_NAMES } },
      );
      const { openDurablePlan } = await must<{ openDurablePlan: { id: string } }>(
        sender,
        'mutation ($input: DurablePlanInput!) { openDurablePlan(input: $input) { id } }',
        {
          input: {
            survivorId: registerSurvivor.id,
            solution: local ? 'LOCAL_INTEGRATION' : 'VOLUNTARY_RETURN',
            wishes: 'Rehacer su vida',
          },
        },
      );
      const texts = await must<{ consentTexts: { id: string }[] }>(sender, '{ consentTexts { id } }', {});
      const today = new Date().toISOString().slice(0, 10);
      await must(sender, 'mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }', {
        input: {
          survivorId: registerSurvivor.id,
          categories: ['IDENTITY'],
          recipientAgencyId: to.id,
          purposes: ['LIVELIHOOD'],
          validFrom: today,
          validUntil: today,
          method: 'SIGNED_FORM',
          signedFormReference: 'F-8',
          givenBy: 'PERSON',
          consentTextId: texts.consentTexts[0]!.id,
        },
      });
      return attempt(() =>
        api('mutation ($input: SolutionReferralInput!) { sendSolutionReferral(input: $input) { id } }', {
          input: {
            planId: openDurablePlan.id,
            recipientAgencyId: to.id,
            mechanismId: world.mechanismOf.FELLOW_MECHANISM_MEMBER!.id,
            purposes: ['LIVELIHOOD'],
            sharedFields: ['givenNames'],
            ...(local ? {} : { returnRisk: 'SAFE' }),
          },
        }),
      );
    },
    'SolutionReferral:respond': async (api, world, relation) => {
      const id = await freshReferral(world, relation);
      return attempt(() => api(RESPOND, { input: { referralId: id, accept: true } }));
    },
    'SolutionReferral:handOver': async (api, world, relation) => {
      const id = await freshReferral(world, relation, true);
      const arrivedOn = new Date().toISOString().slice(0, 10);
      return attempt(() =>
        api('mutation ($input: HandOverInput!) { recordHandOver(input: $input) { id } }', {
          input: { referralId: id, arrivedOn, leadToRecipient: true },
        }),
      );
    },
    'SolutionReferral:confirm': async (api, world, relation) => {
      // A return at the person's informed wish to a place assessed not safe (a local integration is never held).
      const risk = { returnRisk: 'NOT_SAFE', riskDetails: 'La red sigue activa', informedWish: true };
      const id = await freshReferral(world, relation, false, risk);
      return attempt(() =>
        api('mutation ($input: SolutionReferralConfirmationInput!) { confirmSolutionReferral(input: $input) { id } }', {
          input: { referralId: id, confirm: true },
        }),
      );
    },
    'SolutionReferral:read:personWishes': async (api, world, relation) => {
      // Readable only while the referral waits for the holding supervisor's confirmation: a held return.
      const risk = { returnRisk: 'NOT_SAFE', riskDetails: 'La red sigue activa', informedWish: true };
      const id = await freshReferral(world, relation, false, risk);
      let wishes: string | null = null;
      const seen = await attempt(async () => {
        const data = await api<{ solutionReferral: { personWishes: string | null; restrictedFields: string[] } }>(
          'query ($id: ID!) { solutionReferral(id: $id) { personWishes restrictedFields } }',
          { id },
        );
        expect(data.solutionReferral.personWishes === null).toBe(
          data.solutionReferral.restrictedFields.includes('personWishes'),
        );
        wishes = data.solutionReferral.personWishes;
      });
      return seen && typeof wishes === 'string' && (wishes as string).length > 0;
    },
    'SolutionReferral:close': async (api, world, relation) => {
      const id = await freshReferral(world, relation);
      return attempt(() => api('mutation ($id: ID!) { closeSolutionReferral(id: $id) { id } }', { id }));
    },
  };
}

const RESPOND =
  'mutation ($input: SolutionReferralResponseInput!) { respondToSolutionReferral(input: $input) { id status } }';
