import { AgencyKind } from '../../server/src/modules/identity';
import { consentCoverage, ProtectionService } from '../../server/src/modules/protection';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import { KEY_A, keysEnv, protectionAgency, register, type Staff } from './protection-fixtures';
import { at } from '../support/indexing';

const RECORD = `mutation ($input: ConsentInput!) { recordConsent(input: $input) { id status purposes categories childAssent
  text { language version } recipientAgency { id } } }`;
const CHECK = `query ($s: ID!, $a: ID!, $p: ProtectionService!) {
  consentCheck(survivorId: $s, recipientAgencyId: $a, purpose: $p) { covered consentId overrideId } }`;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('Informed consent before any sharing, withdrawal that cuts access at once, overrides for a risk to life', () => {
  let api: TestServer;
  let cr: Record<'auditor' | 'colleague' | 'liaison' | 'supervisor' | 'worker', Staff>;
  let shelter: { id: string; staff: Record<string, Staff> };
  let otherNgo: string;
  let guatemalanNgo: string;
  let textEs: string;

  beforeAll(async () => {
    api = await startTestServer(keysEnv(`k1:${KEY_A}`));
    const orm = api.server.orm;
    cr = (
      await protectionAgency(orm, 'CR', 'America/Costa_Rica', {
        worker: Role.CASE_WORKER,
        colleague: Role.CASE_WORKER,
        supervisor: Role.PROTECTION_SUPERVISOR,
        auditor: Role.AUDITOR,
        liaison: Role.LIAISON_OFFICER,
      })
    ).staff;
    const home = await protectionAgency(
      orm,
      'CR',
      'America/Costa_Rica',
      { worker: Role.CASE_WORKER },
      AgencyKind.NGO_SERVICE_PROVIDER,
    );
    shelter = { id: home.agency.id, staff: home.staff };
    otherNgo = (await protectionAgency(orm, 'CR', 'America/Costa_Rica', {}, AgencyKind.NGO_SERVICE_PROVIDER)).agency.id;
    guatemalanNgo = (await protectionAgency(orm, 'GT', 'America/Guatemala', {}, AgencyKind.NGO_SERVICE_PROVIDER)).agency
      .id;
    const texts = await api.graphql<{ consentTexts: { id: string; language: string; version: number }[] }>(
      '{ consentTexts { id language version } }',
      {},
      { cookie: cr.worker.cookie },
    );
    expect(texts.data!.consentTexts.map((text) => `${text.language}-${text.version}`)).toEqual([
      'en-1',
      'es-1',
      'fr-1',
      'pt-1',
    ]);
    textEs = texts.data!.consentTexts.find((text) => text.language === 'es')!.id;
  });
  afterAll(() => api.stop());

  const consent = (survivorId: string, changes: Record<string, unknown> = {}) => ({
    survivorId,
    categories: ['IDENTITY', 'AGE_AND_SEX', 'LANGUAGES'],
    recipientAgencyId: shelter.id,
    purposes: ['SAFE_SHELTER', 'MEDICAL_CARE'],
    validFrom: day(0),
    validUntil: day(30),
    method: 'VERBAL_WITH_WITNESS',
    witnessName: 'Rebeca Quesada Arias',
    givenBy: 'PERSON',
    consentTextId: textEs,
    ...changes,
  });
  const record = (cookie: string, input: Record<string, unknown>) =>
    api.graphql<{ recordConsent: { id: string; status: string } }>(RECORD, { input }, { cookie });
  const covered = async (survivorId: string, agencyId: string, purpose: string) =>
    (
      await api.graphql<{ consentCheck: { covered: boolean; consentId: string | null; overrideId: string | null } }>(
        CHECK,
        { s: survivorId, a: agencyId, p: purpose },
        { cookie: cr.worker.cookie },
      )
    ).data!.consentCheck;
  const sql = <T>(query: string, params: unknown[] = []) =>
    api.server.orm.em.fork().getConnection().execute<T[]>(query, params);

  it('covers only the named recipient and purposes while in force; nothing without consent', async () => {
    const survivor = await register(api, cr.worker.cookie);
    expect((await covered(survivor.id, shelter.id, 'SAFE_SHELTER')).covered).toBe(false);
    const given = await record(cr.worker.cookie, consent(survivor.id));
    expect(given.errors).toBeUndefined();
    expect(given.data!.recordConsent).toMatchObject({ status: 'ACTIVE' });
    expect(await covered(survivor.id, shelter.id, 'SAFE_SHELTER')).toMatchObject({ covered: true, overrideId: null });
    expect((await covered(survivor.id, shelter.id, 'LEGAL_AID')).covered).toBe(false); // wrong purpose
    expect((await covered(survivor.id, otherNgo, 'SAFE_SHELTER')).covered).toBe(false); // wrong recipient
    // Expired: the same consent, looked at the day after it ends.
    const em = api.server.orm.em.fork();
    const recipient = { id: shelter.id, kind: 'NGO_SERVICE_PROVIDER', countryCode: 'CR' };
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(
      (await consentCoverage(em, survivor.id, recipient, ProtectionService.SAFE_SHELTER, later)).consent,
    ).toBeNull();
    // The names of the witness are stored sealed.
    const row = at(
      await sql<{ t: string }>('select c::text as t from survivor_consent c where survivor_id = ?', [survivor.id]),
      0,
    );
    expect(row.t).not.toContain('Rebeca');
  });

  it('may name a kind of agency in a country instead of one agency', async () => {
    const survivor = await register(api, cr.worker.cookie);
    const given = await record(
      cr.worker.cookie,
      consent(survivor.id, {
        recipientAgencyId: null,
        recipientAgencyKind: 'NGO_SERVICE_PROVIDER',
        recipientCountryCode: 'CR',
        purposes: ['LEGAL_AID'],
      }),
    );
    expect(given.errors).toBeUndefined();
    expect((await covered(survivor.id, otherNgo, 'LEGAL_AID')).covered).toBe(true);
    expect((await covered(survivor.id, guatemalanNgo, 'LEGAL_AID')).covered).toBe(false);
  });

  it('withdrawn: access ends at once and the recipient agency is told by mail (from the job queue, code only)', async () => {
    const survivor = await register(api, cr.worker.cookie);
    const given = (await record(cr.worker.cookie, consent(survivor.id))).data!.recordConsent;
    const withdraw = (cookie: string) =>
      api.graphql<{ withdrawConsent: { status: string } }>(
        'mutation ($id: ID!) { withdrawConsent(id: $id) { status withdrawnAt } }',
        { id: given.id },
        { cookie },
      );
    expect((await withdraw(cr.colleague.cookie)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await withdraw(cr.worker.cookie)).data!.withdrawConsent.status).toBe('WITHDRAWN');
    expect((await covered(survivor.id, shelter.id, 'SAFE_SHELTER')).covered).toBe(false);
    expect((await withdraw(cr.worker.cookie)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const mails = await sql<{ subject: string; text: string }>(
      `select subject, text from mail_outbox where subject like ?`,
      [`%${survivor.code}%`],
    );
    expect(mails).toHaveLength(1); // the shelter's case worker
    expect(at(mails, 0).text).not.toMatch(/María|Espinoza|Rebeca/);
    const jobs = await sql(`select 1 from pgboss.job where name = 'mail.send' and data->>'mailId' is not null`);
    expect(jobs.length).toBeGreaterThan(0);
  });

  it("for a child, needs the child's assent and the guardian's consent, both; verbal consent needs a witness", async () => {
    const child = await register(api, cr.worker.cookie, { givenNames: 'Yahoska', vulnerabilities: ['CHILD'] });
    const fields = async (changes: Record<string, unknown>) =>
      (await record(cr.worker.cookie, consent(child.id, changes))).errors?.[0]?.extensions?.fields;
    expect(await fields({})).toEqual({ 'input.givenBy': 'error.protection.consent.childNeedsGuardian' });
    expect(await fields({ givenBy: 'CHILD_AND_GUARDIAN', guardianName: 'Marta Ruiz' })).toEqual({
      'input.childAssent': 'error.protection.consent.childAssentRequired',
    });
    expect(await fields({ givenBy: 'CHILD_AND_GUARDIAN', childAssent: true })).toEqual({
      'input.guardianName': 'error.protection.consent.guardianRequired',
    });
    expect(
      await fields({ witnessName: null, givenBy: 'CHILD_AND_GUARDIAN', childAssent: true, guardianName: 'M' }),
    ).toEqual({
      'input.witnessName': 'error.protection.consent.witnessRequired',
    });
    const given = await record(
      cr.worker.cookie,
      consent(child.id, { givenBy: 'CHILD_AND_GUARDIAN', childAssent: true, guardianName: 'Marta Ruiz Mairena' }),
    );
    expect(given.data!.recordConsent).toMatchObject({ childAssent: true });
    const row = at(
      await sql<{ t: string }>('select c::text as t from survivor_consent c where survivor_id = ?', [child.id]),
      0,
    );
    expect(row.t).not.toContain('Marta');
  });

  it('lets only a protection supervisor override for a risk to life, with a reason; flagged and listed for the auditor', async () => {
    const survivor = await register(api, cr.worker.cookie);
    const override = (cookie: string, changes: Record<string, unknown> = {}) =>
      api.graphql<{ giveConsentOverride: { id: string; flagged: boolean } }>(
        'mutation ($input: ConsentOverrideInput!) { giveConsentOverride(input: $input) { id flagged } }',
        {
          input: {
            survivorId: survivor.id,
            recipientAgencyId: shelter.id,
            purposes: ['SAFE_SHELTER'],
            reason: 'Amenazas de muerte del tratante esta noche; necesita albergue seguro inmediato.',
            days: 3,
            ...changes,
          },
        },
        { cookie },
      );
    for (const who of [cr.worker, cr.liaison, cr.auditor])
      expect((await override(who.cookie)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await override(cr.supervisor.cookie, { reason: 'urgente' })).errors?.[0]?.extensions?.fields).toEqual({
      'input.reason': 'error.protection.consent.reasonRequired',
    });
    expect((await override(cr.supervisor.cookie, { days: 30 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const given = await override(cr.supervisor.cookie);
    expect(given.data!.giveConsentOverride.flagged).toBe(true);
    expect(await covered(survivor.id, shelter.id, 'SAFE_SHELTER')).toMatchObject({
      covered: true,
      consentId: null,
      overrideId: given.data!.giveConsentOverride.id,
    });
    expect((await covered(survivor.id, shelter.id, 'MEDICAL_CARE')).covered).toBe(false);

    const listed = await api.graphql<{ consentOverrides: { survivorCode: string; flagged: boolean }[] }>(
      '{ consentOverrides { survivorCode flagged givenBy { id } recipientAgency { id } } }',
      {},
      { cookie: cr.auditor.cookie },
    );
    expect(listed.data!.consentOverrides).toEqual(
      expect.arrayContaining([expect.objectContaining({ survivorCode: survivor.code, flagged: true })]),
    );
    const row = at(
      await sql<{ t: string }>('select o::text as t from consent_override o where survivor_id = ?', [survivor.id]),
      0,
    );
    expect(row.t).not.toContain('tratante');
    const audit = at(
      await sql<{ details: { flagged: string } }>(
        `select details from audit_event where action = 'survivor.consent.override' and entity_id = ?`,
        [survivor.id],
      ),
      0,
    );
    expect(audit.details.flagged).toBe('risk-to-life');
  });
});
