import { remindOverdueFollowUps } from '../../server/src/modules/durable-solutions/follow-up.service';
import { Role } from '../../server/src/platform/authz/roles';
import { aMechanism } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import { agencyWithStaff, aSurvivor, durableKeysEnv, WISHES, type Staff } from './durable-fixtures';

const SEND = `mutation ($input: SolutionReferralInput!) { sendSolutionReferral(input: $input) { id status destination } }`;
const READ = `query ($id: ID!) { solutionReferral(id: $id) { id status survivorCode accessCut
  sharedSurvivor { code givenNames familyNames estimatedAge languages phones } } }`;
const RESPOND = `mutation ($input: SolutionReferralResponseInput!) { respondToSolutionReferral(input: $input) { status } }`;
const HAND_OVER = `mutation ($input: HandOverInput!) { recordHandOver(input: $input) { status handedOverOn } }`;
const PLAN = `query ($id: ID!) { durablePlan(id: $id) { wishes leadAgency { id } partnerAgency { id } progress { met applicable }
  followUps { id monthsAfter dueOn overdue fileable filedAt } } }`;
const ASSESS = `mutation ($input: CriterionAssessmentInput!) { assessDurableCriterion(input: $input) { id } }`;
const FILE = `mutation ($input: FollowUpReportInput!) { fileFollowUp(input: $input) { filedAt } }`;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('Durable-solution referrals: under consent, through a shared mechanism, hand-over and follow-up', () => {
  let api: TestServer;
  let cr: Record<'colleague' | 'worker', Staff>;
  let ni: Record<'supervisor' | 'worker', Staff>;
  let gt: Record<'worker', Staff>;
  let niAgency: string;
  let gtAgency: string;
  let mechanismId: string;
  let survivorId: string;
  let planId: string;
  let consentId: string;
  let referralId: string;

  beforeAll(async () => {
    api = await startTestServer(durableKeysEnv());
    const orm = api.server.orm;
    const own = await agencyWithStaff(orm, 'CR', 'America/Costa_Rica', {
      worker: Role.CASE_WORKER,
      colleague: Role.CASE_WORKER,
    });
    cr = own.staff;
    const iom = await agencyWithStaff(orm, 'NI', 'America/Managua', {
      worker: Role.CASE_WORKER,
      supervisor: Role.PROTECTION_SUPERVISOR,
    });
    ni = iom.staff;
    niAgency = iom.agency.id;
    const outsider = await agencyWithStaff(orm, 'GT', 'America/Guatemala', { worker: Role.CASE_WORKER });
    gt = outsider.staff;
    gtAgency = outsider.agency.id;
    mechanismId = (await aMechanism(orm, { countries: ['CR', 'NI'], members: [own.agency, iom.agency] })).id;
    survivorId = (await aSurvivor(api, cr.worker.cookie, { estimatedAge: 24, phones: ['+505 8812 4477'] })).id;
    const opened = await api.graphql<{ openDurablePlan: { id: string } }>(
      `mutation ($input: DurablePlanInput!) { openDurablePlan(input: $input) { id } }`,
      { input: { survivorId, solution: 'VOLUNTARY_RETURN', wishes: WISHES } },
      { cookie: cr.worker.cookie },
    );
    planId = opened.data!.openDurablePlan.id;
  });
  afterAll(() => api.stop());

  const call = <T = Record<string, unknown>>(who: Staff, query: string, variables: Record<string, unknown>) =>
    api.graphql<T>(query, variables, { cookie: who.cookie });
  const sql = <T>(query: string, params: unknown[] = []) =>
    api.server.orm.em.fork().getConnection().execute<T[]>(query, params);
  const referral = (changes: Record<string, unknown> = {}) => ({
    planId,
    recipientAgencyId: niAgency,
    mechanismId,
    purposes: ['LIVELIHOOD'],
    sharedFields: ['givenNames', 'estimatedAge', 'languages'],
    returnRisk: 'SAFE_WITH_CONDITIONS',
    riskDetails: 'Acompañamiento de OIM en el viaje; no volver al barrio de la red',
    ...changes,
  });
  const fieldsOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.fields;
  const recordConsent = async (categories: string[]) => {
    const texts = await call<{ consentTexts: { id: string }[] }>(cr.worker, '{ consentTexts { id } }', {});
    const result = await call<{ recordConsent: { id: string } }>(
      cr.worker,
      'mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }',
      {
        input: {
          survivorId,
          categories,
          recipientAgencyId: niAgency,
          purposes: ['LIVELIHOOD', 'FAMILY_TRACING'],
          validFrom: day(0),
          validUntil: day(300),
          method: 'SIGNED_FORM',
          signedFormReference: 'F-2026-114',
          givenBy: 'PERSON',
          consentTextId: texts.data!.consentTexts[0]!.id,
        },
      },
    );
    return result.data!.recordConsent.id;
  };

  it('refuses a referral the guards stop, naming the field, and writes nothing', async () => {
    expect(fieldsOf(await call(cr.worker, SEND, { input: referral({ returnRisk: null }) }))).toEqual({
      'input.returnRisk': 'error.durableSolutions.riskAssessmentRequired',
    });
    expect(fieldsOf(await call(cr.worker, SEND, { input: referral({ returnRisk: 'NOT_SAFE' }) }))).toMatchObject({
      'input.returnRisk': 'error.durableSolutions.returnNotSafe',
    });
    expect(fieldsOf(await call(cr.worker, SEND, { input: referral({ recipientAgencyId: gtAgency }) }))).toMatchObject({
      'input.mechanismId': 'error.durableSolutions.notBothMembers',
    });
    expect(fieldsOf(await call(cr.worker, SEND, { input: referral({ sharedFields: ['password'] }) }))).toMatchObject({
      'input.sharedFields': 'error.durableSolutions.fieldUnknown',
    });
    // No consent at all, then a consent that does not cover contact data.
    expect(fieldsOf(await call(cr.worker, SEND, { input: referral() }))).toEqual({
      'input.recipientAgencyId': 'error.durableSolutions.consentNotCovering',
    });
    consentId = await recordConsent(['IDENTITY', 'AGE_AND_SEX', 'LANGUAGES']);
    expect(
      fieldsOf(await call(cr.worker, SEND, { input: referral({ sharedFields: ['givenNames', 'phones'] }) })),
    ).toEqual({ 'input.recipientAgencyId': 'error.durableSolutions.consentNotCovering' });
    expect(fieldsOf(await call(cr.worker, SEND, { input: referral({ purposes: ['SAFE_SHELTER'] }) }))).toEqual({
      'input.recipientAgencyId': 'error.durableSolutions.consentNotCovering',
    });
    expect((await call(cr.colleague, SEND, { input: referral() })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await sql('select 1 from durable_solution_referral where plan_id = ?', [planId])).toHaveLength(0);
  });

  it('refuses a child without best-interests procedures with a clear error', async () => {
    const child = await aSurvivor(api, cr.worker.cookie, { vulnerabilities: ['UNACCOMPANIED_OR_SEPARATED_CHILD'] });
    const plan = await call<{ openDurablePlan: { id: string } }>(
      cr.worker,
      `mutation ($input: DurablePlanInput!) { openDurablePlan(input: $input) { id } }`,
      { input: { survivorId: child.id, solution: 'VOLUNTARY_RETURN', wishes: 'Volver con su abuela' } },
    );
    const refused = await call(cr.worker, SEND, { input: referral({ planId: plan.data!.openDurablePlan.id }) });
    expect(fieldsOf(refused)).toMatchObject({
      'input.bestInterests': 'error.durableSolutions.childNeedsBestInterests',
    });
  });

  it('lets the recipient read exactly the chosen fields while consent holds, each read audited', async () => {
    const sent = await call<{ sendSolutionReferral: { id: string; status: string; destination: string } }>(
      cr.worker,
      SEND,
      { input: referral() },
    );
    expect(sent.data!.sendSolutionReferral).toMatchObject({ status: 'SENT', destination: 'COUNTRY_OF_ORIGIN' });
    referralId = sent.data!.sendSolutionReferral.id;

    const seen = await call<{ solutionReferral: { sharedSurvivor: Record<string, unknown> } }>(ni.worker, READ, {
      id: referralId,
    });
    expect(seen.data!.solutionReferral.sharedSurvivor).toMatchObject({
      givenNames: 'María José',
      estimatedAge: 24,
      languages: ['es'],
      familyNames: null,
      phones: null,
    });
    const audited = await sql<{ fields: string[] }>(
      `select fields from audit_event where entity_id = ? and action = 'personal-data.read' and details->>'solutionReferralId' = ?`,
      [survivorId, referralId],
    );
    expect(audited[0]!.fields.sort()).toEqual(['estimatedAge', 'givenNames', 'languages']);
    // The holding side reads the survivor through its own record, not through the referral.
    const own = await call<{ solutionReferral: { sharedSurvivor: null } }>(cr.colleague, READ, { id: referralId });
    expect(own.data!.solutionReferral.sharedSurvivor).toBeNull();
    expect((await call(gt.worker, READ, { id: referralId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Before accepting, the recipient does not see the plan.
    expect((await call(ni.worker, PLAN, { id: planId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('makes the accepting organisation co-owner, editing only the criteria entrusted to it', async () => {
    expect(
      (await call(ni.supervisor, RESPOND, { input: { referralId, accept: true } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const declineNoReason = await call(ni.worker, RESPOND, { input: { referralId, accept: false } });
    expect(fieldsOf(declineNoReason)).toEqual({ 'input.reason': 'error.durableSolutions.declineReasonRequired' });
    await call(ni.worker, RESPOND, { input: { referralId, accept: true } });
    const plan = await call<{ durablePlan: { wishes: null; partnerAgency: { id: string } } }>(ni.worker, PLAN, {
      id: planId,
    });
    expect(plan.data!.durablePlan).toMatchObject({ wishes: null, partnerAgency: { id: niAgency } });
    const assess = (who: Staff, criterion: string) =>
      call(who, ASSESS, { input: { planId, criterion, status: 'IN_PROGRESS', assessedOn: day(0) } });
    expect((await assess(ni.worker, 'LIVELIHOODS')).errors).toBeUndefined();
    expect((await assess(ni.worker, 'SAFETY_AND_SECURITY')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await assess(cr.worker, 'LIVELIHOODS')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await assess(cr.worker, 'SAFETY_AND_SECURITY')).errors).toBeUndefined();
  });

  it('records the hand-over: the lead passes, follow-ups at 3, 6 and 12 months, overdue ones mailed once', async () => {
    const byRecipient = await call(ni.worker, HAND_OVER, {
      input: { referralId, arrivedOn: '2026-08-31', leadToRecipient: true },
    });
    expect(byRecipient.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await call<{ recordHandOver: { status: string } }>(cr.worker, HAND_OVER, {
      input: { referralId, arrivedOn: '2026-08-31', leadToRecipient: true },
    });
    expect(done.data!.recordHandOver.status).toBe('HANDED_OVER');
    const plan = (
      await call<{
        durablePlan: {
          leadAgency: { id: string };
          followUps: { id: string; monthsAfter: number; dueOn: string; overdue: boolean; fileable: boolean }[];
        };
      }>(cr.worker, PLAN, { id: planId })
    ).data!.durablePlan;
    expect(plan.leadAgency.id).toBe(niAgency);
    expect(plan.followUps.map((f) => `${f.monthsAfter}:${f.dueOn}`)).toEqual([
      '3:2026-11-30',
      '6:2027-02-28',
      '12:2027-08-31',
    ]);
    const threeMonths = plan.followUps[0]!;
    const overdueNow = new Date() > new Date('2026-12-01T06:00:00Z'); // the day after, in Managua (UTC-6)
    expect(threeMonths.overdue).toBe(overdueNow);

    const reminded = await remindOverdueFollowUps(api.server.orm, api.server.config);
    const [row] = await sql<{ reminded_at: Date | null }>('select reminded_at from durable_follow_up where id = ?', [
      threeMonths.id,
    ]);
    expect(!!row!.reminded_at).toBe(overdueNow);
    if (overdueNow) expect(reminded).toBeGreaterThanOrEqual(1);
    await remindOverdueFollowUps(api.server.orm, api.server.config);
    const [again] = await sql<{ reminded_at: Date | null }>('select reminded_at from durable_follow_up where id = ?', [
      threeMonths.id,
    ]);
    expect(String(again!.reminded_at)).toBe(String(row!.reminded_at));

    // The 12-month report is not due for months: not offered, and refused if sent, with nothing changed.
    const twelveMonths = plan.followUps[2]!;
    expect(plan.followUps.map((f) => f.fileable)).toEqual([true, false, false]);
    const early = await call(ni.worker, FILE, {
      input: {
        followUpId: twelveMonths.id,
        summary: 'Visita adelantada: todo en orden, según la madre.',
        assessments: [{ criterion: 'LIVELIHOODS', status: 'MET', assessedOn: day(0) }],
      },
    });
    expect(early.errors?.[0]?.extensions?.fields).toEqual({
      'input.followUpId': 'error.durableSolutions.followUpNotDue',
    });
    const [untouched] = await sql<{ filed_at: Date | null }>('select filed_at from durable_follow_up where id = ?', [
      twelveMonths.id,
    ]);
    expect(untouched!.filed_at).toBeNull();

    const filed = await call(ni.worker, FILE, {
      input: {
        followUpId: threeMonths.id,
        summary: 'Visita en Chinandega: vive con su madre, curso de cocina iniciado.',
        assessments: [
          { criterion: 'LIVELIHOODS', status: 'IN_PROGRESS', assessedOn: day(0) },
          { criterion: 'DOCUMENTATION', status: 'MET', evidence: 'Cédula repuesta', assessedOn: day(0) },
        ],
      },
    });
    expect(filed.errors).toBeUndefined();
    const seen = await call<{ durablePlan: { progress: { met: number }; followUps: { filedAt: string | null }[] } }>(
      cr.worker,
      PLAN,
      { id: planId },
    );
    expect(seen.data!.durablePlan.progress.met).toBe(1);
    expect(seen.data!.durablePlan.followUps[0]!.filedAt).not.toBeNull();
  });

  it('puts the follow-ups on the calendar of both organisations, month by month, and of nobody else', async () => {
    type Calendar = {
      followUpCalendar: {
        monthsAfter: number;
        dueOn: string;
        filedAt: string | null;
        owedBy: { id: string };
        plan: { id: string; survivorCode: string };
      }[];
    };
    const CALENDAR = `query ($from: LocalDate!, $until: LocalDate!) { followUpCalendar(from: $from, until: $until) {
      monthsAfter dueOn filedAt owedBy { id } plan { id survivorCode } } }`;
    const year = { from: '2026-10-01', until: '2027-09-30' };
    for (const who of [ni.worker, cr.worker]) {
      const answer = await call<Calendar>(who, CALENDAR, year);
      expect(answer.errors).toBeUndefined();
      const seen = answer.data!.followUpCalendar;
      expect(seen.map((f) => `${f.monthsAfter}:${f.dueOn}:${f.owedBy.id === niAgency}`)).toEqual([
        '3:2026-11-30:true',
        '6:2027-02-28:true',
        '12:2027-08-31:true',
      ]);
      expect(seen.every((f) => f.plan.id === planId && /^SV-/.test(f.plan.survivorCode))).toBe(true);
      expect(seen[0]!.filedAt).not.toBeNull();
    }
    const quarter = (await call<Calendar>(ni.worker, CALENDAR, { from: '2027-01-01', until: '2027-03-31' })).data!;
    expect(quarter.followUpCalendar.map((f) => f.monthsAfter)).toEqual([6]);
    expect((await call<Calendar>(gt.worker, CALENDAR, year)).data!.followUpCalendar).toEqual([]);

    expect(fieldsOf(await call(ni.worker, CALENDAR, { from: '2027-01-01', until: '2026-12-31' }))).toEqual({
      until: 'error.durableSolutions.calendarUntilBeforeFrom',
    });
    expect(fieldsOf(await call(ni.worker, CALENDAR, { from: '2026-01-01', until: '2027-12-31' }))).toEqual({
      until: 'error.durableSolutions.calendarTooLong',
    });
  });

  it('cuts the recipient off the shared fields the moment consent is withdrawn, leaving the code', async () => {
    await call(cr.worker, 'mutation ($id: ID!) { withdrawConsent(id: $id) { id } }', { id: consentId });
    const seen = await call<{ solutionReferral: { survivorCode: string; accessCut: boolean; sharedSurvivor: null } }>(
      ni.worker,
      READ,
      { id: referralId },
    );
    expect(seen.data!.solutionReferral).toMatchObject({ accessCut: true, sharedSurvivor: null });
    expect(seen.data!.solutionReferral.survivorCode).toMatch(/^SV-CR-/);
  });

  it('refuses every write on a closed plan: a follow-up report (even without assessments), nothing changed', async () => {
    const sixMonths = (
      await sql<{ id: string }>('select id from durable_follow_up where plan_id = ? and months_after = 6', [planId])
    )[0]!.id;
    // Bring the 6-month visit into its reporting window, then close the plan.
    await sql('update durable_follow_up set due_on = ? where id = ?', [day(0), sixMonths]);
    const before = await call<{ durablePlan: { followUps: { id: string; fileable: boolean }[] } }>(ni.worker, PLAN, {
      id: planId,
    });
    expect(before.data!.durablePlan.followUps.find((f) => f.id === sixMonths)!.fileable).toBe(true);
    // Both case workers' "my plans" say what is due next: the 6-month report, owed by IOM Nicaragua.
    const MINE = '{ myDurablePlans { id nextFollowUp { id monthsAfter dueOn owedBy { id } } } }';
    for (const who of [cr.worker, ni.worker]) {
      const mine = await call<{ myDurablePlans: { id: string; nextFollowUp: unknown }[] }>(who, MINE, {});
      expect(mine.data!.myDurablePlans.find((plan) => plan.id === planId)!.nextFollowUp).toEqual({
        id: sixMonths,
        monthsAfter: 6,
        dueOn: day(0),
        owedBy: { id: niAgency },
      });
    }
    const closed = await call(
      cr.worker,
      `mutation ($input: DurablePlanClosureInput!) { closeDurablePlan(input: $input) { status } }`,
      {
        input: { planId, outcome: 'PERSON_WITHDREW', reason: 'Ya no desea seguimiento, según su madre' },
      },
    );
    expect(closed.errors).toBeUndefined();
    const after = await call<{ durablePlan: { followUps: { id: string; fileable: boolean; overdue: boolean }[] } }>(
      ni.worker,
      PLAN,
      { id: planId },
    );
    expect(after.data!.durablePlan.followUps.every((f) => !f.fileable && !f.overdue)).toBe(true);
    const mineAfter = await call<{ myDurablePlans: { id: string }[] }>(ni.worker, '{ myDurablePlans { id } }', {});
    expect(mineAfter.data!.myDurablePlans.map((plan) => plan.id)).not.toContain(planId);
    for (const assessments of [
      [],
      [{ criterion: 'LIVELIHOODS', status: 'MET', evidence: 'Empleo', assessedOn: day(0) }],
    ]) {
      const late = await call(ni.worker, FILE, {
        input: { followUpId: sixMonths, summary: 'Visita tras el cierre: sin novedades que reportar.', assessments },
      });
      expect(late.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        messageKey: 'error.durableSolutions.planClosed',
      });
    }
    const [row] = await sql<{ filed_at: Date | null; summary: string | null }>(
      'select filed_at, summary from durable_follow_up where id = ?',
      [sixMonths],
    );
    expect(row).toEqual({ filed_at: null, summary: null });
    const livelihoods = await sql<{ status: string }>(
      "select status from durable_plan_criterion where plan_id = ? and criterion = 'LIVELIHOODS'",
      [planId],
    );
    expect(livelihoods[0]!.status).toBe('IN_PROGRESS');
  });
});
