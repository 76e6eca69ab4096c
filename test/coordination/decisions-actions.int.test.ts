import { startTestServer, type TestServer } from '../support/test-server';
import {
  APPROVE,
  callerOf,
  CIRCULATE,
  codeOf,
  createCoordinationWorld,
  dataOf,
  inHours,
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
  // Owners far apart: Mexico at UTC+14 and Guatemala at UTC-11 make a due date end 25 hours apart.
  const em = server.server.orm.em.fork();
  await em.execute(`update country set time_zone = 'Pacific/Kiritimati' where code = 'MX'`);
  await em.execute(`update country set time_zone = 'Pacific/Pago_Pago' where code = 'GT'`);
}, 60_000);
afterAll(() => server?.stop());

const DECIDE = `mutation ($m: ID!, $text: String!, $item: ID) { recordDecision(meetingId: $m, text: $text, agendaItemId: $item) {
  id reference number year status agendaItemId } }`;
const ASSIGN = `mutation ($m: ID!, $input: ActionItemInput!) { addActionItem(meetingId: $m, input: $input) {
  id dueAt overdue status ownerAgency { acronym } } }`;
const REPORT = `mutation ($id: ID!, $body: String!, $status: ActionStatus) { reportOnAction(actionItemId: $id, body: $body, status: $status) {
  id status overdue updates { body statusTo authorAgency { acronym } } } }`;
const BOARD = `query ($m: ID!, $filter: FollowUpFilter) { followUpBoard(mechanismId: $m, filter: $filter) {
  actions { id title status overdue } countsByAgency { agency { acronym } open overdue } } }`;

const assign = (meetingId: string, title: string, ownerAgencyId: string, dueDate: string) =>
  callers.secretariat(ASSIGN, { m: meetingId, input: { title, ownerAgencyId, dueDate, priority: 'HIGH' } });

/** A due date that has ended at UTC+14 but not yet at UTC-11 (see beforeAll). */
function dateEndedOnlyInTheEast(): string {
  const now = new Date();
  const day = now.getUTCHours() >= 10 ? now : new Date(now.getTime() - 86_400_000);
  return day.toISOString().slice(0, 10);
}

describe('decisions', () => {
  it('are numbered per mechanism and year without gaps, even when recorded at once at several meetings', async () => {
    const meetings = await Promise.all([1, 2, 3, 4].map(() => meetingWithAgenda(callers.secretariat, world)));
    const results = await Promise.all(
      meetings.flatMap(({ id }) => [1, 2].map((n) => callers.secretariat(DECIDE, { m: id, text: `Acuerdo ${n}` }))),
    );
    const decisions = results.map(
      (result) =>
        dataOf<{ recordDecision: { reference: string; number: number; year: number } }>(result).recordDecision,
    );
    expect(decisions.map((decision) => decision.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const year = at(decisions, 0).year;
    expect(decisions.map((decision) => decision.reference).sort()).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `GT-MX-${year}-D0${n}`),
    );
  });

  it('name the agenda item they came from, are recorded by the secretariat only, and not once the minutes are approved', async () => {
    const { id, first } = await meetingWithAgenda(callers.secretariat, world);
    const decision = dataOf<{ recordDecision: { agendaItemId: string; status: string } }>(
      await callers.secretariat(DECIDE, { m: id, text: 'Patrullaje conjunto mensual', item: first }),
    ).recordDecision;
    expect(decision).toMatchObject({ agendaItemId: first, status: 'IN_FORCE' });
    expect(codeOf(await callers.memberOfficer(DECIDE, { m: id, text: 'x' }))).toBe('FORBIDDEN');
    expect(codeOf(await callers.foreignSecretariat(DECIDE, { m: id, text: 'x' }))).toBe('NOT_FOUND');
    dataOf(await callers.secretariat(CIRCULATE, { id, deadline: inHours(24) }));
    dataOf(await callers.secretariat(APPROVE, { id }));
    expect(codeOf(await callers.secretariat(DECIDE, { m: id, text: 'Tarde' }))).toBe('CONFLICT');
  });

  it('may be superseded by a later decision of the same mechanism, or revoked', async () => {
    const { id } = await meetingWithAgenda(callers.secretariat, world);
    const older = dataOf<{ recordDecision: { id: string } }>(
      await callers.secretariat(DECIDE, { m: id, text: 'Antes' }),
    ).recordDecision;
    const newer = dataOf<{ recordDecision: { id: string } }>(
      await callers.secretariat(DECIDE, { m: id, text: 'Después' }),
    ).recordDecision;
    const SET = `mutation ($d: ID!, $s: DecisionStatus!, $by: ID) { setDecisionStatus(decisionId: $d, status: $s, supersededById: $by) {
      status supersededById } }`;
    expect(codeOf(await callers.memberOfficer(SET, { d: older.id, s: 'REVOKED' }))).toBe('FORBIDDEN');
    expect(
      dataOf<{ setDecisionStatus: unknown }>(
        await callers.secretariat(SET, { d: older.id, s: 'SUPERSEDED', by: newer.id }),
      ).setDecisionStatus,
    ).toEqual({
      status: 'SUPERSEDED',
      supersededById: newer.id,
    });
    expect(codeOf(await callers.secretariat(SET, { d: older.id, s: 'REVOKED' }))).toBe('CONFLICT');
  });
});

