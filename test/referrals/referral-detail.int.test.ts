import type { MikroORM } from '@mikro-orm/postgresql';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildEnlaceSchema } from '../../server/src/app';
import { postReferralMessage } from '../../server/src/modules/referrals/conversation/conversation.service';
import { readReferralOnce } from '../../server/src/modules/referrals/referral.access';
import { Referral } from '../../server/src/modules/referrals/referral.entity';
import {
  aBorderWorld,
  ACKNOWLEDGED,
  type BorderWorld,
  contextFor,
  referralAfter,
  startTestOrm,
} from '../support/factories';

// The referral screen's reads in one document, as the benchmark sends them (server/bench/bench-referrals.mjs):
// the referral with its persons (names: personal data, so the read is audited), its history and its messages.
const DETAIL = `query ($id: ID!) {
  referral(id: $id) { id reference status title narrative category urgency createdAt dueAt
    sendingAgency { id name acronym country { id } } receivingAgency { id name acronym }
    persons { id role givenNames familyNames sex dateOfBirth nationality }
    history { id action fromStatus toStatus at comment byAgency { id acronym } } }
  referralMessages(referralId: $id) { id body createdAt authorAgencyId } }`;

interface Detail {
  referral: { id: string; persons: { givenNames: string | null }[]; history: unknown[] } | null;
  referralMessages: { body: string }[] | null;
}

describe("a referral's detail", () => {
  let orm: MikroORM;
  let countStatements: Awaited<ReturnType<typeof startTestOrm>>['countStatements'];
  let world: BorderWorld;
  let schema: GraphQLSchema;
  let referralId: string;

  beforeAll(async () => {
    ({ orm, countStatements } = await startTestOrm());
    world = await aBorderWorld(orm);
    schema = await buildEnlaceSchema();
    referralId = await referralAfter(orm, world, ACKNOWLEDGED);
    for (const body of ['Recibido, lo revisamos', 'Gracias'])
      await postReferralMessage(contextFor(orm, world.users.senderOfficer), { referralId, body });
  }, 60_000);
  afterAll(() => orm?.close());

  /** One request as the server answers it: the document, then the audit event of the personal data read. */
  async function detailAs(who: BorderWorld['users'][keyof BorderWorld['users']]) {
    const context = contextFor(orm, who, { audit: 'written' });
    const answer = await graphql({ schema, source: DETAIL, variableValues: { id: referralId }, contextValue: context });
    await context.audit.flushReads(context.em);
    return answer as { data?: Detail | null; errors?: readonly unknown[] };
  }

  // 8 before the request-scoped read (docs/benchmarks.md): the referral twice, the agencies and the country apart.
  it('is read in 5 SQL statements: the referral with its agencies once, persons, history, messages, the audit', async () => {
    const { result, statements } = await countStatements(() => detailAs(world.users.receiverOfficer));
    expect(result.errors).toBeUndefined();
    expect(result.data!.referral!.persons.map((person) => person.givenNames)).toContain('Juan Carlos');
    expect(result.data!.referral!.history.length).toBeGreaterThan(0);
    expect(result.data!.referralMessages!.map((message) => message.body)).toEqual([
      'Recibido, lo revisamos',
      'Gracias',
    ]);
    expect(statements.filter((statement) => /from "referral" /.test(statement))).toHaveLength(1);
    expect(statements.filter((statement) => /insert into audit_event/.test(statement))).toHaveLength(1);
    expect(statements).toHaveLength(5);
  });

  // The kept statement maps its rows without cascading the merge through the relations (issue 19): the entities
  // must still be the unit of work's, joined or not.
  it("gives managed entities: the joined agency is the identity map's, an unjoined one loads, nothing to flush", async () => {
    const context = contextFor(orm, world.users.receiverOfficer);
    const referral = (await readReferralOnce(context, referralId, ['sendingAgency']))!;
    const uow = context.em.getUnitOfWork();
    expect(uow.getById(Referral.name, referral.id)).toBe(referral);
    expect(referral.sendingAgency.isInitialized()).toBe(true);
    expect(uow.getById('Agency', referral.sendingAgency.id)).toBe(referral.sendingAgency.unwrap());
    expect(referral.receivingAgency.isInitialized()).toBe(false);
    expect((await referral.receivingAgency.load())?.id).toBe(world.agencies.receiver.id);
    expect(uow.getById('Agency', referral.receivingAgency.id)).toBe(referral.receivingAgency.unwrap());
    uow.computeChangeSets();
    expect(uow.getChangeSets()).toHaveLength(0);
  });

  it("reads the persons and the history of a page's referrals in one statement each, as the ORM's own load orders them", async () => {
    await referralAfter(orm, world, ACKNOWLEDGED);
    const page = `{ referrals(box: INBOX, first: 2) { edges { node { id persons { id role } history { id action } } } } }`;
    const context = contextFor(orm, world.users.receiverOfficer);
    const { result, statements } = await countStatements(() =>
      graphql({ schema, source: page, contextValue: context }),
    );
    expect(result.errors).toBeUndefined();
    expect(statements.filter((statement) => /from "referral_person"/.test(statement))).toHaveLength(1);
    expect(statements.filter((statement) => /from "referral_transition"/.test(statement))).toHaveLength(1);
    type Read = { id: string; persons: { id: string }[]; history: { id: string }[] };
    const reads = (result.data as { referrals: { edges: { node: Read }[] } }).referrals.edges.map((edge) => edge.node);
    expect(reads).toHaveLength(2);
    for (const read of reads) {
      const referral = await orm.em.fork().findOneOrFail(Referral, read.id, { populate: ['persons', 'history'] });
      expect(read.persons.map((person) => person.id).sort()).toEqual(
        referral.persons
          .getItems()
          .map((person) => person.id)
          .sort(),
      );
      expect(read.history.map((step) => step.id)).toEqual(referral.history.getItems().map((step) => step.id));
      expect(read.persons.length).toBeGreaterThan(0);
      expect(read.history.length).toBeGreaterThan(1);
    }
  });

  it('is NOT_FOUND, for the referral and its messages alike, to an agency not party to it', async () => {
    const result = await detailAs(world.users.foreignOfficer);
    expect(result.data).toBeNull();
    expect(JSON.stringify(result.errors)).toMatch(/NOT_FOUND/);
  });
});
