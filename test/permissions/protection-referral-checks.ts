import { User, type Agency } from '../../server/src/modules/identity';
import { ProtectionReferral } from '../../server/src/modules/protection';
import { newDataKey, sealJson } from '../../server/src/platform/crypto/envelope';
import { Role } from '../../server/src/platform/authz/roles';
import type { TestServer } from '../support/test-server';
import { DeniedError, type Caller } from './matrix-checks';
import type { MatrixWorld } from './matrix-world';
import type { Relation } from './permission-matrix';

type Check = (api: Caller, world: MatrixWorld, relation: Relation) => Promise<boolean>;

/**
 * Referrals to protection. Fixtures written straight to the table (the matrix's agencies are border police, and
 * only protection agencies receive through the API): OWN_AGENCY, sent by the actors' agency to ADDRESSEE;
 * ADDRESSEE, sent to the actors' agency by FELLOW; FELLOW_MECHANISM_MEMBER, sent by FELLOW to ADDRESSEE.
 */
export function protectionReferralChecks(server: TestServer): Record<string, Check> {
  let counter = 0;
  const ends = (world: MatrixWorld, relation: Relation): [Agency, Agency] => {
    const { OWN_AGENCY: own, ADDRESSEE: addressee, FELLOW_MECHANISM_MEMBER: fellow } = world.agencyOf;
    if (relation === 'OWN_AGENCY') return [own, addressee];
    if (relation === 'ADDRESSEE') return [fellow, own];
    return [fellow, addressee];
  };
  const fresh = async (world: MatrixWorld, relation: Relation): Promise<string> => {
    const [from, to] = ends(world, relation);
    const em = server.server.orm.em.fork();
    counter += 1;
    const sender = em.create(User, {
      agency: from,
      email: `border-officer-${counter}-${relation}@matrix.example`.toLowerCase(),
      name: 'Liaison officer',
      timeZone: 'UTC',
      roles: [Role.LIAISON_OFFICER],
    });
    const mechanism = world.mechanismOf.FELLOW_MECHANISM_MEMBER!;
    const referral = em.create(ProtectionReferral, {
      code: `PR-GT-2026-${String(90000 + counter)}`,
      senderAgency: from,
      sentBy: sender,
      recipientAgency: to,
      mechanism,
      sealedData: Buffer.alloc(0),
      dataKey: Buffer.alloc(0),
      keyId: '',
    });
    const key = newDataKey(server.server.config.encryption, referral.id);
    referral.dataKey = key.wrapped;
    referral.keyId = key.keyId;
    referral.sealedData = sealJson(key, referral.id, 'protection-referral.data', {
      person: { givenNames: 'Rosa', estimatedAge: 30, languages: ['es'], currentLocation: 'Tecún Umán' },
      screening: null,
      consent: null,
      note: null,
    });
    await em.flush();
    return referral.id;
  };
  const shared = new Map<Relation, Promise<string>>();
  const referralOf = (world: MatrixWorld, relation: Relation) => {
    if (!shared.has(relation)) shared.set(relation, fresh(world, relation));
    return shared.get(relation)!;
  };
  const read = async (api: Caller, id: string) => {
    try {
      const data = await api<{
        protectionReferral: { person: { givenNames: string } | null; restrictedFields: string[] } | null;
      }>('query ($id: ID!) { protectionReferral(id: $id) { person { givenNames } restrictedFields } }', { id });
      return data.protectionReferral;
    } catch (error) {
      if (error instanceof DeniedError) return null;
      throw error;
    }
  };

  return {
    'ProtectionReferral:read': async (api, world, relation) =>
      (await read(api, await referralOf(world, relation))) !== null,
    'ProtectionReferral:read:person': async (api, world, relation) => {
      const seen = await read(api, await referralOf(world, relation));
      if (!seen) return false;
      expect(seen.person === null).toBe(seen.restrictedFields.includes('person'));
      return seen.person !== null;
    },
    'ProtectionReferral:accept': async (api, world, relation) => {
      const id = await fresh(world, relation);
      try {
        await api('mutation ($id: ID!) { answerProtectionReferral(id: $id, answer: ACCEPT) { id } }', { id });
        return true;
      } catch (error) {
        if (error instanceof DeniedError) return false;
        throw error;
      }
    },
  };
}
