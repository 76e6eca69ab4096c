import type { SeededDemo } from './demo-server';

/** Plans in several states and a cross-border return handed over to IOM Nicaragua. */
export function durableSolutionsDemoChecks(demo: SeededDemo) {
  it("gives PANI's case worker open plans and IOM Nicaragua the handed-over return with an overdue follow-up", async () => {
    const pani = await demo.signIn('case-worker.cr-pani@demo.enlace.example');
    const mine = await demo.api.graphql<{
      myDurablePlans: {
        solution: string;
        referrals: { id: string; status: string; determinationPanelRoles: string[] | null }[];
      }[];
    }>('{ myDurablePlans { solution referrals { id status determinationPanelRoles } } }', {}, { cookie: pani });
    expect(mine.data!.myDurablePlans.map((plan) => plan.solution).sort()).toEqual([
      'LOCAL_INTEGRATION',
      'RESETTLEMENT',
      'VOLUNTARY_RETURN',
      'VOLUNTARY_RETURN',
    ]);
    // Marvin's return to a place assessed not safe, on his informed wish: waiting for PANI's supervisor.
    const returns = mine.data!.myDurablePlans.filter((plan) => plan.solution === 'VOLUNTARY_RETURN');
    expect(returns.flatMap((plan) => plan.referrals.map((referral) => referral.status)).sort()).toEqual([
      'AWAITING_CONFIRMATION',
      'HANDED_OVER',
    ]);
    const supervisor = await demo.signIn('protection-supervisor.cr-pani@demo.enlace.example');
    const waiting = returns.flatMap((plan) => plan.referrals).find((r) => r.status === 'AWAITING_CONFIRMATION')!;
    const held = await demo.api.graphql<{ solutionReferral: { myActions: string[] } }>(
      'query ($id: ID!) { solutionReferral(id: $id) { myActions } }',
      { id: waiting.id },
      { cookie: supervisor },
    );
    expect(held.data!.solutionReferral.myActions).toContain('confirm');
    // Yahoska's relocation to her sister in Panama: a child's referral with the panel's best-interests determination.
    const relocation = mine.data!.myDurablePlans.find((plan) => plan.solution === 'RESETTLEMENT')!;
    expect(relocation.referrals).toEqual([
      { id: expect.any(String), status: 'SENT', determinationPanelRoles: expect.any(Array) },
    ]);
    expect(relocation.referrals[0]!.determinationPanelRoles).toHaveLength(3);
    const iom = await demo.signIn('case-worker.ni-oim@demo.enlace.example');
    const incoming = await demo.api.graphql<{
      incomingSolutionReferrals: { status: string; sharedSurvivor: { givenNames: string } | null }[];
    }>('{ incomingSolutionReferrals { status sharedSurvivor { givenNames } } }', {}, { cookie: iom });
    expect(incoming.data!.incomingSolutionReferrals).toEqual([
      { status: 'HANDED_OVER', sharedSurvivor: { givenNames: 'Darwin' } },
    ]);
    const plans = await demo.api.graphql<{ myDurablePlans: { followUps: { overdue: boolean }[] }[] }>(
      '{ myDurablePlans { followUps { overdue } } }',
      {},
      { cookie: iom },
    );
    expect(plans.data!.myDurablePlans[0]!.followUps.map((f) => f.overdue)).toEqual([true, false, false]);
  });
}
