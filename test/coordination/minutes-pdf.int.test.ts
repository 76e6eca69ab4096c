import { pdfText } from '../support/pdf-text';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  APPROVE,
  callerOf,
  CIRCULATE,
  createCoordinationWorld,
  dataOf,
  inHours,
  meetingWithAgenda,
  WRITE_MINUTES,
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

const ATTENDANCE = `mutation ($id: ID!, $entries: [AttendanceInput!]!) { setMeetingAttendance(meetingId: $id, entries: $entries) { id } }`;
const DECIDE = `mutation ($m: ID!, $text: String!, $item: ID) { recordDecision(meetingId: $m, text: $text, agendaItemId: $item) { reference } }`;
const ASSIGN = `mutation ($m: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $m, input: $input) { id } }`;

const download = (who: Who, id: string, query = '') =>
  fetch(`${server.url}/api/meetings/${id}/minutes.pdf${query}`, { headers: { cookie: world.cookieOf[who] } });

async function textOf(response: Response): Promise<string> {
  return (await pdfText(Buffer.from(await response.arrayBuffer()))).text;
}

/** A held meeting with attendance, Markdown minutes, a decision and an action, approved by the secretariat. */
async function approvedMeeting() {
  const { id, first, second } = await meetingWithAgenda(callers.secretariat, world);
  dataOf(
    await callers.secretariat(WRITE_MINUTES, {
      itemId: first,
      minutes:
        '## Flujos\n\n- Aumento del **20 %**\n- Ver [informe](https://example.org/informe)\n\n<script>alert(1)</script>',
    }),
  );
  dataOf(
    await callers.secretariat(ATTENDANCE, {
      id,
      entries: [
        { name: 'Ana Pérez', jobTitle: 'Jefa del puesto', agencyId: world.agencies.igm.id, status: 'PRESENT' },
        { name: 'Luis Gómez', agencyId: world.agencies.inm.id, status: 'BY_VIDEO' },
      ],
    }),
  );
  const decision = dataOf<{ recordDecision: { reference: string } }>(
    await callers.secretariat(DECIDE, { m: id, text: 'Operativo conjunto el 12 de diciembre', item: second }),
  ).recordDecision.reference;
  dataOf(
    await callers.secretariat(ASSIGN, {
      m: id,
      input: {
        title: 'Enviar listas de turnos',
        ownerAgencyId: world.agencies.inm.id,
        dueDate: '2026-03-10',
        priority: 'HIGH',
      },
    }),
  );
  dataOf(await callers.secretariat(CIRCULATE, { id, deadline: inHours(24) }));
  dataOf(await callers.secretariat(APPROVE, { id }));
  return { id, decision };
}

describe('the minutes of a meeting as a PDF', () => {
  it('holds the header, attendance, minutes per item (Markdown as text), decisions, actions, revision and pages', async () => {
    const { id, decision } = await approvedMeeting();
    const response = await download('memberAuditor', id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-language')).toBe('es');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = await textOf(response);
    expect(text).toContain('Acta: Reunión ordinaria');
    expect(text).toContain('Guatemala–México');
    expect(text).toContain('Tecún Umán – Ciudad Hidalgo');
    expect(text).toMatch(/Revisión 1, aprobada el \d/);
    expect(text).toContain('Ana Pérez');
    expect(text).toContain('Jefa del puesto');
    expect(text).toContain('Por video');
    expect(text).toContain('1. Flujos migratorios en Tecún Umán');
    expect(text).toContain('Presenta: IGM');
    expect(text).toContain('Aumento del 20 %'); // bold rendered, the asterisks gone
    expect(text).not.toContain('**');
    expect(text).toContain('<script>alert(1)</script>'); // raw HTML stays visible text, never markup
    expect(text).toContain(decision);
    expect(text).toContain('Operativo conjunto el 12 de diciembre');
    expect(text).toContain('Enviar listas de turnos');
    expect(text).toContain('INM');
    expect(text).toContain('10 mar 2026');
    expect(text).toContain('Abierta');
    expect(text).toMatch(/Página 1 de \d/);
  });

  it("is written in another of the meeting's languages only when the meeting is held in it", async () => {
    const { id } = await approvedMeeting();
    const english = await download('memberOfficer', id, '?lang=en');
    expect(english.headers.get('content-language')).toBe('es'); // the meeting is held in Spanish only
    await server.server.orm.em.fork().execute(`update meeting set languages = '{es,pt}' where id = ?`, [id]);
    const portuguese = await download('memberOfficer', id, '?lang=pt');
    expect(portuguese.headers.get('content-language')).toBe('pt');
    const text = await textOf(portuguese);
    expect(text).toContain('Ata: Reunión ordinaria');
    expect(text).toMatch(/Revisão 1, aprovada em \d/);
    expect(text).toContain('Decisões');
    expect(text).toMatch(/Página 1 de \d/);
  });

  it('follows who may read the minutes: draft for the secretariat only; a non-member gets the same 404 as a missing meeting', async () => {
    const { id } = await meetingWithAgenda(callers.secretariat, world);
    const draft = await download('secretariat', id);
    expect(draft.status).toBe(200);
    expect(await textOf(draft)).toContain('Borrador (sin aprobar)');
    for (const who of [
      'memberAuditor',
      'memberOfficer',
      'foreignOfficer',
      'foreignSecretariat',
      'platformAdmin',
    ] as Who[]) {
      const refused = await download(who, id);
      expect(refused.status).toBe(404);
      expect(await refused.json()).toEqual({ code: 'NOT_FOUND', messageKey: 'error.notFound' });
    }
    const missing = await download('secretariat', '0190f0a0-0000-7000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect((await fetch(`${server.url}/api/meetings/${id}/minutes.pdf`)).status).toBe(401);
  });

  it('leaves one audit entry per download, with no text of the minutes in it', async () => {
    const { id } = await approvedMeeting();
    await download('memberOfficer', id);
    const rows: { action: string; details: Record<string, unknown> }[] = await server.server.orm.em
      .fork()
      .execute(`select action, details from audit_event where entity_id = ? and action = 'meeting.minutes.pdf'`, [id]);
    expect(rows).toHaveLength(1);
    expect(at(rows, 0).details).toEqual(expect.objectContaining({ revision: 1, language: 'es' }));
    expect(JSON.stringify(at(rows, 0).details)).not.toContain('Flujos');
  });
});
