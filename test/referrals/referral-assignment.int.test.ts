import type { MikroORM } from '@mikro-orm/postgresql';
import { graphql, type GraphQLSchema } from 'graphql';
import { buildEnlaceSchema } from '../../server/src/app';
import { Role } from '../../server/src/platform/authz/roles';
import {
  aBorderWorld,
  type BorderWorld,
  contextFor,
  referralIn,
  startTestOrm,
  type TestUser,
} from '../support/factories';
import { at, firstError } from '../support/indexing';

const ASSIGN = `mutation ($id: ID!, $assigneeId: ID) {
  assignReferral(id: $id, assigneeId: $assigneeId) { id assigned assignedTo { id name } }
}`;
const READ = `query ($id: ID!) {
  referral(id: $id) { id assigned assignedTo { id name } }
  referralAssignees(referralId: $id) { id name }
}`;
const MINE = `query ($mine: Boolean) {
  referrals(box: INBOX, filter: { assignedToMe: $mine }, first: 50) { totalCount nodes { id assigned assignedTo { name } } }
}`;

describe('assigning a received referral to a named liaison officer', () => {
  let orm: MikroORM;
  let world: BorderWorld;
  let schema: GraphQLSchema;
  let colleague: TestUser;
  let referralId: string;

  beforeAll(async () => {
    ({ orm } = await startTestOrm());
    world = await aBorderWorld(orm);
    schema = await buildEnlaceSchema();
    colleague = await world.colleagueIn('receiver', [Role.LIAISON_OFFICER], { name: 'Lucía Pérez Ortiz' });
    referralId = await referralIn(orm, world, 'ACKNOWLEDGED');
  });
  afterAll(() => orm.close());

  const run = async (who: TestUser, source: string, variables: Record<string, unknown>) => {
    const context = contextFor(orm, who, { audit: 'written' });
    const result = await graphql({ schema, source, contextValue: context, variableValues: variables });
    return { data: result.data as Record<string, unknown> | null | undefined, errors: result.errors };
  };
  const errorCode = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.code;

  it("lists the receiving agency's liaison officers to its own officers, and nobody to others", async () => {
    const asReceiver = await run(world.users.receiverOfficer, READ, { id: referralId });
    expect(asReceiver.errors).toBeUndefined();
    const names = (asReceiver.data!.referralAssignees as { name: string }[]).map((officer) => officer.name);
    expect(names).toEqual(expect.arrayContaining(['Lucía Pérez Ortiz', 'LIAISON_OFFICER INM']));
    expect(names).not.toContain('CASE_WORKER INM');
    const asSender = await run(world.users.senderOfficer, READ, { id: referralId });
    expect(asSender.data!.referralAssignees).toEqual([]);
  });

  it('assigns, shows the name to the receiving agency only, audits, and filters "my referrals"', async () => {
    const assigned = await run(world.users.receiverOfficer, ASSIGN, { id: referralId, assigneeId: colleague.id });
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignReferral).toMatchObject({ assigned: true, assignedTo: { name: 'Lucía Pérez Ortiz' } });
    const asSender = await run(world.users.senderOfficer, READ, { id: referralId });
    expect(asSender.data!.referral).toMatchObject({ assigned: true, assignedTo: null });
    const audit = await orm.em
      .fork()
      .execute(`select details from audit_event where action = 'referral.assign' and entity_id = ?`, [referralId]);
    expect(audit).toHaveLength(1);
    expect(at(audit, 0).details).toMatchObject({ assigneeId: colleague.id, previousAssigneeId: null });

    const mine = await run(colleague, MINE, { mine: true });
    expect(mine.errors).toBeUndefined();
    expect((mine.data!.referrals as { nodes: { id: string }[] }).nodes.map((node) => node.id)).toEqual([referralId]);
    const notMine = await run(world.users.receiverOfficer, MINE, { mine: true });
    expect((notMine.data!.referrals as { totalCount: number }).totalCount).toBe(0);
    const all = await run(world.users.receiverOfficer, MINE, { mine: null });
    expect((all.data!.referrals as { totalCount: number }).totalCount).toBeGreaterThanOrEqual(1);
  });

  it('refuses the sender, a case worker, an officer of another agency as assignee, and a closed referral', async () => {
    expect(errorCode(await run(world.users.senderOfficer, ASSIGN, { id: referralId, assigneeId: colleague.id }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(await run(world.users.receiverCaseWorker, ASSIGN, { id: referralId, assigneeId: colleague.id })),
    ).toBe('FORBIDDEN');
    const foreign = await run(world.users.receiverOfficer, ASSIGN, {
      id: referralId,
      assigneeId: world.users.fellowMemberOfficer.id,
    });
    expect(firstError(foreign).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { assigneeId: 'error.referral.assigneeInvalid' },
    });
    const caseWorker = await run(world.users.receiverOfficer, ASSIGN, {
      id: referralId,
      assigneeId: world.users.receiverCaseWorker.id,
    });
    expect(firstError(caseWorker).extensions?.fields).toEqual({ assigneeId: 'error.referral.assigneeInvalid' });
    const still = await run(world.users.receiverOfficer, READ, { id: referralId });
    expect(still.data!.referral).toMatchObject({ assignedTo: { name: 'Lucía Pérez Ortiz' } });

    const closed = await referralIn(orm, world, 'CLOSED');
    const late = await run(world.users.receiverOfficer, ASSIGN, { id: closed, assigneeId: colleague.id });
    expect(errorCode(late)).toBe('CONFLICT');
  });

  it('unassigns with null', async () => {
    const cleared = await run(world.users.receiverOfficer, ASSIGN, { id: referralId, assigneeId: null });
    expect(cleared.data!.assignReferral).toMatchObject({ assigned: false, assignedTo: null });
  });
});
