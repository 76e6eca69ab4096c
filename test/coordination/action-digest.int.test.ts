import { enqueueActionDigests } from '../../server/src/modules/coordination';
import { eventually, testSmtpServer, type TestSmtpServer } from '../support/smtp';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  callerOf,
  createCoordinationWorld,
  dataOf,
  meetingWithAgenda,
  type CoordinationWorld,
} from '../support/factories/coordination-world';

let smtp: TestSmtpServer;
let server: TestServer;
let world: CoordinationWorld;
const DAY = 86_400_000;
const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  smtp = await testSmtpServer();
  await smtp.start();
  server = await startTestServer({ SMTP_URL: smtp.url, ENLACE_MAIL_RETRY_DELAY_SECONDS: '1' });
  world = await createCoordinationWorld(server.server.orm);
  const em = server.server.orm.em.fork();
  // The INM focal point reads English in Mexico City; the FGR one keeps Spanish.
  await em.execute(`update app_user set locale = 'en', time_zone = 'America/Mexico_City' where id = ?`, [
    world.userOf.memberOfficer.id,
  ]);
  const secretariat = callerOf(server, world.cookieOf.secretariat);
  const meeting = await meetingWithAgenda(secretariat, world, -48);
  const ASSIGN = `mutation ($m: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $m, input: $input) { id } }`;
  for (const [title, owner, dueDate] of [
    ['Share exit lists', world.agencies.inm.id, '2020-03-10'],
    ['Joint patrol plan', world.agencies.inm.id, dateIn(5)],
    ['Training calendar', world.agencies.inm.id, dateIn(60)],
    ['Protocolo de menores', world.agencies.fgr.id, dateIn(3)],
  ] as const)
    dataOf(
      await secretariat(ASSIGN, { m: meeting.id, input: { title, ownerAgencyId: owner, dueDate, priority: 'HIGH' } }),
    );
}, 90_000);
afterAll(async () => {
  await server?.stop();
  await smtp?.stop();
});

/** The text part of a received mail, quoted-printable soft breaks and =XX escapes undone. */
function textOf(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '');
  return Buffer.from(
    unfolded.replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

describe('the weekly action digest', () => {
  it("mails each owner agency's focal points what is overdue and due within 14 days, in their language and time zone", async () => {
    const enqueued = await enqueueActionDigests(server.server.orm, server.server.config);
    expect(enqueued).toBeGreaterThanOrEqual(2);
    const inm = world.userOf.memberOfficer.email;
    const fgr = world.userOf.otherMemberOfficer.email;
    const english = textOf((await eventually(async () => smtp.received.find((m) => m.to.includes(inm)))).raw);
    expect(english).toContain("Subject: Enlace: INM's actions (1 overdue)");
    expect(english).toMatch(/Overdue:\r?\n- Share exit lists .* due 10 Mar 2020, 23:59/);
    expect(english).toMatch(/Due in the next 14 days:\r?\n- Joint patrol plan/);
    expect(english).not.toContain('Training calendar');
    expect(english).not.toContain('Protocolo de menores');
    expect(english).toContain('/coordination/actions/');

    const spanish = textOf((await eventually(async () => smtp.received.find((m) => m.to.includes(fgr)))).raw);
    expect(spanish).toContain('Vencen en los próximos 14 días');
    expect(spanish).toContain('Protocolo de menores');
    expect(spanish).not.toContain('Share exit lists');
    // Auditors and other roles of the owner agency are not focal points.
    expect(smtp.received.some((m) => m.to.includes(world.userOf.memberAuditor.email))).toBe(false);
  });
});
