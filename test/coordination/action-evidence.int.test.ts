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
import { at } from '../support/indexing';

let server: TestServer;
let world: CoordinationWorld;
const callers = {} as Record<Who, Caller>;
let actionId = '';
let updateId = '';

const ASSIGN = `mutation ($m: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $m, input: $input) { id } }`;
const REPORT = `mutation ($id: ID!, $body: String!) { reportOnAction(actionItemId: $id, body: $body) {
  updates { id body evidence { id fileName mediaType sizeBytes sha256 downloadPath } } } }`;
const ACTION = `query ($id: ID!) { actionItem(id: $id) { updates { id evidence { id fileName downloadPath } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  world = await createCoordinationWorld(server.server.orm);
  for (const who of Object.keys(world.cookieOf) as Who[]) callers[who] = callerOf(server, world.cookieOf[who]);
  const meeting = await meetingWithAgenda(callers.secretariat, world);
  actionId = dataOf<{ addActionItem: { id: string } }>(
    await callers.secretariat(ASSIGN, {
      m: meeting.id,
      input: {
        title: 'Instalar señalización',
        ownerAgencyId: world.agencies.inm.id,
        dueDate: '2027-01-15',
        priority: 'HIGH',
      },
    }),
  ).addActionItem.id;
  const reported = dataOf<{ reportOnAction: { updates: { id: string }[] } }>(
    await callers.memberOfficer(REPORT, { id: actionId, body: 'Señalización instalada; adjunto el acta.' }),
  ).reportOnAction;
  updateId = reported.updates.at(-1)!.id;
}, 60_000);
afterAll(() => server?.stop());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const upload = (who: Who, id: string, content: Buffer = PDF, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/coordination/action-updates/${id}/evidence`, {
    method: 'POST',
    headers: {
      cookie: world.cookieOf[who],
      'x-requested-with': 'enlace',
      'content-type': 'application/pdf',
      'x-file-name': encodeURIComponent('Acta de instalación.pdf'),
      ...headers,
    },
    body: new Uint8Array(content),
  });

describe('evidence on the progress of an action item', () => {
  it('is attached by the owner agency only, checksummed, and shown on the update', async () => {
    expect((await upload('secretariat', updateId)).status).toBe(403);
    expect((await upload('otherMemberOfficer', updateId)).status).toBe(403);
    expect((await upload('foreignOfficer', updateId)).status).toBe(404);
    expect((await upload('memberAuditor', updateId)).status).toBe(403);
    const response = await upload('memberOfficer', updateId);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; sha256: string; mediaType: string };
    expect(body.mediaType).toBe('application/pdf');
    const action = dataOf<{ actionItem: { updates: { id: string; evidence: { id: string; fileName: string }[] }[] } }>(
      await callers.secretariat(ACTION, { id: actionId }),
    ).actionItem;
    expect(action.updates.find((update) => update.id === updateId)!.evidence).toEqual([
      expect.objectContaining({ id: body.id, fileName: 'Acta de instalación.pdf' }),
    ]);
  });

  it('refuses what is not a permitted file, and answers a retry with the first upload', async () => {
    expect(
      (
        await upload('memberOfficer', updateId, Buffer.from('MZ\x90\x00 binary'), {
          'content-type': 'application/x-msdownload',
        })
      ).status,
    ).toBe(415);
    expect((await upload('memberOfficer', updateId, Buffer.alloc(0))).status).toBe(400);
    const content = Buffer.from('%PDF-1.4\n% segunda evidencia\n%%EOF\n');
    const first = await upload('memberOfficer', updateId, content, { 'idempotency-key': 'evidence-retry-1' });
    const again = await upload('memberOfficer', updateId, content, { 'idempotency-key': 'evidence-retry-1' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(((await again.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
  });

  it('is downloaded by member agency users after its checksum is checked, and by nobody else', async () => {
    const action = dataOf<{ actionItem: { updates: { evidence: { downloadPath: string }[] }[] } }>(
      await callers.otherMemberOfficer(ACTION, { id: actionId }),
    ).actionItem;
    const path = at(
      action.updates.flatMap((update) => update.evidence),
      0,
    ).downloadPath;
    const download = await fetch(`${server.url}${path}`, { headers: { cookie: world.cookieOf.otherMemberOfficer } });
    expect(download.status).toBe(200);
    expect(download.headers.get('x-checksum-sha256')).toMatch(/^[0-9a-f]{64}$/);
    expect(
      Buffer.from(await download.arrayBuffer())
        .subarray(0, 8)
        .toString(),
    ).toBe('%PDF-1.4');
    const foreign = await fetch(`${server.url}${path}`, { headers: { cookie: world.cookieOf.foreignOfficer } });
    expect(foreign.status).toBe(404);
    const row = at(
      await server.server.orm.em
        .fork()
        .execute<{ count: string }[]>(`select count(*) from audit_event where action = 'action.evidence.download'`),
      0,
    );
    expect(Number(row.count)).toBeGreaterThan(0);
  });
});
