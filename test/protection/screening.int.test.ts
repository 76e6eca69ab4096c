import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import { KEY_A, keysEnv, MARIA, protectionAgency, register, type Staff } from './protection-fixtures';
import { at } from '../support/indexing';

const RECORD = `mutation ($id: ID!, $input: ScreeningInput!) { recordScreening(survivorId: $id, input: $input) {
  screenings { formVersion level conclusion conclusionNotes place answers { indicator answer notes } } } }`;

describe('Trafficking-indicator screening: every indicator answered, a documented level, the case worker concludes', () => {
  let api: TestServer;
  let cr: Record<'colleague' | 'worker', Staff>;
  let indicators: { indicator: string; category: string }[];

  beforeAll(async () => {
    api = await startTestServer(keysEnv(`k1:${KEY_A}`));
    cr = (
      await protectionAgency(api.server.orm, 'CR', 'America/Costa_Rica', {
        worker: Role.CASE_WORKER,
        colleague: Role.CASE_WORKER,
      })
    ).staff;
    const form = await api.graphql<{ screeningForm: { version: number; indicators: typeof indicators } }>(
      '{ screeningForm { version indicators { indicator category } } }',
      {},
      { cookie: cr.worker.cookie },
    );
    expect(form.data!.screeningForm.version).toBe(1);
    indicators = form.data!.screeningForm.indicators;
    expect(new Set(indicators.map((item) => item.category))).toEqual(
      new Set(['RECRUITMENT', 'MOVEMENT', 'COERCION', 'EXPLOITATION', 'CONTROL']),
    );
  });
  afterAll(() => api.stop());

  const answers = (yes: string[]) =>
    indicators.map(({ indicator }) => ({
      indicator,
      answer: yes.includes(indicator) ? 'YES' : indicator === 'ISOLATED_OR_MONITORED' ? 'UNKNOWN' : 'NO',
      notes: indicator === 'DOCUMENTS_CONFISCATED' ? 'El dueño del bar guarda su cédula' : null,
    }));
  const screen = (cookie: string, id: string, yes: string[], changes: Record<string, unknown> = {}) =>
    api.graphql<{ recordScreening: { screenings: { level: string; conclusion: string }[] } }>(
      RECORD,
      {
        id,
        input: {
          answers: answers(yes),
          conclusion: 'POSSIBLE_VICTIM_REFER',
          conclusionNotes: 'Indicadores claros de explotación sexual con retención de documentos.',
          place: 'Peñas Blancas',
          ...changes,
        },
      },
      { cookie },
    );

  it('computes the level from the answers (means and exploitation; a child needs no means) and keeps each screening', async () => {
    const adult = await register(api, cr.worker.cookie);
    const high = await screen(cr.worker.cookie, adult.id, ['FORCED_SEX_WORK', 'DOCUMENTS_CONFISCATED']);
    expect(high.errors).toBeUndefined();
    expect(high.data!.recordScreening.screenings.map((item) => item.level)).toEqual(['HIGH']);
    const medium = await screen(cr.worker.cookie, adult.id, ['FORCED_LABOUR'], { conclusion: 'FOLLOW_UP_NEEDED' });
    const low = await screen(cr.worker.cookie, adult.id, ['MOVED_BETWEEN_PLACES'], { conclusion: 'NO_INDICATION' });
    expect(medium.data!.recordScreening.screenings.map((item) => item.level)).toEqual(['HIGH', 'MEDIUM']);
    expect(low.data!.recordScreening.screenings.map((item) => item.level)).toEqual(['HIGH', 'MEDIUM', 'LOW']);
    const child = await register(api, cr.worker.cookie, { ...MARIA, vulnerabilities: ['CHILD'] });
    const forChild = await screen(cr.worker.cookie, child.id, ['FORCED_LABOUR']);
    expect(forChild.data!.recordScreening.screenings[0]).toMatchObject({ level: 'HIGH' });
  });

  it('needs every indicator once and the conclusion with reasons; only the assigned staff screen and read it', async () => {
    const survivor = await register(api, cr.worker.cookie);
    const partial = await api.graphql(
      RECORD,
      {
        id: survivor.id,
        input: {
          answers: answers([]).slice(1),
          conclusion: 'NO_INDICATION',
          conclusionNotes: 'corto',
        },
      },
      { cookie: cr.worker.cookie },
    );
    expect(partial.errors?.[0]?.extensions?.fields).toEqual({
      'input.answers': 'error.protection.screening.answerEveryIndicator',
      'input.conclusionNotes': 'error.protection.screening.conclusionRequired',
    });
    expect((await screen(cr.colleague.cookie, survivor.id, [])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await screen(cr.worker.cookie, survivor.id, ['FORCED_SEX_WORK']);
    const byColleague = await api.graphql<{ survivor: { screenings: unknown; restrictedFields: string[] } }>(
      'query ($id: ID!) { survivor(id: $id) { screenings { level } restrictedFields } }',
      { id: survivor.id },
      { cookie: cr.colleague.cookie },
    );
    expect(byColleague.data!.survivor.screenings).toBeNull();
    expect(byColleague.data!.survivor.restrictedFields).toContain('screenings');
    // Sealed with the rest of the personal data; editing the record keeps the screenings.
    const row = at(
      await api.server.orm.em
        .fork()
        .getConnection()
        .execute<{ t: string }[]>('select s::text as t from survivor s where id = ?', [survivor.id]),
      0,
    );
    expect(row.t).not.toMatch(/FORCED_SEX_WORK|explotación/);
    await api.graphql(
      'mutation ($id: ID!, $input: SurvivorInput!) { updateSurvivor(id: $id, input: $input) { id } }',
      { id: survivor.id, input: { ...MARIA, givenNames: 'María' } },
      { cookie: cr.worker.cookie },
    );
    const kept = await api.graphql<{ survivor: { screenings: { level: string }[] } }>(
      'query ($id: ID!) { survivor(id: $id) { screenings { level } } }',
      { id: survivor.id },
      { cookie: cr.worker.cookie },
    );
    expect(kept.data!.survivor.screenings).toEqual([{ level: 'MEDIUM' }]); // exploitation without a means
    const audited = await api.server.orm.em
      .fork()
      .getConnection()
      .execute<{ fields: string[] }[]>(
        `select fields from audit_event where action = 'personal-data.read' and entity_id = ? and 'screenings' = any(fields)`,
        [survivor.id],
      );
    expect(audited.length).toBeGreaterThan(0);
  });
});
