import { parse } from 'csv-parse/sync';
import ical from 'node-ical';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  callerOf,
  createCoordinationWorld,
  dataOf,
  meetingWithAgenda,
  type Caller,
  type CoordinationWorld,
  type Who,
} from '../support/factories/coordination-world';

let server: TestServer;
let world: CoordinationWorld;
const callers = {} as Record<Who, Caller>;
let held: { id: string };
let coming: { id: string };
let decisionReference: string;

const DECIDE = `mutation ($m: ID!, $text: String!) { recordDecision(meetingId: $m, text: $text) { reference } }`;
const ASSIGN = `mutation ($m: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $m, input: $input) { id } }`;

beforeAll(async () => {
  server = await startTestServer();
  world = await createCoordinationWorld(server.server.orm);
  for (const who of Object.keys(world.cookieOf) as Who[]) callers[who] = callerOf(server, world.cookieOf[who]);
  held = await meetingWithAgenda(callers.secretariat, world, -48);
  coming = await meetingWithAgenda(callers.secretariat, world, 24 * 7);
  decisionReference = dataOf<{ recordDecision: { reference: string } }>(
    await callers.secretariat(DECIDE, { m: held.id, text: '=cmd|"/c calc"!A1, y "comillas"' }),
  ).recordDecision.reference;
  for (const [title, dueDate] of [
    ['Compartir listas de salida', '2020-05-01'],
    ['+SUM(A1:A9)', '2099-05-01'],
  ])
    dataOf(
      await callers.secretariat(ASSIGN, {
        m: held.id,
        input: { title, ownerAgencyId: world.agencies.inm.id, dueDate, priority: 'HIGH' },
      }),
    );
}, 90_000);
afterAll(() => server?.stop());

const get = (path: string, who?: Who) =>
  fetch(`${server.url}${path}`, { headers: who ? { cookie: world.cookieOf[who] } : {} });

const toSecond = (iso: string) => Math.floor(Date.parse(iso) / 1000) * 1000;

const auditCount = async (action: string) => {
  const rows: { n: number }[] = await server.server.orm.em
    .fork()
    .execute('select count(*)::int as n from audit_event where action = ?', [action]);
  return rows[0]!.n;
};

describe('exports of a mechanism', () => {
  it('give its actions as CSV with formulas defused, audited per download', async () => {
    const before = await auditCount('coordination.export.actions');
    const response = await get(`/api/coordination/mechanisms/${world.mechanism.id}/actions.csv`, 'memberAuditor');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true, bom: true });
    expect(rows.map((row) => [row.title, row.owner_agency, row.due_date, row.overdue])).toEqual([
      ['Compartir listas de salida', 'INM', '2020-05-01', 'yes'],
      ["'+SUM(A1:A9)", 'INM', '2099-05-01', 'no'],
    ]);
    expect(await auditCount('coordination.export.actions')).toBe(before + 1);
  });

  it('give its decisions as CSV, quotes and commas kept, formula defused', async () => {
    const response = await get(`/api/coordination/mechanisms/${world.mechanism.id}/decisions.csv`, 'memberOfficer');
    const rows: Record<string, string>[] = parse(await response.text(), { columns: true, bom: true });
    expect(rows).toEqual([
      expect.objectContaining({
        reference: decisionReference,
        status: 'IN_FORCE',
        text: `'=cmd|"/c calc"!A1, y "comillas"`,
      }),
    ]);
  });

  it('give one meeting as an invitation and the upcoming ones as a calendar', async () => {
    const invitation = await get(`/api/coordination/meetings/${coming.id}/invitation.ics`, 'memberOfficer');
    expect(invitation.headers.get('content-type')).toMatch(/^text\/calendar/);
    const meeting = dataOf<{ meeting: { title: string; startsAt: string; endsAt: string } }>(
      await callers.memberOfficer('query ($id: ID!) { meeting(id: $id) { title startsAt endsAt } }', { id: coming.id }),
    ).meeting;
    const events = Object.values(ical.sync.parseICS(await invitation.text())).filter((c) => c.type === 'VEVENT');
    expect(events).toHaveLength(1);
    const event = events[0] as ical.VEvent;
    expect(event.summary).toBe(meeting.title);
    expect(event.start.getTime()).toBe(toSecond(meeting.startsAt)); // iCalendar keeps whole seconds
    expect(event.end.getTime()).toBe(toSecond(meeting.endsAt));
    expect(event.uid).toBe(`meeting-${coming.id}@enlace`);
    expect(event.url).toContain(`/coordination/meetings/${coming.id}`);

    const calendar = await get(`/api/coordination/mechanisms/${world.mechanism.id}/calendar.ics`, 'memberAuditor');
    const upcoming = Object.values(ical.sync.parseICS(await calendar.text()))
      .filter((c) => c.type === 'VEVENT')
      .map((c) => (c as ical.VEvent).uid);
    expect(upcoming).toContain(`meeting-${coming.id}@enlace`);
    expect(upcoming).not.toContain(`meeting-${held.id}@enlace`);
  });

  it('answer 404 to another mechanism and to a foreign meeting, and 401 to nobody', async () => {
    const paths = [
      `/api/coordination/mechanisms/${world.mechanism.id}/actions.csv`,
      `/api/coordination/mechanisms/${world.mechanism.id}/decisions.csv`,
      `/api/coordination/mechanisms/${world.mechanism.id}/calendar.ics`,
      `/api/coordination/meetings/${coming.id}/invitation.ics`,
    ];
    for (const path of paths) {
      expect((await get(path, 'foreignSecretariat')).status).toBe(404);
      expect((await get(path, 'platformAdmin')).status).toBe(404);
      expect((await get(path)).status).toBe(401);
    }
    expect((await get('/api/coordination/meetings/not-an-id/invitation.ics', 'memberOfficer')).status).toBe(404);
  });
});
