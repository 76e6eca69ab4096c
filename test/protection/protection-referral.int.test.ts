import { AgencyKind, MechanismKind, type Agency } from '../../server/src/modules/identity';
import { Role } from '../../server/src/platform/authz/roles';
import { aMechanism } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import { KEY_A, keysEnv, protectionAgency, type Staff } from './protection-fixtures';

const OUTLINE = 'id code status survivorCode declineReason availableActions restrictedFields recipientAgency { id }';
const FULL = `${OUTLINE} note person { givenNames familyNames estimatedAge sex nationality languages currentLocation phone }
  screening { level conclusion place answers { indicator answer } }
  consent { method givenBy language textVersion witness guardian }`;
const SEND = `mutation ($input: ProtectionReferralInput!) { referToProtection(input: $input) { ${OUTLINE} } }`;
const READ = `query ($id: ID!) { protectionReferral(id: $id) { ${FULL} } }`;
const ANSWER = `mutation ($id: ID!, $answer: ProtectionReferralAnswer!, $reason: String) {
  answerProtectionReferral(id: $id, answer: $answer, reason: $reason) { ${OUTLINE} } }`;

type Referral = {
  id: string;
  code: string;
  status: string;
  survivorCode: string | null;
  declineReason: string | null;
  availableActions: string[];
  restrictedFields: string[];
  person: { givenNames: string | null; estimatedAge: number; languages: string[] } | null;
  screening: { level: string; place: string } | null;
  consent: { textVersion: number; witness: string | null } | null;
  note: string | null;
};
type Result = { data?: Record<string, unknown> | null; errors?: readonly { extensions?: Record<string, unknown> }[] };
const problem = (result: Result) => result.errors?.[0]?.extensions?.fields ?? result.errors?.[0]?.extensions?.code;

