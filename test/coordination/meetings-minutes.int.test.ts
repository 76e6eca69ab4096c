import { startTestServer, type TestServer } from '../support/test-server';
import {
  APPROVE,
  callerOf,
  CIRCULATE,
  codeOf,
  COMMENT,
  CREATE_MEETING,
  createCoordinationWorld,
  dataOf,
  inHours,
  MEETING,
  meetingInput,
  meetingWithAgenda,
  SET_AGENDA,
  WRITE_MINUTES,
  type Caller,
  type CoordinationWorld,
  type Who,
} from '../support/factories/coordination-world';
import { at, firstError } from '../support/indexing';

let server: TestServer;
let world: CoordinationWorld;
const callers = {} as Record<Who, Caller>;

beforeAll(async () => {
  server = await startTestServer();
  world = await createCoordinationWorld(server.server.orm);
  for (const who of Object.keys(world.cookieOf) as Who[]) callers[who] = callerOf(server, world.cookieOf[who]);
}, 60_000);
afterAll(() => server?.stop());

interface MeetingView {
  meeting: {
    minutesStatus: string;
    minutesRevision: number;
    availableActions: string[];
    canReadMinutes: boolean;
    agenda: { id: string; title: string; minutes: string | null }[];
    comments: {
      id: string;
      body: string;
      replyToId: string | null;
      byMe: boolean;
      authorAgency: { acronym: string };
    }[];
    revisions: { number: number; reason: string | null; items: { agendaItemId: string; minutes: string }[] }[];
  };
}
const view = async (who: Who, id: string) => dataOf<MeetingView>(await callers[who](MEETING, { id })).meeting;

