import { createMongoAbility } from '@casl/ability';
import type { MikroORM } from '@mikro-orm/postgresql';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildEnlaceSchema } from '../../server/src/app';
import type { AppAbility } from '../../server/src/platform/authz/ability';
import {
  Referral,
  ReferralAction,
  ReferralCategory,
  ReferralStatus,
  ReferralUrgency,
  transitionReferral,
} from '../../server/src/modules/referrals';
import { expectPageArgumentsChecked, expectToPageThrough, PAGE_INFO, type PageOf } from '../support/connection-checks';
import { aBorderWorld, aDraft, type BorderWorld, contextFor, startTestOrm, type TestUser } from '../support/factories';
import { at } from '../support/indexing';

const INBOX = `query ($box: ReferralBox!, $filter: ReferralFilter, $sort: ReferralSort, $first: Int, $after: String) {
  referrals(box: $box, filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    statusCounts { status count }
    ${PAGE_INFO}
    nodes { id }
    edges { cursor node {
      id reference status urgency category title overdue dueAt createdAt
      sendingAgency { id name acronym country { id names { es } } }
    } }
  }
}`;

interface Node {
  id: string;
  status: string;
  urgency: string;
  category: string;
  title: string;
  overdue: boolean;
  dueAt: string | null;
  createdAt: string;
  sendingAgency: { name: string; country: { id: string } };
}
interface Page extends PageOf<Node> {
  totalCount: number;
  statusCounts: { status: string; count: number }[];
}

