import { MechanismKind, type Agency } from '../../server/src/modules/identity';
import { AgencyKind } from '../../server/src/modules/identity';
import { Role } from '../../server/src/platform/authz/roles';
import { aMechanism } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import { KEY_A, keysEnv, MARIA, protectionAgency, register, type Staff } from './protection-fixtures';
import { at } from '../support/indexing';

const REFER = `mutation ($input: ServiceReferralInput!) { referToService(input: $input) {
  id status service sharedFields sharingInForce coveredByOverride respondBy dueAt mechanism { kind } } }`;
const STEP = `mutation ($input: ServiceReferralStepInput!) { stepServiceReferral(input: $input) {
  id status declineReason outcome dueAt availableActions } }`;
const SHARED = `survivor { code sharingInForce sharedFields givenNames familyNames estimatedAge languages phones
  identityDocuments { number } exploitations { notes } vulnerabilities note restrictedFields }`;
const INCOMING = `query ($status: ServiceReferralStatus) { serviceReferrals(box: INCOMING, status: $status, first: 20) {
  nodes { id status consentWithdrawnAt sharingInForce ${SHARED} } pageInfo { hasNextPage endCursor } } }`;
const ONE = `query ($id: ID!) { serviceReferral(id: $id) { id status consentWithdrawnAt sharingInForce note
  availableActions restrictedFields ${SHARED} } }`;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface SharedView {
  code: string;
  sharingInForce: boolean;
  givenNames: string | null;
  familyNames: string | null;
  estimatedAge: number | null;
  languages: string[] | null;
  phones: string[] | null;
  note: string | null;
  restrictedFields: string[];
}

