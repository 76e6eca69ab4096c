import type { MikroORM } from '@mikro-orm/postgresql';
import { Role } from '../../server/src/platform/authz/roles';
import { expectPageArgumentsChecked, expectToPageThrough, PAGE_INFO, type PageOf } from '../support/connection-checks';
import { eventually, testSmtpServer, type TestSmtpServer } from '../support/smtp';
import { startTestServer, type TestServer } from '../support/test-server';
import { aBorderWorld, type BorderWorld, cookieFor, graphqlAs, referralAfter } from '../support/factories';
import { at } from '../support/indexing';

// Mail leaves the portal after the change that caused it has committed, through the job queue, to a real SMTP
// server run by the test: down at first, refusing one address, then back.
let smtp: TestSmtpServer;
let server: TestServer;
let orm: MikroORM;
let world: BorderWorld;
let poisonEmail: string;
let senderCookie: string;
let adminCookie: string;

beforeAll(async () => {
  smtp = await testSmtpServer({ refuses: (address) => address.startsWith('poison.') });
  server = await startTestServer({
    SMTP_URL: smtp.url,
    ENLACE_MAIL_RETRY_DELAY_SECONDS: '1',
    ENLACE_MAIL_RETRY_LIMIT: '10',
    REFERRAL_DEADLINE_CHECK_CRON: 'off',
  });
  orm = server.server.orm;
  world = await aBorderWorld(orm);
  const poison = await world.colleagueIn('receiver', [Role.LIAISON_OFFICER], {
    email: `poison.${world.tag}@example.org`,
    name: 'Buzón inexistente',
  });
  poisonEmail = poison.email;
  senderCookie = await cookieFor(orm, world.users.senderOfficer);
  adminCookie = await cookieFor(orm, world.users.platformAdmin);
  // A platform admin's session counts once the second factor is given.
  await orm.em
    .fork()
    .execute('update auth_session set second_factor_verified_at = now() where user_id = ?', [
      world.users.platformAdmin.user.id,
    ]);
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

interface OutboxRow {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  text: string;
}

async function sendReferral(): Promise<{ id: string; reference: string; milliseconds: number }> {
  const id = await referralAfter(orm, world, []);
  const started = Date.now();
  const sent = await graphqlAs(server, senderCookie)<{ sendReferral: { reference: string } }>(
    'mutation ($id: ID!) { sendReferral(id: $id) { reference } }',
    { id },
  );
  expect(sent.errors).toBeUndefined();
  return { id, reference: sent.data!.sendReferral.reference, milliseconds: Date.now() - started };
}

const deliveredTo = (email: string, reference: string) =>
  smtp.received.filter((mail) => mail.to.includes(email) && mail.raw.includes(reference));

async function mailRow(email: string, reference: string) {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<OutboxRow[]>(
      `select id, status, attempts, last_error, text from mail_outbox where recipient = ? and subject like ?`,
      [email, `%${reference}%`],
    );
  expect(rows.length).toBeLessThanOrEqual(1);
  return rows[0];
}

const FAILED_JOBS =
  '{ failedJobs(first: 50) { nodes { id kind attempts lastErrorCode createdAt failedAt } pageInfo { hasNextPage } } }';
type FailedJobs = { failedJobs: { nodes: { id: string; kind: string; attempts: number; lastErrorCode: string }[] } };

describe('mail through the job queue', () => {
  it('sends a referral while SMTP is down, and delivers its mail once SMTP is back', async () => {
    const officer = world.users.receiverOfficer.user.email;
    const { reference, milliseconds } = await sendReferral();
    // The send does not wait for the mail server: nothing of SMTP happens in the request.
    expect(milliseconds).toBeLessThan(3000);
    const queued = await eventually(async () => {
      const row = await mailRow(officer, reference);
      return row && row.attempts >= 1 ? row : undefined;
    });
    expect(queued.status).toBe('QUEUED');
    expect(queued.last_error).toMatch(/^E[A-Z]+$/);

    await smtp.start();
    await eventually(async () => deliveredTo(officer, reference).length === 1);
    const sent = await eventually(async () => {
      const row = await mailRow(officer, reference);
      return row?.status === 'SENT' ? row : undefined;
    });
    expect(sent.text).toBe(''); // the body does not stay in the database once delivered
    expect(sent.last_error).toBeNull();
  }, 60_000);

  it('delivers to everyone but a refused address, which ends failed and visible to the platform admin only', async () => {
    const officer = world.users.receiverOfficer.user.email;
    const { reference } = await sendReferral();
    await eventually(async () => deliveredTo(officer, reference).length === 1);
    const refused = await eventually(async () => {
      const row = await mailRow(poisonEmail, reference);
      return row?.status === 'FAILED' ? row : undefined;
    });
    // Refused for good (550): no retries, and the code only, never the server's words or the address.
    expect(refused).toMatchObject({ attempts: 1, last_error: 'SMTP_550' });
    expect(deliveredTo(poisonEmail, reference)).toHaveLength(0);
    expect(deliveredTo(officer, reference)).toHaveLength(1);

    const listed = await graphqlAs(server, adminCookie)<FailedJobs>(FAILED_JOBS);
    expect(listed.errors).toBeUndefined();
    const job = listed.data!.failedJobs.nodes.find((node) => node.lastErrorCode === 'SMTP_550');
    expect(job).toMatchObject({ kind: 'mail.send', attempts: 1, lastErrorCode: 'SMTP_550' });
    expect(JSON.stringify(listed.data)).not.toContain('poison');
    expect(JSON.stringify(listed.data)).not.toContain(reference);

    const officerView = await graphqlAs(server, senderCookie)(FAILED_JOBS);
    expect(officerView.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The address is fixed at the mail server; the admin gives the job one more attempt.
    smtp.refuses = () => false;
    const retried = await graphqlAs(server, adminCookie)('mutation ($id: ID!) { retryFailedJob(id: $id) }', {
      id: job!.id,
    });
    expect(retried.data).toEqual({ retryFailedJob: true });
    await eventually(async () => deliveredTo(poisonEmail, reference).length === 1);
    await eventually(async () => (await mailRow(poisonEmail, reference))?.status === 'SENT');
    const after = await graphqlAs(server, adminCookie)<FailedJobs>(FAILED_JOBS);
    expect(after.data!.failedJobs.nodes.map((node) => node.id)).not.toContain(job!.id);
  }, 60_000);

  it('lets the platform admin discard a failed mail, which then stays failed in the outbox', async () => {
    smtp.refuses = (address) => address.startsWith('poison.');
    const { reference } = await sendReferral();
    const refused = await eventually(async () => {
      const row = await mailRow(poisonEmail, reference);
      return row?.status === 'FAILED' ? row : undefined;
    });
    const listed = await graphqlAs(server, adminCookie)<FailedJobs>(FAILED_JOBS);
    const job = at(listed.data!.failedJobs.nodes, 0);
    // Page by page, most recently failed first, each job once.
    const failedJobs = async (variables: { first?: number; after?: string | null }) => {
      const answer = await graphqlAs(server, adminCookie)<{ failedJobs: PageOf<{ id: string }> }>(
        `query ($first: Int, $after: String) {
          failedJobs(first: $first, after: $after) { edges { cursor node { id } } nodes { id } ${PAGE_INFO} } }`,
        variables,
      );
      return { data: answer.data?.failedJobs, errors: answer.errors };
    };
    const seen = await expectToPageThrough(failedJobs, { pageSize: 1, key: (node) => node.id });
    expect(seen.map((node) => node.id)).toEqual(listed.data!.failedJobs.nodes.map((node) => node.id));
    expect(seen.length).toBeGreaterThan(1);
    await expectPageArgumentsChecked(failedJobs);
    const missing = await graphqlAs(
      server,
      adminCookie,
    )('mutation { discardFailedJob(id: "00000000-0000-4000-8000-000000000000") }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const refusedForOfficer = await graphqlAs(server, senderCookie)(
      'mutation ($id: ID!) { discardFailedJob(id: $id) }',
      {
        id: job.id,
      },
    );
    expect(refusedForOfficer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const discarded = await graphqlAs(server, adminCookie)('mutation ($id: ID!) { discardFailedJob(id: $id) }', {
      id: job.id,
    });
    expect(discarded.data).toEqual({ discardFailedJob: true });
    const after = await graphqlAs(server, adminCookie)<FailedJobs>(FAILED_JOBS);
    expect(after.data!.failedJobs.nodes.map((node) => node.id)).not.toContain(job.id);
    expect((await mailRow(poisonEmail, reference))?.status).toBe(refused.status);
    const audit = await orm.em
      .fork()
      .getConnection()
      .execute<{ action: string }[]>(`select action from audit_event where entity_id = ?`, [job.id]);
    expect(audit).toEqual([{ action: 'job.discard' }]);
  }, 60_000);
});
