import { startTestServer, type TestServer } from '../support/test-server';

/** `pnpm demo`: a secretariat user signing in finds the mechanism's meetings, not empty screens. */
describe('demo meetings', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ ENLACE_DEMO: 'true' });
  }, 120_000);
  afterAll(() => api.stop());

  async function signedIn(email: string) {
    const signIn = await api.graphql(
      'mutation ($e: String!) { signIn(email: $e, password: "Enlace-Demo-2026") { status } }',
      {
        e: email,
      },
    );
    return signIn.headers.getSetCookie()[0].split(';')[0];
  }

  it.each([
    ['secretariat.gt-igm@demo.enlace.example', 'es'],
    ['secretariat.br-pf@demo.enlace.example', 'pt'],
  ])('gives %s two held meetings with approved minutes and one coming', async (email, language) => {
    const cookie = await signedIn(email);
    const result = await api.graphql<{
      mechanisms: { id: string }[];
    }>('{ mechanisms { id } }', {}, { cookie });
    const mechanismId = result.data!.mechanisms[0].id;
    const LIST = `query ($m: ID!) {
      past: meetings(mechanismId: $m, period: PAST) { minutesStatus minutesRevision languages attendance { name } agenda { minutes } comments { body } }
      upcoming: meetings(mechanismId: $m, period: UPCOMING) { minutesStatus agenda { title } } }`;
    const meetings = await api.graphql<{
      past: {
        minutesStatus: string;
        minutesRevision: number;
        languages: string[];
        attendance: unknown[];
        agenda: { minutes: string }[];
        comments: unknown[];
      }[];
      upcoming: { minutesStatus: string; agenda: unknown[] }[];
    }>(LIST, { m: mechanismId }, { cookie });
    expect(meetings.errors).toBeUndefined();
    const { past, upcoming } = meetings.data!;
    expect(past.map((meeting) => [meeting.minutesStatus, meeting.minutesRevision])).toEqual([
      ['APPROVED', 1],
      ['APPROVED', 1],
    ]);
    expect(past.every((meeting) => meeting.languages.includes(language))).toBe(true);
    expect(past.every((meeting) => meeting.attendance.length === 3 && meeting.agenda[0].minutes.length > 0)).toBe(true);
    expect(past.flatMap((meeting) => meeting.comments)).toHaveLength(1);
    expect(upcoming).toHaveLength(1);
    const board = await api.graphql<{
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
    expect(upcoming[0].minutesStatus).toBe('DRAFT');
    expect(upcoming[0].agenda.length).toBeGreaterThan(0);
  });
});
