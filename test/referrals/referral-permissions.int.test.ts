import { graphql, type GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { buildEnlaceSchema } from '../../server/src/app';
import { findReadableReferral, Referral, ReferralAction, transitionReferral } from '../../server/src/modules/referrals';
import { PERSONAL_FIELDS } from '../../server/src/modules/referrals';
import { aBorderWorld, aDraft, type BorderWorld, contextFor, startTestOrm, type TestUser } from '../support/factories';
import { at, firstError } from '../support/indexing';

const REFERRAL_QUERY = `query ($id: ID!) {
  referral(id: $id) {
    id reference status title restrictedFields
    sendingAgency { id name } receivingCountry { id }
    persons { role givenNames familyNames aliases sex estimatedAge nationality phones
              identityDocuments { kind number } vehicles { plate } restrictedFields }
    history { action fromStatus toStatus byUserId byAgency { id } }
  }
}`;

type Row = { who: keyof BorderWorld['users']; sees: boolean; personalData?: boolean };

/**
 * Who sees a sent referral, and who sees the identifying data of the persons in it, through the real GraphQL
 * schema (field guard included). The relation of each user to the referral is in the name.
 */
const SENT_REFERRAL_MATRIX: Row[] = [
  { who: 'senderOfficer', sees: true, personalData: true },
  { who: 'senderCaseWorker', sees: true, personalData: false },
  { who: 'receiverOfficer', sees: true, personalData: true },
  { who: 'receiverCaseWorker', sees: true, personalData: false },
  { who: 'fellowMemberOfficer', sees: false },
  { who: 'secretariat', sees: false },
  { who: 'sameCountryOfficer', sees: false },
  { who: 'foreignOfficer', sees: false },
  { who: 'senderAdmin', sees: false },
  { who: 'platformAdmin', sees: false },
];

describe('who sees a referral and the persons in it', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  let schema: GraphQLSchema;
  let sentId: string;
  let draftId: string;

  beforeAll(async () => {
    orm = (await startTestOrm()).orm;
    world = await aBorderWorld(orm);
    schema = await buildEnlaceSchema();
    sentId = (await aDraft(orm, world)).id;
    await transitionReferral(contextFor(orm, world.users.senderOfficer), {
      referralId: sentId,
      action: ReferralAction.SEND,
    });
    draftId = (await aDraft(orm, world)).id;
  });
  afterAll(() => orm.close());

  async function ask(who: TestUser, source: string, variableValues: Record<string, unknown>) {
    const context = contextFor(orm, who);
    const result = await graphql({ schema, source, contextValue: context, variableValues });
    return { ...result, audited: context.audited };
  }

  it.each(SENT_REFERRAL_MATRIX)(
    '$who: sees it $sees, personal data $personalData',
    async ({ who, sees, personalData }) => {
      const result = await ask(world.users[who], REFERRAL_QUERY, { id: sentId });
      if (!sees) {
        // Exactly what an id that does not exist gets.
        expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
        const missing = await ask(world.users[who], REFERRAL_QUERY, { id: '01900000-0000-7000-8000-000000000000' });
        expect(firstError(result).message).toBe(firstError(missing).message);
        return;
      }
      expect(result.errors).toBeUndefined();
      const referral = (result.data as { referral: Record<string, unknown> }).referral;
      expect(referral.restrictedFields).toEqual([]);
      const smuggler = at(referral.persons as Record<string, unknown>[], 0);
      expect(smuggler.role).toBe('SUSPECTED_SMUGGLER');
      if (personalData) {
        expect(smuggler).toMatchObject({
          givenNames: 'Juan Carlos',
          aliases: ['El Flaco'],
          phones: ['+502 5555 0101'],
        });
        expect(smuggler.restrictedFields).toEqual([]);
        const read = result.audited.filter((entry) => entry.action === 'personal-data.read');
        expect(read.length).toBeGreaterThan(0);
        expect(new Set(read.map((entry) => entry.ownerAgencyId))).toEqual(new Set([world.agencies.sender.id]));
        expect(JSON.stringify(read)).not.toContain('Juan Carlos');
      } else {
        for (const field of ['givenNames', 'familyNames', 'aliases', 'sex', 'phones', 'identityDocuments', 'vehicles'])
          expect(smuggler[field]).toBeNull();
        expect([...(smuggler.restrictedFields as string[])].sort()).toEqual([...PERSONAL_FIELDS].sort());
        expect(result.audited.filter((entry) => entry.action === 'personal-data.read')).toEqual([]);
      }
    },
  );

  it('keeps drafts to the sending agency: the addressee cannot see one yet', async () => {
    expect((await ask(world.users.senderOfficer, REFERRAL_QUERY, { id: draftId })).errors).toBeUndefined();
    const receiver = await ask(world.users.receiverOfficer, REFERRAL_QUERY, { id: draftId });
    expect(receiver.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('answers a malformed id (a reference typed where the id goes) as bad input naming the field', async () => {
    const result = await ask(world.users.senderOfficer, REFERRAL_QUERY, { id: 'GT-MX-2026-000001' });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(firstError(result).extensions?.fields).toEqual({ id: 'error.input.invalidId' });
  });

  it('gives federation references the same answer as the lookup', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Referral { id title } } }`;
    const representations = [{ __typename: 'Referral', id: sentId }];
    const receiver = await ask(world.users.receiverOfficer, query, { r: representations });
    expect(receiver.data?._entities).toEqual([{ id: sentId, title: expect.any(String) }]);
    const foreign = await ask(world.users.foreignOfficer, query, { r: representations });
    expect(foreign.data?._entities).toEqual([null]);
  });

  it('agrees with the database: ability.can(read) for each user matches what SQL returns for them', async () => {
    const em = orm.em.fork();
    const referrals = await em.find(Referral, { id: { $in: [sentId, draftId] } });
    for (const who of Object.keys(world.users) as (keyof BorderWorld['users'])[]) {
      const context = contextFor(orm, world.users[who]);
      const inMemory = referrals.filter((referral) => context.ability.can('read', referral)).map((r) => r.id);
      const fromSql = [];
      for (const referral of referrals) {
        const found = await findReadableReferral(context.em, context.ability, referral.id);
        if (found) fromSql.push(found.id);
      }
      expect({ who, ids: fromSql.sort() }).toEqual({ who, ids: inMemory.sort() });
    }
  });

  it('lets only liaison officers call the workflow mutations', async () => {
    const mutation = `mutation ($id: ID!) { acknowledgeReferral(id: $id) { id } }`;
    const caseWorker = await ask(world.users.receiverCaseWorker, mutation, { id: sentId });
    expect(caseWorker.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
