import type { MikroORM } from '@mikro-orm/postgresql';
import { initOrm, startEnlace, type EnlaceServer } from '../../server/src/app';
import { Referral, ReferralUrgency } from '../../server/src/modules/referrals';
import { createLogger } from '../../server/src/platform/logging/logger';
import { enqueueMail } from '../../server/src/platform/mail/mailer';
import { eventually, testSmtpServer, type TestSmtpServer } from '../support/smtp';
import { testConfig } from '../support/test-config';
import { aBorderWorld, type BorderWorld, referralAfter, SENT } from '../support/factories';

// Two Enlace servers on one database, as two processes behind a load balancer would run: every job must run
// in one of them only.
let smtp: TestSmtpServer;
let orm: MikroORM;
let world: BorderWorld;
let overdueId: string;
const servers: EnlaceServer[] = [];

beforeAll(async () => {
  smtp = await testSmtpServer();
  await smtp.start();
  // The world and an overdue IMMEDIATE referral exist before the servers start: their first scheduled run
  // (the one of the current minute) has something to notice.
  orm = await initOrm(process.env.DATABASE_URL!);
  world = await aBorderWorld(orm);
  overdueId = await referralAfter(orm, world, SENT, { urgency: ReferralUrgency.IMMEDIATE });
  const past = new Date(Date.now() - 60_000);
  await orm.em.fork().nativeUpdate(Referral, { id: overdueId }, { acknowledgeBy: past, dueAt: past });
  const config = testConfig({ SMTP_URL: smtp.url, REFERRAL_DEADLINE_CHECK_CRON: '* * * * *' });
  servers.push(...(await Promise.all([1, 2].map(() => startEnlace(config, createLogger('silent'))))));
}, 60_000);
afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await orm?.close();
  await smtp?.stop();
});

const jobsOf = (name: string) =>
  orm.em
    .fork()
    .getConnection()
    .execute<{ state: string; minute: string }[]>(
      `select state, date_trunc('minute', created_on)::text as minute from pgboss.job where name = ?`,
      [name],
    );

describe('two server processes on one database', () => {
  it('deliver each of many mails exactly once', async () => {
    const recipients = Array.from({ length: 30 }, (_, index) => `reader.${index}.${world.tag}@example.org`);
    await orm.em.fork().transactional(async (em) => {
      for (const to of recipients) await enqueueMail(em, { to, subject: `Aviso ${world.tag}`, text: 'Hola' });
    });
    await eventually(async () => recipients.every((to) => smtp.received.some((mail) => mail.to.includes(to))));
    await new Promise((resolve) => setTimeout(resolve, 2500)); // time for a second delivery, if there were one
    for (const to of recipients) expect(smtp.received.filter((mail) => mail.to.includes(to))).toHaveLength(1);
  }, 60_000);

  it('run the deadline watch once per minute between them, and give each notice once', async () => {
    const officer = world.users.receiverOfficer.user.email;
    const { reference } = await orm.em.fork().findOneOrFail(Referral, { id: overdueId });
    const mailsAbout = () => smtp.received.filter((mail) => mail.to.includes(officer) && mail.raw.includes(reference!));
    // The servers' first scheduled run finds the overdue referral and gives its notice.
    const runs = await eventually(async () => {
      const jobs = await jobsOf('referrals.deadline-watch');
      return jobs.some((job) => job.state === 'completed') ? jobs : undefined;
    });
    // Two mails about it reach the officer, each once: "sent" (from before the servers ran) and "overdue".
    const outbox = () =>
      orm.em
        .fork()
        .getConnection()
        .execute<{ subject: string; status: string }[]>(
          `select subject, status from mail_outbox where recipient = ? and subject like ?`,
          [officer, `%${reference}%`],
        );
    await eventually(async () => (await outbox()).length === 2 && mailsAbout().length === 2);
    await new Promise((resolve) => setTimeout(resolve, 2500)); // time for a second delivery, if there were one
    expect(mailsAbout()).toHaveLength(2);
    expect((await outbox()).map((mail) => mail.status)).toEqual(['SENT', 'SENT']);
    // Never two runs for one minute, whichever process started them.
    const minutes = (await jobsOf('referrals.deadline-watch')).map((job) => job.minute);
    expect(new Set(minutes).size).toBe(minutes.length);
    expect(runs.length).toBeGreaterThanOrEqual(1);
    const notices = await orm.em
      .fork()
      .getConnection()
      .execute<{ kind: string }[]>(`select kind from referral_notice where referral_id = ? order by kind::text`, [
        overdueId,
      ]);
    expect(notices).toEqual([{ kind: 'ESCALATION' }, { kind: 'OVERDUE' }]);
  }, 60_000);
});
