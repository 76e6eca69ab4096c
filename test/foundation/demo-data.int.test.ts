import { startTestServer, type TestServer } from '../support/test-server';

/** `pnpm demo` on an empty database: real borders, an account per role, referrals at several stages. */
describe('demo data', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ ENLACE_DEMO: 'true' });
    // Seeding the whole demo takes most of a minute on a busy 2-core machine.
  }, 180_000);
  afterAll(() => api.stop());

  it('lets the Guatemalan liaison officer sign in with the documented password and find referrals', async () => {
    const signIn = await api.graphql<{ signIn: { status: string } }>(
      'mutation { signIn(email: "liaison-officer.gt-igm@demo.enlace.example", password: "Enlace-Demo-2026") { status } }',
    );
    expect(signIn.data?.signIn.status).toBe('SIGNED_IN');
    const cookie = signIn.headers.getSetCookie()[0].split(';')[0];
    const result = await api.graphql<{
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
    expect(result.data?.outbox.edges[0].node.reference).toMatch(/^GT-MX-\d{4}-\d{6}$/);
  });

  it('is loaded only once: a restart on the same database adds nothing', async () => {
    const again = await startTestServer({ ENLACE_DEMO: 'true' });
    await again.stop();
    const [{ count }] = await api.server.orm.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as count from referral');
    expect(count).toBe(4);
  });
});

describe('the demo identity checks', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ ENLACE_DEMO: 'true' });
  }, 120_000);
  afterAll(() => api?.stop());

  it('holds two registered records and two checks by INM, a hit and a possible match', async () => {
    const rows = await api.server.orm.em
      .fork()
      .execute<{ outcome: string }[]>('select outcome from identity_check order by created_at');
    expect(rows.map((row) => row.outcome)).toEqual(['HIT', 'POSSIBLE_MATCH']);
  });
});
