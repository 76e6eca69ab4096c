// Issue 16: the notification centre (ADR 0051). Events write one row per recipient in their own transaction;
// each user reads and marks only their own (CASL). Row-level security under it:
// test/security/row-level-security-notifications.int.test.ts.
import type { MikroORM } from '@mikro-orm/postgresql';
import { HandlingCode } from '../../server/src/modules/referrals';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  aBorderWorld,
  ACKNOWLEDGED,
  type BorderWorld,
  codeOf,
  cookieFor,
  graphqlAs,
  referralAfter,
  type TestUser,
} from '../support/factories';
import { at } from '../support/indexing';

let server: TestServer;
let orm: MikroORM;
let world: BorderWorld;

beforeAll(async () => {
  server = await startTestServer();
  orm = server.server.orm;
  world = await aBorderWorld(orm);
}, 60_000);
afterAll(() => server?.stop());

const LIST = `query ($first: Int!) { myNotifications(first: $first) { id kind subjectType subjectId reference readAt } }`;
const COUNT = `query { unreadNotificationCount }`;
const MARK = `mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;

interface Row {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  reference: string | null;
  readAt: string | null;
}

async function as(who: TestUser) {
  return graphqlAs(server, await cookieFor(orm, who));
}

async function listOf(who: TestUser, first = 50) {
  const result = await (await as(who))<{ myNotifications: Row[] }>(LIST, { first });
  return result.data?.myNotifications ?? [];
}

async function unreadOf(who: TestUser) {
  return (await (await as(who))<{ unreadNotificationCount: number }>(COUNT)).data?.unreadNotificationCount;
}

describe('the notification centre', () => {
  it("tells the receiving agency's liaison officers of a referral sent to it, by id and reference only", async () => {
    const before = await unreadOf(world.users.receiverOfficer);
    const draftId = await referralAfter(orm, world, []);
    const sent = await (
      await as(world.users.senderOfficer)
    )('mutation ($id: ID!) { sendReferral(id: $id) { status } }', {
      id: draftId,
    });
    expect(codeOf(sent)).toBe('OK');

    const mine = await listOf(world.users.receiverOfficer);
    const reference = at(
      await orm.em
        .fork()
        .getConnection()
        .execute<{ reference: string }[]>('select reference from referral where id = ?', [draftId]),
      0,
    ).reference;
    expect(mine[0]).toMatchObject({
      kind: 'REFERRAL_RECEIVED',
      subjectType: 'REFERRAL',
      subjectId: draftId,
      reference,
      readAt: null,
    });
    expect(await unreadOf(world.users.receiverOfficer)).toBe((before ?? 0) + 1);
    // Nobody else: not the sender, not the receiving agency's case workers, not another agency.
    for (const other of [world.users.senderOfficer, world.users.receiverCaseWorker, world.users.foreignOfficer])
      expect((await listOf(other)).some((row) => row.subjectId === draftId && row.kind === 'REFERRAL_RECEIVED')).toBe(
        false,
      );

    // The row holds ids, a kind and a reference number: no name, no narrative.
    const stored = await orm.em
      .fork()
      .getConnection()
      .execute<Record<string, unknown>[]>('select * from notification where subject_id = ?', [draftId]);
    expect(Object.keys(at(stored, 0)).sort()).toEqual(
      ['created_at', 'id', 'kind', 'read_at', 'reference', 'subject_id', 'subject_type', 'user_id'].sort(),
    );
  });

  it('tells the other side of a reply in the conversation, never its author', async () => {
    const referralId = await referralAfter(orm, world, ACKNOWLEDGED);
    const posted = await (
      await as(world.users.senderOfficer)
    )('mutation ($input: PostReferralMessageInput!) { postReferralMessage(input: $input) { id } }', {
      input: { referralId, body: '¿Tienen novedades del caso?' },
    });
    expect(codeOf(posted)).toBe('OK');
    const about = (rows: Row[]) =>
      rows.filter((row) => row.subjectId === referralId && row.kind === 'REFERRAL_MESSAGE');
    expect(about(await listOf(world.users.receiverOfficer))).toHaveLength(1);
    expect(about(await listOf(world.users.receiverCaseWorker))).toHaveLength(1);
    expect(about(await listOf(world.users.senderOfficer))).toHaveLength(0);
    expect(about(await listOf(world.users.senderCaseWorker))).toHaveLength(0);
  });

  it('marks one read, only the caller’s own: another user’s answers NOT_FOUND and stays unread', async () => {
    const latest = at(await listOf(world.users.receiverOfficer), 0);
    const stranger = await (await as(world.users.foreignOfficer))(MARK, { id: latest.id });
    expect(codeOf(stranger)).toBe('NOT_FOUND');
    expect(at(await listOf(world.users.receiverOfficer), 0).readAt).toBeNull();

    const before = await unreadOf(world.users.receiverOfficer);
    const marked = await (
      await as(world.users.receiverOfficer)
    )<{ markNotificationRead: Row }>(MARK, { id: latest.id });
    expect(marked.data?.markNotificationRead.readAt).toEqual(expect.any(String));
    expect(await unreadOf(world.users.receiverOfficer)).toBe((before ?? 0) - 1);
  });

  it('marks all read at once, and only the caller’s', async () => {
    const caseWorkerBefore = await unreadOf(world.users.receiverCaseWorker);
    expect(caseWorkerBefore).toBeGreaterThan(0);
    const marked = await (await as(world.users.receiverOfficer))<{ markAllNotificationsRead: number }>(MARK_ALL);
    expect(marked.data?.markAllNotificationsRead).toBeGreaterThan(0);
    expect(await unreadOf(world.users.receiverOfficer)).toBe(0);
    expect(await unreadOf(world.users.receiverCaseWorker)).toBe(caseWorkerBefore);
  });

  it('pages at most 50, and says which argument is wrong beyond', async () => {
    for (const first of [0, 51, 1000]) {
      const result = await (await as(world.users.receiverOfficer))(LIST, { first });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors)).toContain('"first"');
    }
    expect(await listOf(world.users.receiverOfficer, 1)).toHaveLength(1);
  });

  it('tells the sending agency of an H3 forward request, theirs to decide', async () => {
    const referralId = await referralAfter(orm, world, ACKNOWLEDGED, { handlingCode: HandlingCode.H3 });
    const requested = await (
      await as(world.users.receiverOfficer)
    )('mutation ($input: ForwardReferralInput!) { forwardReferral(input: $input) { status } }', {
      input: { referralId, recipientAgencyId: world.agencies.foreign.id },
    });
    expect(codeOf(requested)).toBe('OK');
    const rows = await listOf(world.users.senderOfficer);
    expect(rows.some((row) => row.subjectId === referralId && row.kind === 'FORWARD_REQUESTED')).toBe(true);
  });
});
