import { Role } from '../../server/src/platform/authz/roles';
import { aMechanism } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import { agencyWithStaff, aSurvivor, durableKeysEnv, type Staff } from './durable-fixtures';

const SEND = `mutation ($input: SolutionReferralInput!) { sendSolutionReferral(input: $input) { id status informedWish
  bestInterestsAssessedOn bestInterestsReference bestInterestsDeterminedOn determinationPanelRoles guardian } }`;
const READ = `query ($id: ID!) { solutionReferral(id: $id) { id status myActions confirmedAt } }`;
const INBOX = `{ incomingSolutionReferrals { id status } }`;
const CONFIRM = `mutation ($input: SolutionReferralConfirmationInput!) { confirmSolutionReferral(input: $input) { status } }`;

const today = () => new Date().toISOString().slice(0, 10);
const WISHES = 'Quiere volver con su abuela aunque sabe del riesgo';
const BIA = { assessedOn: '2026-11-20', reference: 'PANI-BIA-2026-331', guardian: 'Representante legal del PANI' };
const BID = { determinedOn: '2026-11-27', panelRoles: ['Jefa de protección PANI', 'Psicóloga', 'Oficial de OIM'] };

/**
 * The safeguards of a solution referral: a return to a place assessed not safe goes only at the person's informed
 * wish and after the holding supervisor confirms it (the recipient sees nothing before); a child needs a
 * best-interests assessment and a guardian, and for a return or relocation a determination by a panel.
 */
