import type { SeededDemo } from './demo-server';
import { at } from '../support/indexing';

/**
 * A secretariat user finds the mechanism's meetings, not empty screens; the Guatemala–Mexico and triple-border
 * libraries hold documents in Spanish and Portuguese; liaison officers find the 24/7 roster.
 */
export function coordinationDemoChecks(demo: SeededDemo) {
  it.each([
    ['secretariat.gt-igm@demo.enlace.example', 'es'],
    ['secretariat.br-pf@demo.enlace.example', 'pt'],
  ])('gives %s two held meetings with approved minutes and one coming', async (email, language) => {
    const cookie = await demo.signIn(email);
    const result = await demo.api.graphql<{
      mechanisms: { id: string }[];
    }>('{ mechanisms { id } }', {}, { cookie });
    const mechanismId = at(result.data!.mechanisms, 0).id;
    const LIST = `query ($m: ID!) {
      past: meetings(mechanismId: $m, period: PAST) { minutesStatus minutesRevision languages attendance { name } agenda { minutes } comments { body } }
      upcoming: meetings(mechanismId: $m, period: UPCOMING) { minutesStatus agenda { title } invitedAgencies { id } } }`;
    const meetings = await demo.api.graphql<{
      past: {
        minutesStatus: string;
        minutesRevision: number;
        languages: string[];
        attendance: unknown[];
        agenda: { minutes: string }[];
        comments: unknown[];
      }[];
      upcoming: { minutesStatus: string; agenda: unknown[]; invitedAgencies: unknown[] }[];
    }>(LIST, { m: mechanismId }, { cookie });
    expect(meetings.errors).toBeUndefined();
    const { past, upcoming } = meetings.data!;
    expect(past.map((meeting) => [meeting.minutesStatus, meeting.minutesRevision])).toEqual([
      ['APPROVED', 1],
      ['APPROVED', 1],
    ]);
    expect(past.every((meeting) => meeting.languages.includes(language))).toBe(true);
    expect(past.every((meeting) => meeting.attendance.length === 3 && at(meeting.agenda, 0).minutes.length > 0)).toBe(
      true,
    );
    expect(past.flatMap((meeting) => meeting.comments)).toHaveLength(1);
    expect(upcoming).toHaveLength(1);
    const board = await demo.api.graphql<{
      followUpBoard: { actions: { status: string; overdue: boolean; ownerUserName: string | null }[] };
    }>(
      'query ($m: ID!) { followUpBoard(mechanismId: $m) { actions { status overdue ownerUserName } } }',
      { m: mechanismId },
      { cookie },
    );
    const actions = board.data!.followUpBoard.actions;
    expect(actions.some((action) => action.status === 'DONE')).toBe(true);
    expect(actions.some((action) => action.overdue)).toBe(true);
    expect(actions.every((action) => !!action.ownerUserName)).toBe(true); // each names its owner agency's focal point
    expect(at(upcoming, 0).minutesStatus).toBe('DRAFT');
    expect(at(upcoming, 0).agenda.length).toBeGreaterThan(0);
    // Its members are invited (the meeting's page lists them; a meeting of nobody would be an odd example).
    expect(at(upcoming, 0).invitedAgencies.length).toBeGreaterThanOrEqual(2);
  });

  const LIST = `query ($m: ID!, $s: String) { libraryDocuments(mechanismId: $m, search: $s) {
    title language handlingCode versions { number downloadPath } } }`;
  interface Listed {
    libraryDocuments: { title: string; language: string; handlingCode: string; versions: { downloadPath: string }[] }[];
  }

  it.each([
    ['secretariat.gt-igm@demo.enlace.example', ['es'], 'derivación de menores', 'Protocolo binacional'],
    ['secretariat.br-pf@demo.enlace.example', ['es', 'pt'], 'encaminhamento de vítimas', 'Acordo operacional'],
  ])(
    'gives %s documents with a downloadable first version, found by search',
    async (email, languages, search, found) => {
      const cookie = await demo.signIn(email);
      const mechanisms = await demo.api.graphql<{ mechanisms: { id: string }[] }>(
        '{ mechanisms { id } }',
        {},
        { cookie },
      );
      const m = at(mechanisms.data!.mechanisms, 0).id;
      const all = await demo.api.graphql<Listed>(LIST, { m }, { cookie });
      expect(all.errors).toBeUndefined();
      const documents = all.data!.libraryDocuments;
      expect([...new Set(documents.map((d) => d.language))].sort()).toEqual(languages);
      expect(documents.every((d) => d.versions.length === 1)).toBe(true);
      const file = await fetch(`${demo.api.url}${at(at(documents, 0).versions, 0).downloadPath}`, {
        headers: { cookie },
      });
      expect(file.status).toBe(200);
      expect(await file.text()).toMatch(/fict[ií]ci/);
      const hits = await demo.api.graphql<Listed>(LIST, { m, s: search }, { cookie });
      expect(at(hits.data!.libraryDocuments, 0).title).toContain(found);
    },
  );

  it.each([
    ['liaison-officer.mx-inm@demo.enlace.example', 'IGM', 'Guardia migratoria Tecún Umán'],
    ['liaison-officer.py-mig@demo.enlace.example', 'PF', 'Plantão da Polícia Federal na Ponte da Amizade'],
  ])(
    "shows %s the mechanism's 24/7 roster, with %s's round-the-clock desk on duty now",
    async (email, acronym, desk) => {
      const cookie = await demo.signIn(email);
      const mechanisms = await demo.api.graphql<{ mechanisms: { id: string }[] }>(
        '{ mechanisms { id } }',
        {},
        { cookie },
      );
      const roster = await demo.api.graphql<{
        dutyRoster: { deskName: string; onDutyNow: boolean; agency: { acronym: string } }[];
      }>(
        'query ($m: ID!) { dutyRoster(mechanismId: $m, onDutyOnly: true) { deskName onDutyNow agency { acronym } } }',
        { m: at(mechanisms.data!.mechanisms, 0).id },
        { cookie },
      );
      expect(roster.errors).toBeUndefined();
      expect(roster.data!.dutyRoster).toContainEqual({ deskName: desk, onDutyNow: true, agency: { acronym } });
    },
  );

  it.each([
    ['secretariat.gt-igm@demo.enlace.example', 'liaison-officer.mx-inm@demo.enlace.example'],
    ['secretariat.br-pf@demo.enlace.example', 'liaison-officer.py-mig@demo.enlace.example'],
  ])(
    'gives %s a completed assessment with a recommendation done and a training, which %s reads too',
    async (secretariatEmail, memberEmail) => {
      for (const email of [secretariatEmail, memberEmail]) {
        const cookie = await demo.signIn(email);
        const mechanisms = await demo.api.graphql<{ mechanisms: { id: string }[] }>(
          '{ mechanisms { id } }',
          {},
          {
            cookie,
          },
        );
        const m = at(mechanisms.data!.mechanisms, 0).id;
        const result = await demo.api.graphql<{
          assessments: {
            status: string;
            findings: string;
            progress: { total: number; actions: number; done: number };
          }[];
          trainings: {
            participantCount: number;
            participants: { female: number; male: number }[];
            materials: { title: string }[];
          }[];
        }>(
          `query ($m: ID!) { assessments(mechanismId: $m) { status findings progress { total actions done } }
            trainings(mechanismId: $m) { participantCount participants { female male } materials { title } } }`,
          { m },
          { cookie },
        );
        expect(result.errors).toBeUndefined();
        const [assessment] = result.data!.assessments;
        expect(assessment).toEqual(
          expect.objectContaining({ status: 'COMPLETED', progress: expect.objectContaining({ actions: 2, done: 1 }) }),
        );
        expect(assessment!.findings.length).toBeGreaterThan(0);
        const [training] = result.data!.trainings;
        expect(training!.participants.length).toBeGreaterThanOrEqual(3);
        expect(training!.participantCount).toBeGreaterThan(20);
        expect(training!.materials).toHaveLength(1);
      }
    },
  );
}