describe('action items', () => {
  it("fall due at the end of the due date in the owner agency's time zone", async () => {
    const { id } = await meetingWithAgenda(callers.secretariat, world);
    const east = dataOf<{ addActionItem: { dueAt: string } }>(
      await assign(id, 'Informe', world.agencies.inm.id, '2026-03-10'),
    ).addActionItem;
    const west = dataOf<{ addActionItem: { dueAt: string } }>(
      await assign(id, 'Informe', world.agencies.igm.id, '2026-03-10'),
    ).addActionItem;
    expect(east.dueAt).toBe('2026-03-10T10:00:00.000Z'); // 11 March 00:00 at UTC+14
    expect(west.dueAt).toBe('2026-03-11T11:00:00.000Z'); // 11 March 00:00 at UTC-11

    const due = dateEndedOnlyInTheEast();
    const mexican = dataOf<{ addActionItem: { overdue: boolean } }>(
      await assign(id, 'Lista de vehículos', world.agencies.inm.id, due),
    ).addActionItem;
    const guatemalan = dataOf<{ addActionItem: { overdue: boolean } }>(
      await assign(id, 'Lista de vehículos', world.agencies.igm.id, due),
    ).addActionItem;
    expect([mexican.overdue, guatemalan.overdue]).toEqual([true, false]);
  });

  it('are updated by the owner agency only, and leave the overdue count once done', async () => {
    const { id } = await meetingWithAgenda(callers.secretariat, world);
    const action = dataOf<{ addActionItem: { id: string; overdue: boolean } }>(
      await assign(id, 'Compartir registros de salida', world.agencies.inm.id, '2020-01-31'),
    ).addActionItem;
    expect(action.overdue).toBe(true);
    // Not the secretariat, not another member agency, not the owner's auditor, not an outsider.
    for (const who of ['secretariat', 'otherMemberOfficer', 'memberAuditor'] as Who[]) {
      expect(codeOf(await callers[who](REPORT, { id: action.id, body: 'x' }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await callers.foreignOfficer(REPORT, { id: action.id, body: 'x' }))).toBe('NOT_FOUND');

    const started = dataOf<{ reportOnAction: { status: string } }>(
      await callers.memberOfficer(REPORT, {
        id: action.id,
        body: 'Solicitud enviada al registro',
        status: 'IN_PROGRESS',
      }),
    ).reportOnAction;
    expect(started.status).toBe('IN_PROGRESS');
    const done = dataOf<{
      reportOnAction: {
        status: string;
        overdue: boolean;
        updates: { body: string; authorAgency: { acronym: string } }[];
      };
    }>(
      await callers.memberOfficer(REPORT, { id: action.id, body: 'Registros compartidos', status: 'DONE' }),
    ).reportOnAction;
    expect(done).toMatchObject({ status: 'DONE', overdue: false });
    expect(done.updates.map((update) => [update.body, update.authorAgency.acronym])).toEqual([
      ['Solicitud enviada al registro', 'INM'],
      ['Registros compartidos', 'INM'],
    ]);
    expect(codeOf(await callers.memberOfficer(REPORT, { id: action.id, body: 'Otra vez' }))).toBe('CONFLICT');
  });

  it("fill the secretariat's follow-up board with counts per agency, the owner's list of what it owes, and the next meeting's agenda", async () => {
    const held = await meetingWithAgenda(callers.secretariat, world, -24 * 40);
    const overdue = dataOf<{ addActionItem: { id: string } }>(
      await assign(held.id, 'Protocolo de menores', world.agencies.fgr.id, '2020-06-30'),
    ).addActionItem;
    const pending = dataOf<{ addActionItem: { id: string } }>(
      await assign(held.id, 'Plan de capacitación', world.agencies.fgr.id, '2099-06-30'),
    ).addActionItem;

    const board = dataOf<{
      followUpBoard: {
        actions: { id: string; overdue: boolean }[];
        countsByAgency: { agency: { acronym: string }; open: number; overdue: number }[];
      };
    }>(
      await callers.secretariat(BOARD, { m: world.mechanism.id, filter: { ownerAgencyId: world.agencies.fgr.id } }),
    ).followUpBoard;
    expect(board.actions.map((action) => action.id)).toEqual([overdue.id, pending.id]);
    expect(board.countsByAgency.find((count) => count.agency.acronym === 'FGR')).toEqual({
      agency: { acronym: 'FGR' },
      open: 2,
      overdue: 1,
    });
    const onlyOverdue = dataOf<{ followUpBoard: { actions: { id: string }[] } }>(
      await callers.secretariat(BOARD, {
        m: world.mechanism.id,
        filter: { ownerAgencyId: world.agencies.fgr.id, overdueOnly: true },
      }),
    ).followUpBoard;
    expect(onlyOverdue.actions.map((action) => action.id)).toEqual([overdue.id]);

    const owed = dataOf<{ actionsOwed: { id: string }[] }>(
      await callers.otherMemberOfficer('{ actionsOwed { id } }'),
    ).actionsOwed;
    expect(owed.map((action) => action.id)).toEqual(expect.arrayContaining([overdue.id, pending.id]));
    expect(
      dataOf<{ actionsOwed: { id: string }[] }>(await callers.memberOfficer('{ actionsOwed { id } }')).actionsOwed.map(
        (a) => a.id,
      ),
    ).not.toContain(overdue.id);

    const next = await meetingWithAgenda(callers.secretariat, world, 24 * 10);
    const carried = dataOf<{ meeting: { carriedActions: { id: string }[] } }>(
      await callers.memberAuditor('query ($id: ID!) { meeting(id: $id) { carriedActions { id } } }', { id: next.id }),
    ).meeting.carriedActions;
    expect(carried.map((action) => action.id)).toEqual(expect.arrayContaining([overdue.id, pending.id]));

    const foreign = dataOf<{ followUpBoard: { actions: unknown[]; countsByAgency: unknown[] } }>(
      await callers.foreignSecretariat(BOARD, { m: world.mechanism.id }),
    ).followUpBoard;
    expect(foreign).toEqual({ actions: [], countsByAgency: [] });
  });
});
