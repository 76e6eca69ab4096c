import type { MikroORM } from '@mikro-orm/postgresql';
import { Referral, ReferralUrgency } from '../../server/src/modules/referrals';
import { sendOwedNotices } from '../../server/src/modules/referrals/notifications/deadline-watch';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import { aBorderWorld, type BorderWorld, cookieFor, graphqlAs, referralAfter, SENT } from '../support/factories';
import { at } from '../support/indexing';

let server: TestServer;
let orm: MikroORM;
let world: BorderWorld;
let receiverAdminEmail: string;

beforeAll(async () => {
  // The scheduled watch stays off: the test runs the passes itself, at the moments it chooses.
  server = await startTestServer({ REFERRAL_DEADLINE_CHECK_CRON: 'off' });
  orm = server.server.orm;
  world = await aBorderWorld(orm);
  const admin = await world.colleagueIn('receiver', [Role.AGENCY_ADMIN], {
    email: `admin.${world.tag}@example.org`,
    name: 'Admin INM',
  });
  receiverAdminEmail = admin.email;
}, 60_000);
afterAll(() => server?.stop());

async function mailsTo(email: string) {
  return orm.em
    .fork()
    .getConnection()
    .execute<{ subject: string; text: string }[]>(
      `select subject, text from mail_outbox where recipient = ? order by created_at`,
      [email],
    );
}

/** Moves a referral's clocks into the past, as if the receiving agency had let them run out. */
async function letDeadlinesPass(referralId: string) {
  const past = new Date(Date.now() - 60_000);
  await orm.em.fork().nativeUpdate(Referral, { id: referralId }, { acknowledgeBy: past, dueAt: past });
}

describe('mail about referrals', () => {
  it("goes to the receiving agency's liaison officers when a referral is sent, without personal data", async () => {
    const draftId = await referralAfter(orm, world, []);
    const cookie = await cookieFor(orm, world.users.senderOfficer);
    const sent = await graphqlAs(server, cookie)<{ sendReferral: { reference: string } }>(
      'mutation ($id: ID!) { sendReferral(id: $id) { reference } }',
      { id: draftId },
    );
    const reference = sent.data!.sendReferral.reference;
    const mails = await mailsTo(world.users.receiverOfficer.user.email);
    expect(mails).toHaveLength(1);
    expect(at(mails, 0).subject).toContain(reference);
    expect(at(mails, 0).text).toContain(`/referrals/${draftId}`);
    expect(at(mails, 0).text).not.toContain('Juan Carlos');
    expect(at(mails, 0).text).not.toContain('migrantes');
    expect(await mailsTo(world.users.receiverCaseWorker.user.email)).toHaveLength(0);
  });

  it('tells the liaison officers once when a deadline passes, and the admins once when an IMMEDIATE one is not acknowledged', async () => {
    const immediate = await referralAfter(orm, world, SENT, { urgency: ReferralUrgency.IMMEDIATE });
    await letDeadlinesPass(immediate);
    const officerBefore = (await mailsTo(world.users.receiverOfficer.user.email)).length;

    // Two processes checking at the same moment, then a later pass: each notice exactly once.
    const [first, second] = await Promise.all([
      sendOwedNotices(orm, server.server.config),
      sendOwedNotices(orm, server.server.config),
    ]);
    const later = await sendOwedNotices(orm, server.server.config);
    expect(first + second).toBeGreaterThanOrEqual(2);
    expect(later).toBe(0);

    const adminMails = await mailsTo(receiverAdminEmail);
    expect(adminMails).toHaveLength(1);
    expect(at(adminMails, 0).subject).toMatch(/^ESCALAMIENTO/);
    const officerMails = (await mailsTo(world.users.receiverOfficer.user.email)).slice(officerBefore);
    expect(officerMails.filter((mail) => mail.text.includes(immediate))).toHaveLength(1);
    expect(await mailsTo(world.users.senderOfficer.user.email)).toHaveLength(0);
  });

  it('does not escalate an URGENT referral, only reports it overdue', async () => {
    const urgent = await referralAfter(orm, world, SENT, { urgency: ReferralUrgency.URGENT });
    await letDeadlinesPass(urgent);
    const adminBefore = (await mailsTo(receiverAdminEmail)).length;
    await sendOwedNotices(orm, server.server.config);
    expect(await mailsTo(receiverAdminEmail)).toHaveLength(adminBefore);
    const notices = await orm.em
      .fork()
      .getConnection()
      .execute<{ kind: string }[]>(`select kind from referral_notice where referral_id = ?`, [urgent]);
    expect(notices).toEqual([{ kind: 'OVERDUE' }]);
  });
});
