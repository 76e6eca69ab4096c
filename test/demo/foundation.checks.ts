import { startTestServer } from '../support/test-server';
import { SIGN_IN, sessionCookieOf, totpCode } from '../support/factories/sessions';
import { DEMO_PASSWORD, type SeededDemo } from './demo-server';
import { at } from '../support/indexing';

/** Real borders, an account per role, referrals at several stages, statistics and identity checks. */
export function foundationDemoChecks(demo: SeededDemo) {
  it('lets the Guatemalan liaison officer sign in with the documented password and find referrals', async () => {
    const cookie = await demo.signIn('liaison-officer.gt-igm@demo.enlace.example');
    const result = await demo.api.graphql<{
      mechanisms: { kind: string; countries: { id: string }[] }[];
      inbox: { totalCount: number };
      outbox: { totalCount: number; edges: { node: { reference: string; status: string } }[] };
    }>(
      `{ mechanisms { kind countries { id } }
         inbox: referrals(box: INBOX) { totalCount }
         outbox: referrals(box: OUTBOX) { totalCount edges { node { reference status } } } }`,
      {},
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.mechanisms).toEqual([
      { kind: 'BINATIONAL', countries: expect.arrayContaining([{ id: 'GT' }, { id: 'MX' }]) },
    ]);
    expect(result.data?.inbox.totalCount).toBe(2);
    expect(result.data?.outbox.edges.map((edge) => edge.node.status).sort()).toEqual(['IN_PROGRESS', 'SENT']);
    expect(at(result.data?.outbox.edges ?? [], 0, 'outbox referral').node.reference).toMatch(/^GT-MX-\d{4}-\d{6}$/);
  });

  it('is loaded only once: a restart on the same database adds nothing', async () => {
    const again = await startTestServer({ ENLACE_DEMO: 'true' });
    await again.stop();
    const { count } = at(
      await demo.api.server.orm.em.fork().getConnection().execute('select count(*)::int as count from referral'),
      0,
    );
    // The 4 referrals of the inboxes, 72 on three borders behind the statistics (demo-statistics.ts) and 3 closed
    // long ago for the retention screen (demo-retention.ts).
    expect(count).toBe(4 + 72 + 3);
  });

  it("gives the region's statistician figures above the disclosure threshold, over months, on three borders", async () => {
    const cookie = await demo.signIn('statistician@demo.enlace.example');
    const result = await demo.api.graphql<{
      referralStatistics: {
        total: { count: number | null };
        timeToAcknowledge: { medianHours: number | null };
        tables: { dimension: string; cells: { key: string; count: number | null }[] }[];
      };
    }>(
      `{ referralStatistics(input: { scope: REGION }) {
           total { count } timeToAcknowledge { medianHours }
           tables { dimension cells { key count } } } }`,
      {},
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    const figures = result.data!.referralStatistics;
    expect(figures.total.count).toBe(4 + 72 + 3);
    const table = (dimension: string) => figures.tables.find((t) => t.dimension === dimension)!.cells;
    expect(table('BORDER').filter((cell) => cell.count !== null && cell.count >= 5)).toHaveLength(3);
    expect(table('MONTH').length).toBeGreaterThanOrEqual(5);
    expect(figures.timeToAcknowledge.medianHours).toBeGreaterThan(1);
  });

  it('holds two registered records and two checks by INM, a hit and a possible match', async () => {
    const rows = await demo.api.server.orm.em
      .fork()
      .execute<{ outcome: string }[]>('select outcome from identity_check order by created_at');
    expect(rows.map((row) => row.outcome)).toEqual(['HIT', 'POSSIBLE_MATCH']);
  });

  it("shows PNC's agency admin its own retention term in force, two closed referrals due now and one soon", async () => {
    // An admin enrols a second factor at the first sign-in, as on the demo's sign-in screen.
    const email = 'agency-admin.gt-pnc@demo.enlace.example';
    const first = await demo.api.graphql<{ signIn: { status: string } }>(SIGN_IN, { email, password: DEMO_PASSWORD });
    expect(first.data?.signIn.status).toBe('TOTP_ENROLMENT_REQUIRED');
    const pending = sessionCookieOf(first.headers)!;
    const started = await demo.api.graphql<{ startTotpEnrolment: { secret: string } }>(
      'mutation { startTotpEnrolment { secret } }',
      {},
      { cookie: pending },
    );
    const confirmed = await demo.api.graphql(
      'mutation ($code: String!) { confirmTotpEnrolment(code: $code) { status } }',
      { code: await totpCode(started.data!.startTotpEnrolment.secret) },
      { cookie: pending },
    );
    expect(confirmed.errors).toBeUndefined();
    const cookie = sessionCookieOf(confirmed.headers)!;
    const result = await demo.api.graphql<{
      agencyRetention: {
        canUpdate: boolean;
        lines: {
          kind: string;
          termDays: number;
          agencyTermDays: number | null;
          dueNow: number;
          dueWithin30Days: number;
        }[];
      };
    }>(
      '{ agencyRetention { canUpdate lines { kind termDays agencyTermDays dueNow dueWithin30Days } } }',
      {},
      { cookie },
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.agencyRetention;
    expect(report.canUpdate).toBe(true);
    expect(report.lines.find((line) => line.kind === 'CLOSED_REFERRALS')).toEqual({
      kind: 'CLOSED_REFERRALS',
      termDays: 730,
      agencyTermDays: 730,
      dueNow: 2,
      dueWithin30Days: 1,
    });
  });
}
