import { startTestServer, type TestServer } from '../support/test-server';
import {
  callerOf,
  codeOf,
  createCoordinationWorld,
  dataOf,
  meetingWithAgenda,
  type Caller,
  type CoordinationWorld,
  type Who,
} from '../support/factories/coordination-world';
import { at } from '../support/indexing';

let server: TestServer;
let world: CoordinationWorld;
const callers = {} as Record<Who, Caller>;

beforeAll(async () => {
  server = await startTestServer();
  world = await createCoordinationWorld(server.server.orm);
  for (const who of Object.keys(world.cookieOf) as Who[]) callers[who] = callerOf(server, world.cookieOf[who]);
}, 60_000);
afterAll(() => server?.stop());

const CANDIDATES = `query ($m: ID!, $a: ID!) { actionOwnerCandidates(mechanismId: $m, agencyId: $a) { id name } }`;
const ASSIGN = `mutation ($m: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $m, input: $input) {
  id ownerUserId ownerUserName } }`;
const ACTION = `query ($id: ID!) { actionItem(id: $id) { id ownerUserId ownerUserName } }`;

describe('the owner person of an action item', () => {
  it("is picked from the owner agency's focal points, listed by id and name only, for the secretariat only", async () => {
    const { mechanism, agencies, userOf } = world;
    const listed = dataOf<{ actionOwnerCandidates: { id: string; name: string }[] }>(
      await callers.secretariat(CANDIDATES, { m: mechanism.id, a: agencies.inm.id }),
    ).actionOwnerCandidates;
    // The INM's liaison officer; not its auditor nor its admin (not focal points), nobody of another agency.
    expect(listed).toEqual([{ id: userOf.memberOfficer.id, name: 'inm-officer' }]);

    const fields = await server.graphql(
      `query ($m: ID!, $a: ID!) { actionOwnerCandidates(mechanismId: $m, agencyId: $a) { id name email } }`,
      { m: mechanism.id, a: agencies.inm.id },
      { cookie: world.cookieOf.secretariat },
    );
    expect(fields.errors?.[0]?.message).toMatch(/email/); // nothing more than a name to pick

    // Members who do not run the secretariat, non-members and the platform admin learn nothing.
    for (const who of ['memberOfficer', 'memberAdmin', 'foreignSecretariat', 'platformAdmin'] as const)
      expect(codeOf(await callers[who](CANDIDATES, { m: mechanism.id, a: agencies.inm.id }))).toBe('NOT_FOUND');
    // An agency outside the mechanism is refused, naming the field.
    const outside = await callers.secretariat(CANDIDATES, { m: mechanism.id, a: agencies.cr.id });
    expect(codeOf(outside)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(outside)).toContain('error.coordination.notMember');
  });

  it('is shown by name on the action to every member, and must be a focal point of the owner agency', async () => {
    const { id: meetingId } = await meetingWithAgenda(callers.secretariat, world);
    const input = (ownerUserId: string) => ({
      title: 'Compartir el protocolo de recepción',
      ownerAgencyId: world.agencies.inm.id,
      ownerUserId,
      dueDate: '2099-01-31',
      priority: 'HIGH',
    });
    for (const wrong of [world.userOf.memberAuditor.id, world.userOf.otherMemberOfficer.id, 'not-an-id']) {
      const refused = await callers.secretariat(ASSIGN, { m: meetingId, input: input(wrong) });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(refused)).toContain('input.ownerUserId');
    }
    const count = async () =>
      (await server.server.orm.em
        .fork()
        .execute(`select count(*)::int as n from action_item where meeting_id = ?`, [meetingId])) as { n: number }[];
    expect(at(await count(), 0).n).toBe(0); // nothing was written by the refused attempts

    const action = dataOf<{ addActionItem: { id: string; ownerUserId: string; ownerUserName: string } }>(
      await callers.secretariat(ASSIGN, { m: meetingId, input: input(world.userOf.memberOfficer.id) }),
    ).addActionItem;
    expect(action).toMatchObject({ ownerUserId: world.userOf.memberOfficer.id, ownerUserName: 'inm-officer' });
    const seen = dataOf<{ actionItem: { ownerUserName: string } }>(
      await callers.otherMemberOfficer(ACTION, { id: action.id }),
    ).actionItem;
    expect(seen.ownerUserName).toBe('inm-officer');
    expect(codeOf(await callers.foreignOfficer(ACTION, { id: action.id }))).toBe('NOT_FOUND');
  });
});