describe('a meeting of a mechanism', () => {
  it('is scheduled by the secretariat with an agenda in order, and read by every member agency', async () => {
    const { id } = await meetingWithAgenda(callers.secretariat, world);
    const seen = await view('memberAuditor', id);
    expect(seen.agenda.map((item) => item.title)).toEqual([
      'Flujos migratorios en Tecún Umán',
      'Operativo conjunto de diciembre',
    ]);
    // Draft minutes are the secretariat's working copy: members see the agenda, not the text.
    expect(seen.agenda.map((item) => item.minutes)).toEqual([null, null]);
    expect(at((await view('memberOfficer', id)).agenda, 0).minutes).toBeNull();
    expect(at((await view('secretariat', id)).agenda, 0).minutes).toContain('Aumento del **20 %**');
  });

  it('answers a non-member agency and the platform admin exactly like a missing meeting; a malformed id is bad input', async () => {
    const { id } = await meetingWithAgenda(callers.secretariat, world);
    for (const who of ['foreignOfficer', 'foreignSecretariat', 'platformAdmin'] as Who[]) {
      const result = await callers[who](MEETING, { id });
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(firstError(result).message).toBe('Meeting not found');
    }
    const missing = await callers.secretariat(MEETING, { id: '0190f0a0-0000-7000-8000-000000000000' });
    expect(codeOf(missing)).toBe('NOT_FOUND');
    expect(firstError(missing).message).toBe('Meeting not found');
    expect(codeOf(await callers.secretariat(MEETING, { id: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
  });

  it('is created only by the secretariat of its own mechanism', async () => {
    const input = meetingInput(world);
    expect(codeOf(await callers.memberOfficer(CREATE_MEETING, { mechanismId: world.mechanism.id, input }))).toBe(
      'FORBIDDEN',
    );
    // Another mechanism's secretariat does not even see this mechanism.
    expect(codeOf(await callers.foreignSecretariat(CREATE_MEETING, { mechanismId: world.mechanism.id, input }))).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses bad input naming the field', async () => {
    const bad = meetingInput(world, -48, {
      title: ' ',
      endsAt: inHours(-60),
      timeZone: 'Mars/Olympus',
      videoLink: 'javascript:alert(1)',
      languages: ['es', 'de'],
      invitedAgencyIds: [world.agencies.cr.id],
    });
    const result = await callers.secretariat(CREATE_MEETING, { mechanismId: world.mechanism.id, input: bad });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(firstError(result).extensions!.fields).toEqual({
      'input.title': 'error.coordination.required',
      'input.endsAt': 'error.coordination.endBeforeStart',
      'input.timeZone': 'error.coordination.timeZone',
      'input.videoLink': 'error.coordination.videoLink',
      'input.languages': 'error.coordination.languages',
    });
    const outsider = await callers.secretariat(CREATE_MEETING, {
      mechanismId: world.mechanism.id,
      input: meetingInput(world, -48, { invitedAgencyIds: [world.agencies.cr.id] }),
    });
    expect(firstError(outsider).extensions!.fields).toEqual({
      'input.invitedAgencyIds': 'error.coordination.notMember',
    });
    const itemId = (await meetingWithAgenda(callers.secretariat, world)).first;
    const tooLong = await callers.secretariat(WRITE_MINUTES, { itemId, minutes: 'x'.repeat(20_001) });
    expect(firstError(tooLong).extensions!.fields).toEqual({ minutes: 'error.input.tooLong' });
    // Minutes are long texts: well past the platform's default of 1,000 characters.
    const long = await callers.secretariat(WRITE_MINUTES, { itemId, minutes: 'Acuerdo. '.repeat(2_000) });
    expect(long.errors).toBeUndefined();
  });

  it('lists upcoming meetings soonest first and past ones latest first', async () => {
    const later = await meetingWithAgenda(callers.secretariat, world, 24 * 30);
    const sooner = await meetingWithAgenda(callers.secretariat, world, 24 * 7);
    const LIST = `query ($m: ID!, $p: MeetingPeriod!) { meetings(mechanismId: $m, period: $p) { id } }`;
    const upcoming = dataOf<{ meetings: { id: string }[] }>(
      await callers.memberAuditor(LIST, { m: world.mechanism.id, p: 'UPCOMING' }),
    ).meetings.map((m) => m.id);
    expect(upcoming.indexOf(sooner.id)).toBeLessThan(upcoming.indexOf(later.id));
    const past = dataOf<{ meetings: { id: string }[] }>(
      await callers.memberAuditor(LIST, { m: world.mechanism.id, p: 'PAST' }),
    ).meetings.map((m) => m.id);
    expect(past).not.toContain(sooner.id);
    const foreign = dataOf<{ meetings: unknown[] }>(
      await callers.foreignOfficer(LIST, { m: world.mechanism.id, p: 'UPCOMING' }),
    );
    expect(foreign.meetings).toEqual([]);
  });
});

describe('the minutes, from draft to approval', () => {
  it('are circulated to the focal points, who comment per item in threads until the deadline', async () => {
    const { id, first, second } = await meetingWithAgenda(callers.secretariat, world);
    expect(codeOf(await callers.memberOfficer(COMMENT, { itemId: first, body: 'Aún no' }))).toBe('CONFLICT');
    dataOf(await callers.secretariat(CIRCULATE, { id, deadline: inHours(72) }));

    // Focal points (liaison officers of member agencies) read the circulated text; other roles still do not.
    expect(at((await view('memberOfficer', id)).agenda, 0).minutes).toContain('Aumento');
    expect(at((await view('memberAuditor', id)).agenda, 0).minutes).toBeNull();
    expect((await view('memberOfficer', id)).availableActions).toEqual(['comment']);

    const question = dataOf<{ commentOnMinutes: { id: string; byMe: boolean; authorAgency: { acronym: string } } }>(
      await callers.memberOfficer(COMMENT, { itemId: first, body: '¿El 20 % incluye a menores?' }),
    ).commentOnMinutes;
    expect(question).toMatchObject({ byMe: true, authorAgency: { acronym: 'INM' } });
    const answer = dataOf<{ commentOnMinutes: { replyToId: string } }>(
      await callers.secretariat(COMMENT, { itemId: first, body: 'Sí, se precisará.', replyToId: question.id }),
    ).commentOnMinutes;
    expect(answer.replyToId).toBe(question.id);
    // A reply must answer a comment of the same item.
    const astray = await callers.otherMemberOfficer(COMMENT, { itemId: second, body: 'x', replyToId: question.id });
    expect(result(astray)).toEqual({ replyToId: 'error.coordination.unknownComment' });
    // An auditor of a member agency is no focal point; a non-member does not see the item at all.
    expect(codeOf(await callers.memberAuditor(COMMENT, { itemId: first, body: 'x' }))).toBe('FORBIDDEN');
    expect(codeOf(await callers.foreignOfficer(COMMENT, { itemId: first, body: 'x' }))).toBe('NOT_FOUND');

    const thread = (await view('otherMemberOfficer', id)).comments;
    expect(thread.map((comment) => [comment.body, comment.byMe])).toEqual([
      ['¿El 20 % incluye a menores?', false],
      ['Sí, se precisará.', false],
    ]);
    expect((await view('memberAuditor', id)).comments).toEqual([]);

    // After the deadline, no more comments.
    await server.server.orm.em
      .fork()
      .execute(`update meeting set comment_deadline = now() - interval '1 minute' where id = ?`, [id]);
    const late = await callers.memberOfficer(COMMENT, { itemId: second, body: 'Tarde' });
    expect(codeOf(late)).toBe('CONFLICT');
    expect(firstError(late).extensions!.messageKey).toBe('error.coordination.deadlinePassed');
  });

  it('once approved are locked and read by every member agency user; comments are kept', async () => {
    const { id, first } = await meetingWithAgenda(callers.secretariat, world);
    expect(codeOf(await callers.secretariat(APPROVE, { id }))).toBe('CONFLICT'); // not circulated yet
    dataOf(await callers.secretariat(CIRCULATE, { id, deadline: inHours(24) }));
    dataOf(await callers.memberOfficer(COMMENT, { itemId: first, body: 'Conforme.' }));
    expect(codeOf(await callers.memberOfficer(APPROVE, { id }))).toBe('FORBIDDEN');
    const approved = dataOf<{ approveMinutes: { minutesStatus: string; minutesRevision: number } }>(
      await callers.secretariat(APPROVE, { id }),
    ).approveMinutes;
    expect(approved).toEqual({ minutesStatus: 'APPROVED', minutesRevision: 1 });

    const auditorView = await view('memberAuditor', id);
    expect(at(auditorView.agenda, 0).minutes).toContain('Aumento del **20 %**');
    expect(auditorView.revisions.map((revision) => revision.number)).toEqual([1]);
    expect((await view('memberOfficer', id)).comments.map((comment) => comment.body)).toEqual(['Conforme.']);

    for (const [query, variables] of [
      [WRITE_MINUTES, { itemId: first, minutes: 'Otro texto' }],
      [SET_AGENDA, { id, items: [{ title: 'Nuevo punto' }] }],
      [CIRCULATE, { id, deadline: inHours(24) }],
      [COMMENT, { itemId: first, body: 'Tarde' }],
    ] as const) {
      const refused = await (query === COMMENT ? callers.memberOfficer : callers.secretariat)(query, variables);
      expect(codeOf(refused)).toBe('CONFLICT');
    }
    const locked = await callers.secretariat(WRITE_MINUTES, { itemId: first, minutes: 'Otro texto' });
    expect(firstError(locked).extensions!.messageKey).toBe('error.coordination.locked');
    expect(at((await view('secretariat', id)).agenda, 0).minutes).toContain('Aumento del **20 %**');
  });

  it('are corrected after approval as a numbered revision with a reason; old revisions stay readable and comparable', async () => {
    const { id, first, second } = await meetingWithAgenda(callers.secretariat, world);
    dataOf(await callers.secretariat(CIRCULATE, { id, deadline: inHours(24) }));
    dataOf(await callers.secretariat(APPROVE, { id }));
    const CORRECT = `mutation ($id: ID!, $reason: String!, $corrections: [CorrectedMinutesInput!]!) {
      correctMinutes(meetingId: $id, reason: $reason, corrections: $corrections) { minutesStatus minutesRevision } }`;
    expect(result(await callers.secretariat(CORRECT, { id, reason: ' ', corrections: [] }))).toEqual({
      reason: 'error.coordination.required',
    });
    const corrections = [{ agendaItemId: first, minutes: '## Flujos\n\n- Aumento del **25 %**\n- Sin incidentes' }];
    expect(codeOf(await callers.memberOfficer(CORRECT, { id, reason: 'Cifra', corrections }))).toBe('FORBIDDEN');
    const corrected = dataOf<{ correctMinutes: { minutesStatus: string; minutesRevision: number } }>(
      await callers.secretariat(CORRECT, { id, reason: 'Cifra corregida por el INM', corrections }),
    ).correctMinutes;
    expect(corrected).toEqual({ minutesStatus: 'APPROVED', minutesRevision: 2 });

    const seen = await view('memberAuditor', id);
    expect(at(seen.agenda, 0).minutes).toContain('25 %');
    expect(seen.revisions.map((revision) => [revision.number, revision.reason])).toEqual([
      [1, null],
      [2, 'Cifra corregida por el INM'],
    ]);
    expect(at(seen.revisions, 0).items.find((item) => item.agendaItemId === first)!.minutes).toContain('20 %');

    const DIFF = `query ($id: ID!, $from: Int!, $to: Int!) { minutesDiff(meetingId: $id, fromRevision: $from, toRevision: $to) {
      agendaItemId changed lines { kind text } } }`;
    const diff = dataOf<{
      minutesDiff: { agendaItemId: string; changed: boolean; lines: { kind: string; text: string }[] }[];
    }>(await callers.memberAuditor(DIFF, { id, from: 1, to: 2 })).minutesDiff;
    expect(diff.find((item) => item.agendaItemId === second)!.changed).toBe(false);
    expect(diff.find((item) => item.agendaItemId === first)!.lines).toEqual([
      { kind: 'SAME', text: '## Flujos' },
      { kind: 'SAME', text: '' },
      { kind: 'REMOVED', text: '- Aumento del **20 %**' },
      { kind: 'ADDED', text: '- Aumento del **25 %**' },
      { kind: 'SAME', text: '- Sin incidentes' },
    ]);
    expect(result(await callers.memberAuditor(DIFF, { id, from: 1, to: 9 }))).toEqual({
      toRevision: 'error.coordination.unknownRevision',
    });
    expect(codeOf(await callers.foreignOfficer(DIFF, { id, from: 1, to: 2 }))).toBe('NOT_FOUND');
  });

  it('may be recalled to draft from circulation, which hides them from the focal points again', async () => {
    const { id } = await meetingWithAgenda(callers.secretariat, world);
    dataOf(await callers.secretariat(CIRCULATE, { id, deadline: inHours(24) }));
    const RECALL = `mutation ($id: ID!) { recallMinutes(meetingId: $id) { minutesStatus } }`;
    dataOf(await callers.secretariat(RECALL, { id }));
    expect(at((await view('memberOfficer', id)).agenda, 0).minutes).toBeNull();
    expect((await view('secretariat', id)).availableActions).toEqual(['update', 'circulate']);
    expect(result(await callers.secretariat(CIRCULATE, { id, deadline: inHours(-1) }))).toEqual({
      commentDeadline: 'error.coordination.deadlineInPast',
    });
  });
});

/** The field problems of a BAD_USER_INPUT answer. */
function result(answer: { errors?: { extensions?: Record<string, unknown> }[] }) {
  expect(codeOf(answer)).toBe('BAD_USER_INPUT');
  return firstError(answer).extensions!.fields;
}
