import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import { agencyWithStaff, aSurvivor, durableKeysEnv, PLAN_FIELDS, WISHES, type Staff } from './durable-fixtures';

interface Plan {
  id: string;
  survivorCode: string;
  status: string;
  wishes: string | null;
  restrictedFields: string[];
  myActions: string[];
  progress: { met: number; applicable: number };
  criteria: { criterion: string; status: string; evidence: string | null }[];
  history: { criterion: string; status: string }[];
}

const OPEN = `mutation ($input: DurablePlanInput!) { openDurablePlan(input: $input) { ${PLAN_FIELDS} } }`;
const READ = `query ($id: ID!) { durablePlan(id: $id) { ${PLAN_FIELDS} } }`;
const ASSESS = `mutation ($input: CriterionAssessmentInput!) { assessDurableCriterion(input: $input) { ${PLAN_FIELDS} } }`;
const CLOSE = `mutation ($input: DurablePlanClosureInput!) { closeDurablePlan(input: $input) { ${PLAN_FIELDS} } }`;

const today = () => new Date().toISOString().slice(0, 10);

describe("A survivor's durable-solutions plan on the IASC criteria, owned by the holding agency's case worker", () => {
  let api: TestServer;
  let cr: Record<'auditor' | 'colleague' | 'liaison' | 'supervisor' | 'worker', Staff>;
  let ni: Record<'worker', Staff>;
  let survivorId: string;
  let planId: string;

  beforeAll(async () => {
    api = await startTestServer(durableKeysEnv());
    cr = (
      await agencyWithStaff(api.server.orm, 'CR', 'America/Costa_Rica', {
        worker: Role.CASE_WORKER,
        colleague: Role.CASE_WORKER,
        supervisor: Role.PROTECTION_SUPERVISOR,
        liaison: Role.LIAISON_OFFICER,
        auditor: Role.AUDITOR,
      })
    ).staff;
    ni = (await agencyWithStaff(api.server.orm, 'NI', 'America/Managua', { worker: Role.CASE_WORKER })).staff;
    survivorId = (await aSurvivor(api, cr.worker.cookie)).id;
  });
  afterAll(() => api.stop());

  const sql = <T>(query: string, params: unknown[] = []) =>
    api.server.orm.em.fork().getConnection().execute<T[]>(query, params);
  const call = <T = { [key: string]: Plan }>(who: Staff, query: string, variables: Record<string, unknown>) =>
    api.graphql<T>(query, variables, { cookie: who.cookie });
  const read = async (who: Staff, id = planId) => call<{ durablePlan: Plan }>(who, READ, { id });

  it('refuses bad input with a translated error naming the field, and creates nothing', async () => {
    const empty = await call(cr.worker, OPEN, { input: { survivorId, solution: 'VOLUNTARY_RETURN', wishes: '  ' } });
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.wishes': 'error.durableSolutions.wishesRequired' },
    });
    const long = await call(cr.worker, OPEN, {
      input: { survivorId, solution: 'VOLUNTARY_RETURN', wishes: 'x'.repeat(4_001) },
    });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await sql('select 1 from durable_plan where survivor_id = ?', [survivorId])).toHaveLength(0);
  });

  it('lets only the assigned case worker open it: eight criteria not started, the wishes sealed in the database', async () => {
    const byColleague = await call(cr.colleague, OPEN, {
      input: { survivorId, solution: 'VOLUNTARY_RETURN', wishes: WISHES },
    });
    expect(byColleague.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byForeign = await call(ni.worker, OPEN, {
      input: { survivorId, solution: 'VOLUNTARY_RETURN', wishes: WISHES },
    });
    expect(byForeign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const opened = await call<{ openDurablePlan: Plan }>(cr.worker, OPEN, {
      input: { survivorId, solution: 'VOLUNTARY_RETURN', wishes: WISHES },
    });
    const plan = opened.data!.openDurablePlan;
    planId = plan.id;
    expect(plan.status).toBe('OPEN');
    expect(plan.wishes).toBe(WISHES);
    expect(plan.survivorCode).toMatch(/^SV-CR-\d{4}-\d{5}$/);
    expect(plan.criteria.map((entry) => entry.criterion)).toEqual([
      'SAFETY_AND_SECURITY',
      'STANDARD_OF_LIVING',
      'LIVELIHOODS',
      'HOUSING_LAND_PROPERTY',
      'DOCUMENTATION',
      'FAMILY_REUNIFICATION',
      'PUBLIC_AFFAIRS',
      'REMEDIES_AND_JUSTICE',
    ]);
    expect(new Set(plan.criteria.map((entry) => entry.status))).toEqual(new Set(['NOT_STARTED']));
    expect(plan.progress).toEqual({ met: 0, applicable: 8 });
    expect(plan.myActions).toEqual(['update', 'assess', 'close']);

    const [row] = await sql<{ t: string; sealed_wishes: Buffer }>(
      'select p::text as t, sealed_wishes from durable_plan p where id = ?',
      [planId],
    );
    expect(row!.t).not.toContain('Chinandega');
    expect(row!.sealed_wishes.includes(Buffer.from('Chinandega'))).toBe(false);

    const again = await call(cr.worker, OPEN, { input: { survivorId, solution: 'LOCAL_INTEGRATION', wishes: WISHES } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it("shows the plan to the holding agency's caseload, the wishes to the owner only, each read audited", async () => {
    const before = await sql(`select 1 from audit_event where entity_id = ? and action = 'personal-data.read'`, [
      planId,
    ]);
    expect((await read(cr.worker)).data!.durablePlan.wishes).toBe(WISHES);
    const after = await sql<{ fields: string[] }>(
      `select fields from audit_event where entity_id = ? and action = 'personal-data.read'`,
      [planId],
    );
    expect(after.length).toBe(before.length + 1);

    for (const who of [cr.colleague, cr.supervisor]) {
      const plan = (await read(who)).data!.durablePlan;
      expect(plan.wishes).toBeNull();
      expect(plan.restrictedFields).toEqual(['wishes']);
      expect(plan.myActions).toEqual([]);
    }
    const noted = await sql(`select 1 from audit_event where entity_id = ? and action = 'personal-data.read'`, [
      planId,
    ]);
    expect(noted.length).toBe(after.length);
  });

  it('answers a foreign agency exactly like a missing plan, and refuses roles outside the caseload', async () => {
    const foreign = await read(ni.worker);
    const missing = await read(ni.worker, '01900000-0000-7000-8000-000000000000');
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const ofSurvivor = await call<{ durablePlanOfSurvivor: null }>(
      ni.worker,
      'query ($s: ID!) { durablePlanOfSurvivor(survivorId: $s) { id } }',
      { s: survivorId },
    );
    expect(ofSurvivor.data!.durablePlanOfSurvivor).toBeNull();
    for (const who of [cr.liaison, cr.auditor])
      expect((await read(who)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records assessments: progress is criteria met of those that apply, and the history keeps each one', async () => {
    const assess = (who: Staff, input: Record<string, unknown>) =>
      call<{ assessDurableCriterion: Plan }>(who, ASSESS, { input: { planId, assessedOn: today(), ...input } });
    const noEvidence = await assess(cr.worker, { criterion: 'DOCUMENTATION', status: 'MET' });
    expect(noEvidence.errors?.[0]?.extensions).toMatchObject({
      fields: { 'input.evidence': 'error.durableSolutions.evidenceRequired' },
    });
    const future = await assess(cr.worker, {
      criterion: 'DOCUMENTATION',
      status: 'IN_PROGRESS',
      assessedOn: '2999-01-01',
    });
    expect(future.errors?.[0]?.extensions).toMatchObject({
      fields: { 'input.assessedOn': 'error.durableSolutions.inTheFuture' },
    });
    expect(
      (await assess(cr.colleague, { criterion: 'DOCUMENTATION', status: 'IN_PROGRESS' })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await sql('select 1 from durable_criterion_assessment where plan_id = ?', [planId])).toHaveLength(0);

    await assess(cr.worker, {
      criterion: 'DOCUMENTATION',
      status: 'IN_PROGRESS',
      responsibleOrganisation: 'Consulado de Nicaragua',
    });
    await assess(cr.worker, {
      criterion: 'DOCUMENTATION',
      status: 'MET',
      evidence: 'Cédula repuesta el 2 de diciembre',
    });
    const last = await assess(cr.worker, { criterion: 'PUBLIC_AFFAIRS', status: 'NOT_APPLICABLE' });
    const plan = last.data!.assessDurableCriterion;
    expect(plan.progress).toEqual({ met: 1, applicable: 7 });
    expect(plan.criteria.find((entry) => entry.criterion === 'DOCUMENTATION')).toMatchObject({
      status: 'MET',
      evidence: 'Cédula repuesta el 2 de diciembre',
    });
    expect(plan.history.map((entry) => `${entry.criterion}:${entry.status}`)).toEqual([
      'PUBLIC_AFFAIRS:NOT_APPLICABLE',
      'DOCUMENTATION:MET',
      'DOCUMENTATION:IN_PROGRESS',
    ]);
  });

  it('closes only with an outcome and a reason, and a closed plan takes no more assessments', async () => {
    const noReason = await call(cr.worker, CLOSE, { input: { planId, outcome: 'LOST_CONTACT', reason: 'no' } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      fields: { 'input.reason': 'error.durableSolutions.reasonRequired' },
    });
    expect(
      (
        await call(cr.colleague, CLOSE, {
          input: { planId, outcome: 'LOST_CONTACT', reason: 'Sin contacto desde octubre' },
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const closed = await call<{ closeDurablePlan: Plan }>(cr.worker, CLOSE, {
      input: { planId, outcome: 'LOST_CONTACT', reason: 'Sin contacto desde octubre' },
    });
    expect(closed.data!.closeDurablePlan.status).toBe('CLOSED');
    const late = await call(cr.worker, ASSESS, {
      input: { planId, criterion: 'LIVELIHOODS', status: 'IN_PROGRESS', assessedOn: today() },
    });
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
