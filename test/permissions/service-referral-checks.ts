import { User, type Agency } from '../../server/src/modules/identity';
import { DirectoryService, ProtectionService } from '../../server/src/modules/protection';
import { startSession } from '../../server/src/modules/identity/auth/session-store';
import { Role } from '../../server/src/platform/authz/roles';
import type { TestServer } from '../support/test-server';
import { DeniedError, type Caller } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

/**
 * Referrals to services. Fixtures, all through the GT–MX mechanism: OWN_AGENCY, sent by the actors' agency
 * (its case worker) to ADDRESSEE; ADDRESSEE, sent to the actors' agency by FELLOW; FELLOW_MECHANISM_MEMBER,
 * sent by FELLOW to ADDRESSEE. Each carries the survivor's given names under a consent for shelter.
 */
export function serviceReferralChecks(server: TestServer): Record<string, Check> {
  const workers = new Map<string, Promise<string>>();
  const workerIn = (world: MatrixWorld, agency: Agency) => {
    if (agency.id === world.agencyOf.OWN_AGENCY.id) return Promise.resolve(world.cookieOf[Role.CASE_WORKER]);
    if (!workers.has(agency.id))
      workers.set(
        agency.id,
        (async () => {
          const em = server.server.orm.em.fork();
          const user = em.create(User, {
            agency,
            email: `referral-worker-${agency.id}@matrix.example`,
            name: 'Case worker',
            timeZone: 'UTC',
            roles: [Role.CASE_WORKER],
          });
          await em.flush();
          return `enlace_session=${await startSession(em, user)}`;
        })(),
      );
    return workers.get(agency.id)!;
  };

  const ends = (world: MatrixWorld, relation: Relation): [Agency, Agency] | null => {
    const { OWN_AGENCY: own, ADDRESSEE: addressee, FELLOW_MECHANISM_MEMBER: fellow } = world.agencyOf;
    if (relation === 'OWN_AGENCY') return [own, addressee];
    if (relation === 'ADDRESSEE') return [fellow, own];
    if (relation === 'FELLOW_MECHANISM_MEMBER') return [fellow, addressee];
    return null;
  };

  const must = async <T>(cookie: string, query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await server.graphql<T>(query, variables, { cookie });
    if (!result.data) throw new Error(`fixture: ${JSON.stringify(result.errors)}`);
    return result.data;
  };

  const freshReferral = async (world: MatrixWorld, relation: Relation): Promise<string> => {
    const [from, to] = ends(world, relation)!;
    const cookie = await workerIn(world, from);
    const survivor = await must<{ registerSurvivor: { id: string } }>(
      cookie,
      'mutation ($input: SurvivorInput!) { registerSurvivor(input: $input) { id } }',
      { input: { givenNames: 'Rosa' } },
    );
    const texts = await must<{ consentTexts: { id: string }[] }>(cookie, '{ consentTexts { id } }', {});
    const today = new Date().toISOString().slice(0, 10);
    const survivorId = survivor.registerSurvivor.id;
    await must(cookie, 'mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }', {
      input: {
        survivorId,
        categories: ['IDENTITY'],
        recipientAgencyId: to.id,
        purposes: ['SAFE_SHELTER'],
        validFrom: today,
        validUntil: today,
        method: 'SIGNED_FORM',
        signedFormReference: 'F-3',
        givenBy: 'PERSON',
        consentTextId: texts.consentTexts[0]!.id,
      },
    });
    const sent = await must<{ referToService: { id: string } }>(
      cookie,
      'mutation ($input: ServiceReferralInput!) { referToService(input: $input) { id } }',
      {
        input: {
          survivorId,
          recipientAgencyId: to.id,
          service: 'SAFE_SHELTER',
          urgency: 'ROUTINE',
          sharedFields: ['givenNames'],
        },
      },
    );
    return sent.referToService.id;
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
  const step = (api: Caller, referralId: string, name: string) =>
    api('mutation ($input: ServiceReferralStepInput!) { stepServiceReferral(input: $input) { id } }', {
      input: { referralId, step: name, text: 'Hecho' },
    });

  const directoryEntries = new Map<Relation, Promise<string>>();
  const directoryEntryOf = (world: MatrixWorld, relation: 'OWN_AGENCY' | 'FOREIGN_NON_MEMBER') => {
    if (!directoryEntries.has(relation))
      directoryEntries.set(
        relation,
        (async () => {
          const em = server.server.orm.em.fork();
          const agency = world.agencyOf[relation];
          const entry = em.create(DirectoryService, {
            agency,
            countryCode: relation === 'OWN_AGENCY' ? 'GT' : 'CR',
            name: `Servicio ${relation}`,
            types: [ProtectionService.LEGAL_AID],
          });
          await em.flush();
          return entry.id;
        })(),
      );
    return directoryEntries.get(relation)!;
  };

  return {
    'DirectoryService:read': async (api, world, relation) => {
      const id = await directoryEntryOf(world, relation as 'OWN_AGENCY');
      return attempt(() => api('query ($id: ID!) { directoryService(id: $id) { id name } }', { id }));
    },
    'DirectoryService:update': async (api, world, relation) => {
      const id = await directoryEntryOf(world, relation as 'OWN_AGENCY');
      return attempt(() =>
        api('mutation ($input: DirectoryServiceInput!) { saveDirectoryService(input: $input) { id } }', {
          input: { id, name: `Servicio ${relation}`, types: ['LEGAL_AID'] },
        }),
      );
    },
    'ServiceReferral:read': async (api, world, relation) => {
      const id = await referralOf(world, relation);
      return attempt(() => api('query ($id: ID!) { serviceReferral(id: $id) { id status } }', { id }));
    },
    'ServiceReferral:accept': async (api, world, relation) => {
      const id = await freshReferral(world, relation);
      return attempt(() => step(api, id, 'ACCEPT'));
    },
    'ServiceReferral:close': async (api, world, relation) => {
      const id = await freshReferral(world, relation);
      return attempt(() => step(api, id, 'CLOSE'));
    },
    'ServiceReferral:converse': async (api, world, relation) => {
      const id = await referralOf(world, relation);
      return attempt(() =>
        api('mutation ($input: ServiceReferralMessageInput!) { postServiceReferralMessage(input: $input) { id } }', {
          input: { referralId: id, body: 'Hola' },
        }),
      );
    },
    'ServiceReferralMessage:read:body': async (api, world, relation) => {
      const id = await referralOf(world, relation);
      const [from] = ends(world, relation)!;
      await must(
        await workerIn(world, from),
        'mutation ($input: ServiceReferralMessageInput!) { postServiceReferralMessage(input: $input) { id } }',
        { input: { referralId: id, body: 'Llega esta noche' } },
      );
      let messages: { body: string | null; restrictedFields: string[] }[] = [];
      const seen = await attempt(async () => {
        const data = await api<{ serviceReferralMessages: typeof messages }>(
          'query ($id: ID!) { serviceReferralMessages(referralId: $id) { body restrictedFields } }',
          { id },
        );
        messages = data.serviceReferralMessages;
      });
      if (!seen || messages.length === 0) return false;
      return messages.every((message) => message.body !== null);
    },
    'ReferredSurvivor:read:givenNames': async (api, world, relation) => {
      const id = await referralOf(world, relation);
      let survivor: { givenNames: string | null; restrictedFields: string[] } | undefined;
      const seen = await attempt(async () => {
        const data = await api<{ serviceReferral: { survivor: typeof survivor } }>(
          'query ($id: ID!) { serviceReferral(id: $id) { survivor { givenNames restrictedFields } } }',
          { id },
        );
        survivor = data.serviceReferral.survivor;
      });
      if (!seen || !survivor) return false;
      expect(survivor.givenNames === null).toBe(survivor.restrictedFields.includes('givenNames'));
      return survivor.givenNames !== null;
    },
  };
}