describe('the inbox and outbox', () => {
  let orm: MikroORM;
  let countStatements: Awaited<ReturnType<typeof startTestOrm>>['countStatements'];
  let world: BorderWorld;
  let schema: GraphQLSchema;
  const sent: string[] = [];

  beforeAll(async () => {
    ({ orm, countStatements } = await startTestOrm());
    world = await aBorderWorld(orm);
    schema = await buildEnlaceSchema();
    const urgencies = Object.values(ReferralUrgency);
    const categories = [ReferralCategory.SMUGGLING_INCIDENT, ReferralCategory.SUSPECTED_TRAFFICKING];
    for (let index = 0; index < 60; index += 1) {
      const { id } = await aDraft(orm, world, {
        urgency: urgencies[index % 3],
        category: categories[index % 2],
        title: `Remisión número ${index}`,
        persons: [],
      });
      await transitionReferral(contextFor(orm, world.users.senderOfficer), {
        referralId: id,
        action: ReferralAction.SEND,
      });
      sent.push(id);
    }
    await aDraft(orm, world, {
      title: 'Abandoned migrants found near the river',
      narrative: 'A group of twelve people was left without water on the bank.',
    });
    const english = await aDraft(orm, world, {
      title: 'Abandoned migrants found near the river',
      narrative: 'A group of twelve people was left without water on the bank.',
      category: ReferralCategory.ABANDONED_OR_MISSING_MIGRANTS,
      placeDescription: 'Riverbank two kilometres upstream of the bridge',
      latitude: 14.6702,
      longitude: -92.1506,
    });
    await transitionReferral(contextFor(orm, world.users.senderOfficer), {
      referralId: english.id,
      action: ReferralAction.SEND,
    });
    for (const id of sent.slice(0, 5)) {
      await transitionReferral(contextFor(orm, world.users.receiverOfficer), {
        referralId: id,
        action: ReferralAction.ACKNOWLEDGE,
      });
    }
    // Two referrals whose acknowledgement deadline has passed.
    await orm.em
      .fork()
      .nativeUpdate(Referral, { id: { $in: sent.slice(10, 12) } }, { dueAt: new Date(Date.now() - 60_000) });
  });
  afterAll(() => orm.close());

  async function answer(who: TestUser, variables: Record<string, unknown>) {
    const result = await graphql({
      schema,
      source: INBOX,
      contextValue: contextFor(orm, who),
      variableValues: variables,
    });
    return { data: (result.data as { referrals: Page } | null | undefined)?.referrals, errors: result.errors };
  }
  async function list(who: TestUser, variables: Record<string, unknown>): Promise<Page> {
    const result = await answer(who, variables);
    if (result.errors) throw result.errors[0];
    return result.data!;
  }
  const inbox = (variables: Record<string, unknown> = {}) =>
    list(world.users.receiverOfficer, { box: 'INBOX', ...variables });

  it('shows the addressee what was sent to it, with sender, country and counts per status', async () => {
    const page = await inbox({ first: 50 });
    expect(page.totalCount).toBe(61);
    expect(page.edges).toHaveLength(50);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.statusCounts).toEqual([
      { status: 'SENT', count: 56 },
      { status: 'ACKNOWLEDGED', count: 5 },
    ]);
    expect(at(page.edges, 0).node.sendingAgency).toMatchObject({
      name: world.agencies.sender.name,
      country: { id: 'GT' },
    });
  });

  it('reads the first page of 50 in at most 4 SQL statements, however large the page', async () => {
    const fifty = await countStatements(() => inbox({ first: 50 }));
    const five = await countStatements(() => inbox({ first: 5 }));
    expect(fifty.result.edges).toHaveLength(50);
    expect(fifty.statements.length).toBeLessThanOrEqual(4);
    expect(five.statements.length).toBe(fifty.statements.length);
  });

  it('reads only the columns and agencies the client selected, plus what the rules and the cursor need', async () => {
    const page = async (node: string) => {
      const { result, statements } = await countStatements(() =>
        graphql({
          schema,
          source: `{ referrals(box: INBOX, first: 5) { edges { cursor node { ${node} } } } }`,
          contextValue: contextFor(orm, world.users.receiverOfficer),
        }),
      );
      expect(result.errors).toBeUndefined();
      return statements.find((statement) => /from "referral"/.test(statement))!;
    };
    const titles = await page('title overdue');
    expect(titles).not.toMatch(/narrative|join "agency"/);
    expect(titles).toMatch(/"r"."receiving_agency_id", .*"r"."created_at"/s);
    const withSender = await page('title sendingAgency { name country { id } }');
    expect(withSender).toMatch(/join "agency" as "sa"/);
    expect(withSender).not.toMatch(/narrative|join "agency" as "ra"/);
    expect(await page('...on Referral { narrative }')).toMatch(/"r"."narrative"/);
  });

  // The page is built from read records (ADR 9), a single referral from an ORM entity: every field, relations and
  // the field guard's restrictions included, must come out the same either way.
  it.each(['receiverOfficer', 'receiverCaseWorker'] as const)(
    'answers every field of a listed referral as the referral itself does (%s)',
    async (who) => {
      const fields = `id reference status urgency category title narrative incidentDate placeDescription latitude
        longitude handlingCode sourceReliability informationAccuracy sentAt acknowledgeBy answerBy dueAt overdue
        statusReason outcome createdAt updatedAt restrictedFields
        sendingAgency { id name acronym kind active contactPoint createdAt country { id timeZone names { es } } }
        receivingAgency { id name country { id defaultLocale } } sendingCountry { id } receivingCountry { id }
        mechanism { id names { es } } crossingPoint { id name }
        persons { role givenNames familyNames nationality restrictedFields }
        history { action fromStatus toStatus comment byAgency { id } }`;
      const context = () => contextFor(orm, world.users[who]);
      const listed = await graphql({
        schema,
        source: `{ referrals(box: INBOX, first: 3, filter: { search: "twelve people" }) { edges { node { ${fields} } } } }`,
        contextValue: context(),
      });
      expect(listed.errors).toBeUndefined();
      const nodes = (listed.data as { referrals: { edges: { node: { id: string } }[] } }).referrals.edges;
      expect(nodes).toHaveLength(1);
      const single = await graphql({
        schema,
        source: `query ($id: ID!) { referral(id: $id) { ${fields} } }`,
        variableValues: { id: at(nodes, 0).node.id },
        contextValue: context(),
      });
      expect(single.errors).toBeUndefined();
      const referral = (single.data as { referral: Record<string, unknown> }).referral;
      expect(at(nodes, 0).node).toEqual(referral);
      // Only what this referral has not got may be empty, or the comparison proves little.
      const empty = Object.keys(referral).filter((field) => referral[field] === null);
      expect(empty.sort()).toEqual(['outcome', 'statusReason']);
      expect(referral.persons).not.toHaveLength(0);
      expect(referral.history).not.toHaveLength(0);
    },
  );

  it('keeps drafts in the outbox of the sender, out of the inbox of the addressee, and both out of third agencies', async () => {
    const outbox = await list(world.users.senderOfficer, { box: 'OUTBOX', filter: { statuses: ['DRAFT'] } });
    expect(outbox.totalCount).toBe(1);
    expect((await inbox({ filter: { statuses: ['DRAFT'] } })).totalCount).toBe(0);
    for (const who of [world.users.fellowMemberOfficer, world.users.sameCountryOfficer, world.users.platformAdmin]) {
      expect((await list(who, { box: 'INBOX' })).totalCount).toBe(0);
      expect((await list(who, { box: 'OUTBOX' })).totalCount).toBe(0);
    }
  });

  it('filters by status, category, urgency, mechanism and creation date; badges ignore only the status filter', async () => {
    const acknowledged = await inbox({ filter: { statuses: ['ACKNOWLEDGED'] } });
    expect([acknowledged.totalCount, acknowledged.edges.length]).toEqual([5, 5]);
    expect(acknowledged.statusCounts).toHaveLength(2);
    const immediateTrafficking = await inbox({
      filter: { urgencies: ['IMMEDIATE'], categories: ['SUSPECTED_TRAFFICKING'], mechanismId: world.mechanism.id },
      first: 100,
    });
    expect(immediateTrafficking.totalCount).toBe(10);
    expect(
      immediateTrafficking.edges.every(
        ({ node }) => node.urgency === 'IMMEDIATE' && node.category === 'SUSPECTED_TRAFFICKING',
      ),
    ).toBe(true);
    expect((await inbox({ filter: { createdBefore: '2000-01-01T00:00:00.000Z' } })).totalCount).toBe(0);
    expect((await inbox({ filter: { createdFrom: '2000-01-01T00:00:00.000Z' } })).totalCount).toBe(61);
  });

  it('filters overdue referrals in SQL and marks them', async () => {
    const overdue = await inbox({ filter: { overdue: true } });
    expect(overdue.edges.map(({ node }) => node.id).sort()).toEqual(sent.slice(10, 12).sort());
    expect(overdue.edges.every(({ node }) => node.overdue)).toBe(true);
    expect((await inbox({ filter: { overdue: false } })).totalCount).toBe(59);
  });

  it('searches title and narrative in Spanish, Portuguese and English', async () => {
    const english = await inbox({ filter: { search: 'rivers abandoned' } });
    expect(english.edges.map(({ node }) => node.title)).toEqual(['Abandoned migrants found near the river']);
    // "El conductor declaró que el grupo sería entregado..." in the fixture's narratives, found by Spanish stems
    const spanish = await inbox({ filter: { search: 'conductores entregados' } });
    expect(spanish.totalCount).toBe(60);
    expect((await inbox({ filter: { search: '"número 7"' } })).totalCount).toBe(1);
    const nothing = await inbox({ filter: { search: 'zzyzx' } });
    expect([nothing.totalCount, nothing.statusCounts, nothing.edges]).toEqual([0, [], []]);
  });

  it.each(['CREATED', 'URGENCY', 'DEADLINE'])(
    'pages through everything sorted by %s without gaps or repeats',
    async (sort) => {
      const paged = await expectToPageThrough(
        (variables) => answer(world.users.receiverOfficer, { box: 'INBOX', sort, ...variables }),
        { pageSize: 7, key: (node) => node.id },
      );
      expect(paged).toHaveLength(61);
      if (sort === 'URGENCY') {
        const ranks = paged.map((node) => Object.values(ReferralUrgency).indexOf(node.urgency as ReferralUrgency));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }
      if (sort === 'DEADLINE') {
        const due = paged.map((node) => node.dueAt ?? '9999');
        expect(due).toEqual([...due].sort());
      }
      if (sort === 'CREATED') {
        const created = paged.map((node) => node.createdAt);
        expect(created).toEqual([...created].sort().reverse());
      }
    },
  );

  it.each(['CREATED', 'URGENCY', 'DEADLINE'])(
    'pages through a search sorted by %s in the order of the whole inbox, with the same counts on every page',
    async (sort) => {
      const search = 'conductores entregados';
      const whole = await inbox({ sort, first: 100 });
      const searched = await inbox({ sort, first: 100, filter: { search } });
      const paged = await expectToPageThrough(
        (variables) => answer(world.users.receiverOfficer, { box: 'INBOX', sort, filter: { search }, ...variables }),
        { pageSize: 7, key: (node) => node.id },
      );
      const matched = new Set(searched.edges.map(({ node }) => node.id));
      expect(matched.size).toBe(60);
      expect(paged.map((node) => node.id)).toEqual(
        whole.edges.map(({ node }) => node.id).filter((id) => matched.has(id)),
      );
      // The last page (past every row, too) still carries the counts of every matching row.
      const last = await inbox({ sort, first: 7, after: searched.pageInfo.endCursor, filter: { search } });
      expect(last.edges).toHaveLength(0);
      expect([last.totalCount, last.statusCounts]).toEqual([searched.totalCount, searched.statusCounts]);
    },
  );

  it('reads a searched page and its counts in one statement that tests the words once', async () => {
    const { result, statements } = await countStatements(() => inbox({ first: 50, filter: { search: 'entregados' } }));
    expect([result.totalCount, result.edges.length]).toEqual([60, 50]);
    const reads = statements.filter((statement) => /from "referral"/.test(statement));
    expect(reads).toHaveLength(1);
    expect(at(reads, 0).match(/search_vector @@/g)).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(3);
  });

  it('counts a searched inbox by the rows the search matches among those the caller may read', async () => {
    const receiver = world.users.receiverOfficer;
    // Rules that look at more than the box and the status: only smuggling incidents and missing migrants.
    const ability = createMongoAbility([
      {
        action: 'read',
        subject: 'Referral',
        conditions: {
          'receivingAgency.id': receiver.actor.agencyId,
          status: { $ne: ReferralStatus.DRAFT },
          category: { $in: [ReferralCategory.SMUGGLING_INCIDENT, ReferralCategory.ABANDONED_OR_MISSING_MIGRANTS] },
        },
      },
    ]) as unknown as AppAbility;
    const context = { ...contextFor(orm, receiver), ability };
    const search = 'conductores entregados';
    const result = await graphql({
      schema,
      source: `query ($filter: ReferralFilter) { referrals(box: INBOX, first: 100, filter: $filter) {
        totalCount statusCounts { status count } edges { node { id status } } } }`,
      variableValues: { filter: { search } },
      contextValue: context,
    });
    expect(result.errors).toBeUndefined();
    const page = (result.data as { referrals: Page }).referrals;

    // What reading the inbox row by row with ability.can, and matching the words in SQL, gives.
    const inboxRows = await orm.em.fork().find(Referral, { receivingAgency: receiver.actor.agencyId });
    const readable = inboxRows.filter((referral) => ability.can('read', referral));
    const matched = new Set(
      (
        await orm.em
          .getConnection()
          .execute<{ id: string }[]>(
            `select id from referral where search_vector @@ websearch_to_tsquery('spanish', ?)`,
            [search],
          )
      ).map((row) => row.id),
    );
    const expected = new Map<string, number>();
    for (const referral of readable.filter(({ id }) => matched.has(id)))
      expected.set(referral.status, (expected.get(referral.status) ?? 0) + 1);
    const total = [...expected.values()].reduce((sum, count) => sum + count, 0);

    expect(new Map(page.statusCounts.map(({ status, count }) => [status, count]))).toEqual(expected);
    expect(page.totalCount).toBe(total);
    expect(page.edges.map(({ node }) => node.id).sort()).toEqual(
      readable
        .filter(({ id }) => matched.has(id))
        .map(({ id }) => id)
        .sort(),
    );
    // The case this test means: neither the rules nor the search alone give these counts.
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(readable.length);
    expect(total).toBeLessThan((await inbox({ filter: { search } })).totalCount);
    expect(expected.size).toBe(2);
  });

  it.each(['CREATED', 'URGENCY', 'DEADLINE'])(
    'refuses pages over 100 and cursors it did not make (sorted by %s)',
    async (sort) => {
      await expectPageArgumentsChecked((variables) =>
        answer(world.users.receiverOfficer, { box: 'INBOX', sort, ...variables }),
      );
      // A cursor of one sort is not one of another whose keys differ.
      const byUrgency = await inbox({ sort: 'URGENCY', first: 1 });
      if (sort !== 'URGENCY')
        await expect(inbox({ sort, after: byUrgency.pageInfo.endCursor })).rejects.toMatchObject({
          extensions: { code: 'BAD_USER_INPUT', fields: { after: 'error.page.cursor' } },
        });
    },
  );

  it('lists statuses in lifecycle order', () => {
    expect(Object.values(ReferralStatus)[0]).toBe('DRAFT');
  });
});