describe('Referrals to services: only under consent, the provider reads exactly the fields chosen, while consent holds', () => {
  let api: TestServer;
  let cr: Record<'colleague' | 'worker', Staff>;
  let holder: Agency;
  let shelter: { agency: Agency; staff: Record<'worker', Staff> };
  let outsider: { agency: Agency; staff: Record<'worker', Staff> };
  let guatemalan: { agency: Agency; staff: Record<'worker', Staff> };
  let textEs: string;

  beforeAll(async () => {
    api = await startTestServer(keysEnv(`k1:${KEY_A}`));
    const orm = api.server.orm;
    const home = await protectionAgency(orm, 'CR', 'America/Costa_Rica', {
      worker: Role.CASE_WORKER,
      colleague: Role.CASE_WORKER,
      supervisor: Role.PROTECTION_SUPERVISOR,
    });
    cr = home.staff;
    holder = home.agency;
    const ngo = AgencyKind.NGO_SERVICE_PROVIDER;
    shelter = await protectionAgency(orm, 'CR', 'America/Costa_Rica', { worker: Role.CASE_WORKER }, ngo);
    outsider = await protectionAgency(orm, 'CR', 'America/Costa_Rica', { worker: Role.CASE_WORKER }, ngo);
    guatemalan = await protectionAgency(orm, 'GT', 'America/Guatemala', { worker: Role.CASE_WORKER }, ngo);
    await aMechanism(orm, { kind: MechanismKind.NATIONAL, countries: ['CR'], members: [holder, shelter.agency] });
    await aMechanism(orm, {
      kind: MechanismKind.BINATIONAL,
      countries: ['CR', 'GT'],
      members: [holder, guatemalan.agency],
    });
    const texts = await api.graphql<{ consentTexts: { id: string; language: string }[] }>(
      '{ consentTexts { id language } }',
      {},
      { cookie: cr.worker.cookie },
    );
    textEs = texts.data!.consentTexts.find((text) => text.language === 'es')!.id;
  });
  afterAll(() => api.stop());

  const consentFor = async (survivorId: string, changes: Record<string, unknown> = {}) => {
    const given = await api.graphql<{ recordConsent: { id: string } }>(
      'mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }',
      {
        input: {
          survivorId,
          categories: ['IDENTITY', 'AGE_AND_SEX', 'LANGUAGES'],
          recipientAgencyId: shelter.agency.id,
          purposes: ['SAFE_SHELTER', 'MEDICAL_CARE'],
          validFrom: day(0),
          validUntil: day(30),
          method: 'SIGNED_FORM',
          signedFormReference: 'PANI-CR-2026-0311',
          givenBy: 'PERSON',
          consentTextId: textEs,
          ...changes,
        },
      },
      { cookie: cr.worker.cookie },
    );
    if (!given.data) throw new Error(JSON.stringify(given.errors));
    return given.data.recordConsent.id;
  };
  const refer = (cookie: string, survivorId: string, changes: Record<string, unknown> = {}) =>
    api.graphql<{ referToService: { id: string; status: string; sharingInForce: boolean } & Record<string, unknown> }>(
      REFER,
      {
        input: {
          survivorId,
          recipientAgencyId: shelter.agency.id,
          service: 'SAFE_SHELTER',
          urgency: 'URGENT',
          sharedFields: ['givenNames', 'estimatedAge', 'languages'],
          note: 'Necesita albergue esta noche; teme que la busquen en Liberia.',
          ...changes,
        },
      },
      { cookie },
    );
  const step = (cookie: string, referralId: string, stepName: string, text?: string) =>
    api.graphql<{ stepServiceReferral: { status: string; availableActions: string[] } }>(
      STEP,
      { input: { referralId, step: stepName, text } },
      { cookie },
    );
  const read = (cookie: string, id: string) =>
    api.graphql<{ serviceReferral: { survivor: SharedView } & Record<string, unknown> }>(ONE, { id }, { cookie });
  const sql = <T>(query: string, params: unknown[] = []) =>
    api.server.orm.em.fork().getConnection().execute<T[]>(query, params);
  const problem = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.fields ?? result.errors?.[0]?.extensions?.code;

  it('is refused without a consent covering the recipient, the service and the category of every field', async () => {
    const survivor = await register(api, cr.worker.cookie);
    expect(problem(await refer(cr.worker.cookie, survivor.id))).toEqual({
      'input.service': 'error.protection.referral.notCovered',
    });
    await consentFor(survivor.id);
    expect(problem(await refer(cr.worker.cookie, survivor.id, { service: 'LEGAL_AID' }))).toEqual({
      'input.service': 'error.protection.referral.notCovered',
    });
    expect(problem(await refer(cr.worker.cookie, survivor.id, { sharedFields: ['givenNames', 'phones'] }))).toEqual({
      'input.sharedFields': 'error.protection.referral.fieldsNotCovered',
    });
    // An agency the holder shares no mechanism with is no recipient, consent or not.
    expect(problem(await refer(cr.worker.cookie, survivor.id, { recipientAgencyId: outsider.agency.id }))).toEqual({
      'input.recipientAgencyId': 'error.protection.referral.noSharedMechanism',
    });
    // Only the assigned case worker (or supervisor) refers.
    expect(problem(await refer(cr.colleague.cookie, survivor.id))).toBe('FORBIDDEN');
    expect(problem(await refer(shelter.staff.worker.cookie, survivor.id))).toBe('NOT_FOUND');
  });

  it('lets the provider read exactly the chosen fields, through every path, each read audited', async () => {
    const survivor = await register(api, cr.worker.cookie);
    await consentFor(survivor.id);
    const sent = await refer(cr.worker.cookie, survivor.id);
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.referToService).toMatchObject({
      status: 'SENT',
      sharingInForce: true,
      coveredByOverride: false,
      mechanism: { kind: 'NATIONAL' },
    });
    const id = sent.data!.referToService.id;

    const detail = (await read(shelter.staff.worker.cookie, id)).data!.serviceReferral;
    expect(detail.survivor).toMatchObject({
      code: survivor.code,
      givenNames: 'María José',
      estimatedAge: 24,
      languages: ['es', 'miq'],
      familyNames: null,
      phones: null,
      identityDocuments: null,
      exploitations: null,
      vulnerabilities: null,
      note: 'Necesita albergue esta noche; teme que la busquen en Liberia.',
    });
    expect(detail.survivor.restrictedFields).toEqual(
      expect.arrayContaining(['familyNames', 'phones', 'identityDocuments', 'exploitations', 'vulnerabilities']),
    );
    expect(detail.survivor.restrictedFields).not.toContain('givenNames');
    expect(detail.note).toBeNull(); // the referral's own note field is the holder's; the provider reads it as shared data
    const listed = await api.graphql<{ serviceReferrals: { nodes: { id: string; survivor: SharedView }[] } }>(
      INCOMING,
      {},
      { cookie: shelter.staff.worker.cookie },
    );
    const row = listed.data!.serviceReferrals.nodes.find((node) => node.id === id)!;
    expect(row.survivor).toMatchObject({ givenNames: 'María José', familyNames: null, phones: null });
    const entities = await api.graphql<{ _entities: { survivor: SharedView }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ServiceReferral { survivor {
        givenNames familyNames phones } } } }`,
      { r: [{ __typename: 'ServiceReferral', id }] },
      { cookie: shelter.staff.worker.cookie },
    );
    expect(entities.data!._entities[0]!.survivor).toMatchObject({ givenNames: 'María José', familyNames: null });

    const audited = await sql<{ fields: string[] }>(
      `select fields from audit_event where action = 'personal-data.read' and entity_type = 'ReferredSurvivor'
         and entity_id = ? and owner_agency_id = ?`,
      [survivor.id, holder.id],
    );
    expect(audited.length).toBeGreaterThanOrEqual(3);
    expect(audited.flatMap((event) => event.fields)).not.toContain('familyNames');

    // Nobody else sees it: another provider, and a fellow case worker of the holder who reads no shared data.
    expect(problem(await read(outsider.staff.worker.cookie, id))).toBe('NOT_FOUND');
    const colleague = (await read(cr.colleague.cookie, id)).data!.serviceReferral;
    expect(colleague.survivor).toMatchObject({ code: survivor.code, givenNames: null });
    // The note is sealed at rest.
    const stored = at(await sql<{ t: string }>('select r::text as t from service_referral r where id = ?', [id]), 0);
    expect(stored.t).not.toContain('Liberia');
    // The provider's case workers were told by mail, naming the code only.
    const mails = await sql<{ text: string }>(`select text from mail_outbox where subject like ?`, [
      `%referral%${survivor.code}%`,
    ]);
    expect(mails).toHaveLength(1);
    expect(at(mails, 0).text).not.toMatch(/María|Liberia/);
  });

  it('follows its lifecycle: the provider accepts or declines with a reason and reports delivery; the holder closes', async () => {
    const survivor = await register(api, cr.worker.cookie);
    await consentFor(survivor.id);
    const first = (await refer(cr.worker.cookie, survivor.id)).data!.referToService.id;
    expect(problem(await step(cr.worker.cookie, first, 'ACCEPT'))).toBe('FORBIDDEN');
    expect(problem(await step(shelter.staff.worker.cookie, first, 'DECLINE'))).toEqual({
      text: 'error.protection.referral.reasonRequired',
    });
    const accepted = await step(shelter.staff.worker.cookie, first, 'ACCEPT');
    expect(accepted.data!.stepServiceReferral).toMatchObject({ status: 'ACCEPTED', availableActions: ['DELIVER'] });
    expect(problem(await step(shelter.staff.worker.cookie, first, 'ACCEPT'))).toBe('CONFLICT');
    const delivered = await step(
      shelter.staff.worker.cookie,
      first,
      'DELIVER',
      'Alojada 12 noches; sigue en el albergue',
    );
    expect(delivered.data!.stepServiceReferral.status).toBe('DELIVERED');
    expect((await step(cr.worker.cookie, first, 'CLOSE', 'Servicio prestado')).data!.stepServiceReferral.status).toBe(
      'CLOSED',
    );
    // Closed: the provider keeps the code and the history, not the data.
    const closed = (await read(shelter.staff.worker.cookie, first)).data!.serviceReferral;
    expect(closed).toMatchObject({ sharingInForce: false });
    expect(closed.survivor).toMatchObject({ code: survivor.code, givenNames: null });

    const second = (await refer(cr.worker.cookie, survivor.id, { service: 'MEDICAL_CARE' })).data!.referToService.id;
    const declined = await step(shelter.staff.worker.cookie, second, 'DECLINE', 'Sin cupo esta semana');
    expect(declined.data!.stepServiceReferral).toMatchObject({ status: 'DECLINED', availableActions: [] });
    expect((await read(shelter.staff.worker.cookie, second)).data!.serviceReferral.survivor.givenNames).toBeNull();
  });

  it('loses the data at once when consent is withdrawn, and the provider sees a notice', async () => {
    const survivor = await register(api, cr.worker.cookie);
    const consentId = await consentFor(survivor.id);
    const id = (await refer(cr.worker.cookie, survivor.id)).data!.referToService.id;
    expect((await read(shelter.staff.worker.cookie, id)).data!.serviceReferral.survivor.givenNames).toBe('María José');
    const withdrawn = await api.graphql(
      'mutation ($id: ID!) { withdrawConsent(id: $id) { status } }',
      { id: consentId },
      { cookie: cr.worker.cookie },
    );
    expect(withdrawn.errors).toBeUndefined();
    const after = (await read(shelter.staff.worker.cookie, id)).data!.serviceReferral;
    expect(after.sharingInForce).toBe(false);
    expect(after.consentWithdrawnAt).not.toBeNull();
    expect(after.survivor).toMatchObject({ code: survivor.code, givenNames: null, estimatedAge: null, note: null });
    expect(after.survivor.restrictedFields).toEqual(expect.arrayContaining(['givenNames', 'languages', 'note']));
    const listed = await api.graphql<{ serviceReferrals: { nodes: { id: string; survivor: SharedView }[] } }>(
      INCOMING,
      {},
      { cookie: shelter.staff.worker.cookie },
    );
    expect(listed.data!.serviceReferrals.nodes.find((node) => node.id === id)!.survivor.givenNames).toBeNull();
    const mails = await sql(`select 1 from mail_outbox where subject like ?`, [`%withdrawn%${survivor.code}%`]);
    expect(mails).toHaveLength(1);
  });

  it('crosses a border through a binational mechanism under a consent naming a kind of agency in that country', async () => {
    const survivor = await register(api, cr.worker.cookie, { ...MARIA, givenNames: 'Ileana' });
    await consentFor(survivor.id, {
      recipientAgencyId: null,
      recipientAgencyKind: 'NGO_SERVICE_PROVIDER',
      recipientCountryCode: 'GT',
      purposes: ['FAMILY_TRACING'],
    });
    const sent = await refer(cr.worker.cookie, survivor.id, {
      recipientAgencyId: guatemalan.agency.id,
      service: 'FAMILY_TRACING',
      sharedFields: ['givenNames', 'familyNames'],
    });
    expect(sent.data!.referToService).toMatchObject({ mechanism: { kind: 'BINATIONAL' } });
    const seen = (await read(guatemalan.staff.worker.cookie, sent.data!.referToService.id)).data!.serviceReferral;
    expect(seen.survivor).toMatchObject({ givenNames: 'Ileana', familyNames: 'Espinoza Téllez', estimatedAge: null });
  });
});