describe('Referral to protection from a border post: screening, consent, only the minimum, to the protection agency', () => {
  let api: TestServer;
  let post: Record<'admin' | 'officer', Staff>;
  let pani: { agency: Agency; staff: Record<'supervisor' | 'worker', Staff> };
  let elsewhere: { agency: Agency; staff: Record<'worker', Staff> };
  let indicators: string[];

  beforeAll(async () => {
    api = await startTestServer(keysEnv(`k1:${KEY_A}`));
    const orm = api.server.orm;
    const border = await protectionAgency(
      orm,
      'CR',
      'America/Costa_Rica',
      { officer: Role.LIAISON_OFFICER, admin: Role.AGENCY_ADMIN },
      AgencyKind.MIGRATION_AUTHORITY,
    );
    post = border.staff;
    pani = await protectionAgency(orm, 'CR', 'America/Costa_Rica', {
      worker: Role.CASE_WORKER,
      supervisor: Role.PROTECTION_SUPERVISOR,
    });
    elsewhere = await protectionAgency(orm, 'CR', 'America/Costa_Rica', { worker: Role.CASE_WORKER });
    await aMechanism(orm, { kind: MechanismKind.NATIONAL, countries: ['CR'], members: [border.agency, pani.agency] });
    const form = await api.graphql<{ screeningForm: { indicators: { indicator: string }[] } }>(
      '{ screeningForm { indicators { indicator } } }',
      {},
      { cookie: post.officer.cookie },
    );
    indicators = form.data!.screeningForm.indicators.map((item) => item.indicator);
  });
  afterAll(() => api.stop());

  const input = (
    changes: { person?: object; consent?: object; screening?: object; recipientAgencyId?: string } = {},
  ) => ({
    recipientAgencyId: changes.recipientAgencyId ?? pani.agency.id,
    person: {
      givenNames: 'Yessenia',
      familyNames: 'Mairena López',
      estimatedAge: 24,
      sex: 'FEMALE',
      nationality: 'NI',
      languages: ['es'],
      currentLocation: 'Puesto fronterizo Peñas Blancas',
      phone: '+505 8888 1234',
      ...changes.person,
    },
    screening: {
      answers: indicators.map((indicator) => ({
        indicator,
        answer: ['FORCED_SEX_WORK', 'DOCUMENTS_CONFISCATED', 'DECEIVED_ABOUT_WORK'].includes(indicator) ? 'YES' : 'NO',
      })),
      conclusion: 'POSSIBLE_VICTIM_REFER',
      conclusionNotes: 'Le ofrecieron trabajo de mesera; le retuvieron el pasaporte en un bar.',
      place: 'Peñas Blancas',
      ...changes.screening,
    },
    consent: {
      method: 'VERBAL_WITH_WITNESS',
      givenBy: 'PERSON',
      language: 'es',
      witness: 'Oficial L. Rojas',
      ...changes.consent,
    },
    note: 'Espera en la oficina de migración.',
  });
  const send = (cookie: string, value: object) =>
    api.graphql<{ referToProtection: Referral }>(SEND, { input: value }, { cookie });
  const read = (cookie: string, id: string) =>
    api.graphql<{ protectionReferral: Referral | null }>(READ, { id }, { cookie });
  const count = async () =>
    Number(
      (
        await api.server.orm.em
          .fork()
          .getConnection()
          .execute<{ n: string }[]>('select count(*) n from protection_referral')
      )[0]!.n,
    );

  it('lists only protection agencies of a shared mechanism; sends with a code; the sender keeps only the outline', async () => {
    const recipients = await api.graphql<{ protectionReferralRecipients: { id: string }[] }>(
      '{ protectionReferralRecipients { id } }',
      {},
      { cookie: post.officer.cookie },
    );
    expect(recipients.data!.protectionReferralRecipients.map((agency) => agency.id)).toEqual([pani.agency.id]);

    const sent = await send(post.officer.cookie, input());
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.referToProtection).toMatchObject({ status: 'SENT', survivorCode: null });
    expect(sent.data!.referToProtection.code).toMatch(/^PR-CR-\d{4}-\d{5}$/);

    const back = (await read(post.officer.cookie, sent.data!.referToProtection.id)).data!.protectionReferral!;
    expect(back).toMatchObject({ person: null, screening: null, consent: null, note: null, availableActions: [] });
    expect(back.restrictedFields).toEqual(expect.arrayContaining(['person', 'screening', 'consent', 'note']));

    // At rest: no plaintext.
    const raw = await api.server.orm.em
      .fork()
      .getConnection()
      .execute<{ sealed_data: Buffer }[]>('select sealed_data from protection_referral where id = ?', [back.id]);
    const bytes = raw[0]!.sealed_data.toString('latin1');
    for (const secret of ['Yessenia', 'Mairena', '8888', 'pasaporte']) expect(bytes).not.toContain(secret);
  });

  it('refuses without a "refer" conclusion, a witness, a guardian for a child, a shared mechanism: nothing sent', async () => {
    const before = await count();
    expect(problem(await send(post.officer.cookie, input({ screening: { conclusion: 'FOLLOW_UP_NEEDED' } })))).toEqual({
      'input.screening.conclusion': 'error.protection.borderReferral.conclusionNotRefer',
    });
    expect(problem(await send(post.officer.cookie, input({ consent: { witness: ' ' } })))).toEqual({
      'input.consent.witness': 'error.protection.borderReferral.witnessRequired',
    });
    expect(problem(await send(post.officer.cookie, input({ person: { estimatedAge: 15 } })))).toEqual({
      'input.consent.givenBy': 'error.protection.borderReferral.childNeedsGuardian',
    });
    expect(problem(await send(post.officer.cookie, input({ person: { languages: [], currentLocation: '' } })))).toEqual(
      {
        'input.person.languages': 'error.protection.borderReferral.languagesRequired',
        'input.person.currentLocation': 'error.protection.borderReferral.locationRequired',
      },
    );
    expect(problem(await send(post.officer.cookie, input({ recipientAgencyId: elsewhere.agency.id })))).toEqual({
      'input.recipientAgencyId': 'error.protection.borderReferral.noSharedMechanism',
    });
    expect(problem(await send(post.admin.cookie, input()))).toBe('FORBIDDEN');
    expect(await count()).toBe(before);

    const child = await send(
      post.officer.cookie,
      input({ person: { estimatedAge: 15 }, consent: { givenBy: 'CHILD_AND_GUARDIAN', guardian: 'Tía materna' } }),
    );
    expect(child.errors).toBeUndefined();
  });

  it('the protection agency reads it (audited), accepts, and a survivor record opens with the screening', async () => {
    const sent = (await send(post.officer.cookie, input())).data!.referToProtection;
    expect((await read(elsewhere.staff.worker.cookie, sent.id)).data!.protectionReferral).toBeNull();

    const received = (await read(pani.staff.worker.cookie, sent.id)).data!.protectionReferral!;
    expect(received.person).toMatchObject({ givenNames: 'Yessenia', estimatedAge: 24, languages: ['es'] });
    expect(received.screening).toMatchObject({ level: 'HIGH', place: 'Peñas Blancas' });
    expect(received.consent).toMatchObject({ textVersion: expect.any(Number), witness: 'Oficial L. Rojas' });
    expect(received.availableActions).toEqual(['ACCEPT', 'DECLINE']);
    const audited = await api.server.orm.em
      .fork()
      .getConnection()
      .execute<{ fields: string[] }[]>(
        `select fields from audit_event where action = 'personal-data.read' and entity_id = ?`,
        [sent.id],
      );
    expect(audited.flatMap((row) => row.fields)).toEqual(expect.arrayContaining(['person', 'screening']));

    const accepted = await api.graphql<{ answerProtectionReferral: Referral }>(
      ANSWER,
      { id: sent.id, answer: 'ACCEPT' },
      { cookie: pani.staff.worker.cookie },
    );
    expect(accepted.errors).toBeUndefined();
    const survivorCode = accepted.data!.answerProtectionReferral.survivorCode!;
    expect(survivorCode).toMatch(/^SV-CR-\d{4}-\d{5}$/);

    const caseload = await api.graphql<{
      caseload: { nodes: { code: string; givenNames: string; screenings: { level: string }[] }[] };
    }>(
      '{ caseload(first: 10) { nodes { code givenNames screenings { level } } } }',
      {},
      { cookie: pani.staff.worker.cookie },
    );
    expect(caseload.errors).toBeUndefined();
    expect(caseload.data!.caseload.nodes.find((node) => node.code === survivorCode)).toMatchObject({
      givenNames: 'Yessenia',
      screenings: [{ level: 'HIGH' }],
    });

    // The officer learns the survivor's code, never the record; a second answer is refused.
    const outline = (await read(post.officer.cookie, sent.id)).data!.protectionReferral!;
    expect(outline).toMatchObject({ status: 'ACCEPTED', survivorCode, person: null });
    const again = await api.graphql(
      ANSWER,
      { id: sent.id, answer: 'DECLINE', reason: 'x' },
      { cookie: pani.staff.supervisor.cookie },
    );
    expect(problem(again)).toBe('CONFLICT');
  });

  it('declines only with a reason, which the sender reads; the sender cannot answer', async () => {
    const sent = (await send(post.officer.cookie, input())).data!.referToProtection;
    expect(problem(await api.graphql(ANSWER, { id: sent.id, answer: 'ACCEPT' }, { cookie: post.officer.cookie }))).toBe(
      'FORBIDDEN',
    );
    const blank = await api.graphql(
      ANSWER,
      { id: sent.id, answer: 'DECLINE', reason: ' ' },
      { cookie: pani.staff.supervisor.cookie },
    );
    expect(problem(blank)).toEqual({ reason: 'error.protection.borderReferral.reasonRequired' });
    const declined = await api.graphql(
      ANSWER,
      { id: sent.id, answer: 'DECLINE', reason: 'Es mayor de edad y pide ir a la embajada; remitida a OIM.' },
      { cookie: pani.staff.supervisor.cookie },
    );
    expect(declined.errors).toBeUndefined();
    expect((await read(post.officer.cookie, sent.id)).data!.protectionReferral).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Es mayor de edad y pide ir a la embajada; remitida a OIM.',
    });
  });
});
