import { startTestServer, type TestServer } from '../support/test-server';

/** `pnpm demo`: plans in several states and a cross-border return handed over to IOM Nicaragua. */
describe('demo data for durable solutions', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ ENLACE_DEMO: 'true' });
    // Seeding the whole demo takes most of a minute on a busy 2-core machine.
  }, 180_000);
  afterAll(() => api.stop());

  const signIn = async (email: string) => {
    const answer = await api.graphql<{ signIn: { status: string } }>(
      'mutation ($email: String!) { signIn(email: $email, password: "Enlace-Demo-2026") { status } }',
      { email },
    );
    expect(answer.data?.signIn.status).toBe('SIGNED_IN');
    return answer.headers.getSetCookie()[0].split(';')[0];
  };

  it("gives PANI's case worker open plans and IOM Nicaragua the handed-over return with an overdue follow-up", async () => {
    const pani = await signIn('case-worker.cr-pani@demo.enlace.example');
    const mine = await api.graphql<{
      myDurablePlans: { solution: string; referrals: { status: string; determinationPanelRoles: string[] | null }[] }[];
    }>('{ myDurablePlans { solution referrals { status determinationPanelRoles } } }', {}, { cookie: pani });
    expect(mine.data!.myDurablePlans.map((plan) => plan.solution).sort()).toEqual([
      'LOCAL_INTEGRATION',
      'RESETTLEMENT',
      'VOLUNTARY_RETURN',
    ]);
    // Yahoska's relocation to her sister in Panama: a child's referral with the panel's best-interests determination.
    const relocation = mine.data!.myDurablePlans.find((plan) => plan.solution === 'RESETTLEMENT')!;
    expect(relocation.referrals).toEqual([{ status: 'SENT', determinationPanelRoles: expect.any(Array) }]);
    expect(relocation.referrals[0]!.determinationPanelRoles).toHaveLength(3);
    const iom = await signIn('case-worker.ni-oim@demo.enlace.example');
    const incoming = await api.graphql<{
      incomingSolutionReferrals: { status: string; sharedSurvivor: { givenNames: string } | null }[];
    }>('{ incomingSolutionReferrals { status sharedSurvivor { givenNames } } }', {}, { cookie: iom });
    expect(incoming.data!.incomingSolutionReferrals).toEqual([
      { status: 'HANDED_OVER', sharedSurvivor: { givenNames: 'Darwin' } },
    ]);
    const plans = await api.graphql<{ myDurablePlans: { followUps: { overdue: boolean }[] }[] }>(
      '{ myDurablePlans { followUps { overdue } } }',
      {},
      { cookie: iom },
    );
    expect(plans.data!.myDurablePlans[0]!.followUps.map((f) => f.overdue)).toEqual([true, false, false]);
  });
});