describe('Solution referral safeguards: supervisor confirmation and best interests of the child', () => {
  let api: TestServer;
  let cr: Record<'supervisor' | 'worker', Staff>;
  let ni: Record<'supervisor' | 'worker', Staff>;
  let niAgency: string;
  let mechanismId: string;

  beforeAll(async () => {
    api = await startTestServer(durableKeysEnv());
    const orm = api.server.orm;
    const own = await agencyWithStaff(orm, 'CR', 'America/Costa_Rica', {
      worker: Role.CASE_WORKER,
      supervisor: Role.PROTECTION_SUPERVISOR,
    });
    cr = own.staff;
    const iom = await agencyWithStaff(orm, 'NI', 'America/Managua', {
      worker: Role.CASE_WORKER,
      supervisor: Role.PROTECTION_SUPERVISOR,
    });
    ni = iom.staff;
    niAgency = iom.agency.id;
    mechanismId = (await aMechanism(orm, { countries: ['CR', 'NI'], members: [own.agency, iom.agency] })).id;
  });
  afterAll(() => api.stop());

  const call = <T = Record<string, unknown>>(who: Staff, query: string, variables: Record<string, unknown> = {}) =>
    api.graphql<T>(query, variables, { cookie: who.cookie });
  const fieldsOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.fields;

  /** A survivor with a plan and a consent covering IOM Nicaragua for her given names. */
  const planFor = async (solution: string, input: Record<string, unknown> = {}) => {
    const survivor = await aSurvivor(api, cr.worker.cookie, input);
    const texts = await call<{ consentTexts: { id: string }[] }>(cr.worker, '{ consentTexts { id } }');
    const child = Array.isArray(input.vulnerabilities) && input.vulnerabilities.length > 0;
    const consent = await call(cr.worker, 'mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }', {
      input: {
        survivorId: survivor.id,
        categories: ['IDENTITY'],
        recipientAgencyId: niAgency,
        purposes: ['FAMILY_TRACING'],
        validFrom: today(),
        validUntil: '2027-12-31',
        method: 'SIGNED_FORM',
        signedFormReference: 'F-2026-201',
        givenBy: child ? 'CHILD_AND_GUARDIAN' : 'PERSON',
        ...(child ? { childAssent: true, guardianName: 'Tutora PANI' } : {}),
        consentTextId: texts.data!.consentTexts[0]!.id,
      },
    });
    expect(consent.errors).toBeUndefined();
    const opened = await call<{ openDurablePlan: { id: string } }>(
      cr.worker,
      'mutation ($input: DurablePlanInput!) { openDurablePlan(input: $input) { id } }',
      { input: { survivorId: survivor.id, solution, wishes: WISHES } },
    );
    return opened.data!.openDurablePlan.id;
  };
  const referral = (planId: string, changes: Record<string, unknown> = {}) => ({
    planId,
    recipientAgencyId: niAgency,
    mechanismId,
    purposes: ['FAMILY_TRACING'],
    sharedFields: ['givenNames'],
    returnRisk: 'SAFE',
    ...changes,
  });

  it('holds a return to a place not safe for the supervisor, unseen by the recipient, until confirmed', async () => {
    const planId = await planFor('VOLUNTARY_RETURN');
    const notSafe = { returnRisk: 'NOT_SAFE', riskDetails: 'La red sigue activa en Chinandega' };
    expect(fieldsOf(await call(cr.worker, SEND, { input: referral(planId, notSafe) }))).toEqual({
      'input.returnRisk': 'error.durableSolutions.returnNotSafe',
    });
    const held = await call<{ sendSolutionReferral: { id: string; status: string; informedWish: boolean } }>(
      cr.worker,
      SEND,
      { input: referral(planId, { ...notSafe, informedWish: true }) },
    );
    expect(held.data!.sendSolutionReferral).toMatchObject({ status: 'AWAITING_CONFIRMATION', informedWish: true });
    const id = held.data!.sendSolutionReferral.id;

    expect((await call(ni.worker, READ, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await call<{ incomingSolutionReferrals: unknown[] }>(ni.worker, INBOX)).data!.incomingSolutionReferrals,
    ).toEqual([]);
    // The case worker cannot confirm their own referral; the holding supervisor is offered it.
    expect(
      (await call(cr.worker, CONFIRM, { input: { referralId: id, confirm: true } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await call(ni.supervisor, CONFIRM, { input: { referralId: id, confirm: true } })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    const seen = await call<{ solutionReferral: { myActions: string[] } }>(cr.supervisor, READ, { id });
    expect(seen.data!.solutionReferral.myActions).toEqual(['confirm']);

    // The supervisor reads the person's wishes through the held referral (and only that field, audited); the
    // sender's case worker reads them on the plan, not here; once confirmed, the supervisor no longer does.
    const readWishes = (who: Staff) =>
      call<{ solutionReferral: { personWishes: string | null; restrictedFields: string[] } }>(
        who,
        'query ($id: ID!) { solutionReferral(id: $id) { personWishes restrictedFields } }',
        { id },
      );
    const audited = () =>
      api.server.orm.em
        .fork()
        .getConnection()
        .execute<{ actor_id: string; fields: string[] }[]>(
          `select actor_id, fields from audit_event where entity_id = ? and action = 'personal-data.read'`,
          [id],
        );
    expect(await audited()).toEqual([]);
    const forSupervisor = (await readWishes(cr.supervisor)).data!.solutionReferral;
    expect(forSupervisor).toEqual({ personWishes: WISHES, restrictedFields: [] });
    expect((await audited()).map((row) => row.fields)).toEqual([['personWishes']]);
    expect((await readWishes(cr.worker)).data!.solutionReferral).toEqual({
      personWishes: null,
      restrictedFields: ['personWishes'],
    });
    expect(await audited()).toHaveLength(1);

    const confirmed = await call(cr.supervisor, CONFIRM, { input: { referralId: id, confirm: true } });
    expect(confirmed.data).toEqual({ confirmSolutionReferral: { status: 'SENT' } });
    const received = await call<{ solutionReferral: { status: string; myActions: string[]; confirmedAt: string } }>(
      ni.worker,
      READ,
      { id },
    );
    expect(received.data!.solutionReferral).toMatchObject({ status: 'SENT', myActions: ['respond', 'close'] });
    expect(received.data!.solutionReferral.confirmedAt).toBeTruthy();
    expect((await readWishes(cr.supervisor)).data!.solutionReferral.personWishes).toBeNull();
    expect((await readWishes(ni.worker)).data!.solutionReferral.personWishes).toBeNull();
    expect(await audited()).toHaveLength(1);
  });

  it('lets the supervisor stop such a referral with a reason, closing it', async () => {
    const planId = await planFor('VOLUNTARY_RETURN');
    const held = await call<{ sendSolutionReferral: { id: string } }>(cr.worker, SEND, {
      input: referral(planId, { returnRisk: 'NOT_SAFE', riskDetails: 'Amenazas recientes', informedWish: true }),
    });
    const referralId = held.data!.sendSolutionReferral.id;
    expect(fieldsOf(await call(cr.supervisor, CONFIRM, { input: { referralId, confirm: false } }))).toEqual({
      'input.reason': 'error.durableSolutions.reasonRequired',
    });
    const stopped = await call(cr.supervisor, CONFIRM, {
      input: { referralId, confirm: false, reason: 'Primero un plan de seguridad con la fiscalía' },
    });
    expect(stopped.data).toEqual({ confirmSolutionReferral: { status: 'CLOSED' } });
  });

  it("refuses a child's return without the best-interests procedure and guardian, naming each field", async () => {
    const planId = await planFor('VOLUNTARY_RETURN', { vulnerabilities: ['UNACCOMPANIED_OR_SEPARATED_CHILD'] });
    expect(fieldsOf(await call(cr.worker, SEND, { input: referral(planId) }))).toEqual({
      'input.bestInterests': 'error.durableSolutions.childNeedsBestInterests',
    });
    expect(
      fieldsOf(await call(cr.worker, SEND, { input: referral(planId, { bestInterests: { ...BIA, guardian: ' ' } }) })),
    ).toEqual({
      'input.bestInterests.guardian': 'error.durableSolutions.guardianRequired',
      'input.bestInterests.determinedOn': 'error.durableSolutions.determinationRequired',
      'input.bestInterests.panelRoles': 'error.durableSolutions.panelRolesRequired',
    });
    const onePerson = { ...BIA, ...BID, panelRoles: ['Jefa de protección PANI'] };
    expect(fieldsOf(await call(cr.worker, SEND, { input: referral(planId, { bestInterests: onePerson }) }))).toEqual({
      'input.bestInterests.panelRoles': 'error.durableSolutions.panelRolesRequired',
    });
    const sent = await call<{ sendSolutionReferral: Record<string, unknown> }>(cr.worker, SEND, {
      input: referral(planId, { bestInterests: { ...BIA, ...BID } }),
    });
    expect(sent.data!.sendSolutionReferral).toMatchObject({
      status: 'SENT',
      bestInterestsAssessedOn: BIA.assessedOn,
      bestInterestsReference: BIA.reference,
      bestInterestsDeterminedOn: BID.determinedOn,
      determinationPanelRoles: BID.panelRoles,
      guardian: BIA.guardian,
    });
  });
});
