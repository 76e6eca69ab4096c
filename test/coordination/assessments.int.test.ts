import { startTestServer, type TestServer } from '../support/test-server';
import {
  callerOf,
  codeOf,
  createCoordinationWorld,
  dataOf,
  type Caller,
  type CoordinationWorld,
  type Who,
} from '../support/factories/coordination-world';

let server: TestServer;
let world: CoordinationWorld;
const callers = {} as Record<Who, Caller>;

beforeAll(async () => {
  server = await startTestServer();
  world = await createCoordinationWorld(server.server.orm);
  for (const who of Object.keys(world.cookieOf) as Who[]) callers[who] = callerOf(server, world.cookieOf[who]);
}, 60_000);
afterAll(() => server?.stop());

const TEMPLATE = `mutation ($m: ID!, $input: AssessmentTemplateInput!) { createAssessmentTemplate(mechanismId: $m, input: $input) {
  id title sections { title questions { key text } } } }`;
const UPDATE_TEMPLATE = `mutation ($id: ID!, $input: AssessmentTemplateInput!) { updateAssessmentTemplate(id: $id, input: $input) { id } }`;
const START = `mutation ($t: ID!, $input: AssessmentInput!) { startAssessment(templateId: $t, input: $input) { id status } }`;
const FIELDS = `id status place assessors findings templateTitle canUpdate canMakeActions
  sections { title questions { key text } } answers { questionKey score comment }
  recommendations { id position text actionItem { id status title ownerAgency { acronym } } }
  progress { total actions done }`;
const SAVE = `mutation ($id: ID!, $input: AssessmentContentInput!) { saveAssessment(id: $id, input: $input) { ${FIELDS} } }`;
const COMPLETE = `mutation ($id: ID!) { completeAssessment(id: $id) { id status } }`;
const ONE = `query ($id: ID!) { assessment(id: $id) { ${FIELDS} } }`;
const LIST = `query ($m: ID!) { assessments(mechanismId: $m) { id status progress { total done } } }`;
const MAKE_ACTION = `mutation ($r: ID!, $input: RecommendationActionInput!) { makeRecommendationAction(recommendationId: $r, input: $input) {
  id actionItem { id title status meetingId ownerAgency { acronym } } } }`;
const REPORT = `mutation ($a: ID!) { reportOnAction(actionItemId: $a, body: "Hecho", status: DONE) { id status } }`;

interface Detail {
  id: string;
  status: string;
  findings: string;
  canUpdate: boolean;
  sections: { questions: { key: string }[] }[];
  answers: { questionKey: string; score: number | null; comment: string }[];
  recommendations: { id: string; text: string; actionItem: { id: string; status: string } | null }[];
  progress: { total: number; actions: number; done: number };
}

async function template(): Promise<string> {
  const result = await callers.secretariat(TEMPLATE, {
    m: world.mechanism.id,
    input: {
      title: 'Control fronterizo',
      sections: [
        { title: 'Infraestructura', questions: ['¿Hay señalización?', '¿Hay sala de entrevistas?'] },
        { title: 'Personal', questions: ['¿Personal capacitado en protección?'] },
      ],
    },
  });
  return dataOf<{ createAssessmentTemplate: { id: string } }>(result).createAssessmentTemplate.id;
}

const header = {
  place: 'Tecún Umán – Ciudad Hidalgo',
  assessedOn: '2026-11-20',
  assessors: ['Equipo IGM', 'Equipo INM'],
};
const fullContent = (recommendations: { id?: string; text: string }[]) => ({
  ...header,
  answers: [
    { questionKey: 's1.q1', score: 3, comment: 'Señalización parcial' },
    { questionKey: 's1.q2', score: 1, comment: 'No existe' },
    { questionKey: 's2.q1', score: 2, comment: '' },
  ],
  findings: 'Falta un espacio privado para entrevistas.',
  recommendations,
});

async function start(templateId: string): Promise<string> {
  return dataOf<{ startAssessment: { id: string } }>(await callers.secretariat(START, { t: templateId, input: header }))
    .startAssessment.id;
}
const read = async (who: Who, id: string) => callers[who](ONE, { id });

describe('assessments of a crossing point', () => {
  it('keeps a copy of the questions: a later template change does not touch an assessment begun (ADR 0047)', async () => {
    const templateId = await template();
    const id = await start(templateId);
    dataOf(
      await callers.secretariat(UPDATE_TEMPLATE, {
        id: templateId,
        input: { title: 'Control fronterizo v2', sections: [{ title: 'Otra', questions: ['Nueva'] }] },
      }),
    );
    const detail = dataOf<{ assessment: Detail }>(await read('secretariat', id)).assessment;
    expect(detail.sections.flatMap((s) => s.questions.map((q) => q.key))).toEqual(['s1.q1', 's1.q2', 's2.q1']);
  });

  it('runs DRAFT -> COMPLETED, refuses completion with unscored questions, then is locked', async () => {
    const id = await start(await template());
    const partial = await callers.secretariat(SAVE, {
      id,
      input: { ...fullContent([]), answers: [{ questionKey: 's1.q1', score: 4, comment: '' }] },
    });
    dataOf(partial);
    const early = await callers.secretariat(COMPLETE, { id });
    expect(codeOf(early)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(early.errors)).toContain('error.coordination.unscored');
    dataOf(await callers.secretariat(SAVE, { id, input: fullContent([{ text: 'Habilitar sala de entrevistas' }]) }));
    expect(dataOf<{ completeAssessment: { status: string } }>(await callers.secretariat(COMPLETE, { id }))).toEqual({
      completeAssessment: { id, status: 'COMPLETED' },
    });
    const again = await callers.secretariat(SAVE, { id, input: fullContent([]) });
    expect(codeOf(again)).toBe('CONFLICT');
    const detail = dataOf<{ assessment: Detail }>(await read('secretariat', id)).assessment;
    expect(detail.canUpdate).toBe(false);
    expect(detail.recommendations.map((r) => r.text)).toEqual(['Habilitar sala de entrevistas']);
  });

  it('makes a recommendation an action item in one step and counts it done in SQL', async () => {
    const id = await start(await template());
    const saved = dataOf<{ saveAssessment: Detail }>(
      await callers.secretariat(SAVE, {
        id,
        input: fullContent([{ text: 'Habilitar sala de entrevistas privada' }, { text: 'Capacitar al personal' }]),
      }),
    ).saveAssessment;
    const [first, second] = saved.recommendations;
    const made = await callers.secretariat(MAKE_ACTION, {
      r: first!.id,
      input: { ownerAgencyId: world.agencies.inm.id, dueDate: '2027-03-31', priority: 'HIGH' },
    });
    const action = dataOf<{
      makeRecommendationAction: { actionItem: { id: string; title: string; meetingId: string | null } };
    }>(made).makeRecommendationAction.actionItem;
    expect(action).toEqual(
      expect.objectContaining({ title: 'Habilitar sala de entrevistas privada', meetingId: null, status: 'OPEN' }),
    );
    const twice = await callers.secretariat(MAKE_ACTION, {
      r: first!.id,
      input: { ownerAgencyId: world.agencies.inm.id, dueDate: '2027-03-31', priority: 'HIGH' },
    });
    expect(codeOf(twice)).toBe('CONFLICT');
    const notMember = await callers.secretariat(MAKE_ACTION, {
      r: second!.id,
      input: { ownerAgencyId: world.agencies.cr.id, dueDate: '2027-03-31', priority: 'LOW' },
    });
    expect(JSON.stringify(notMember.errors)).toContain('input.ownerAgencyId');
    // Saving the draft keeps a recommendation that became an action (sent with its id), refuses dropping it.
    const dropped = await callers.secretariat(SAVE, { id, input: fullContent([{ text: 'Otra' }]) });
    expect(JSON.stringify(dropped.errors)).toContain('error.coordination.recommendationHasAction');
    dataOf(await callers.secretariat(COMPLETE, { id }));
    let detail = dataOf<{ assessment: Detail }>(await read('secretariat', id)).assessment;
    expect(detail.progress).toEqual({ total: 2, actions: 1, done: 0 });
    // The owner agency reports it done: the assessment counts 1 of 2 done.
    dataOf(await callers.memberOfficer(REPORT, { a: action.id }));
    detail = dataOf<{ assessment: Detail }>(await read('memberOfficer', id)).assessment;
    expect(detail.progress).toEqual({ total: 2, actions: 1, done: 1 });
    expect(detail.recommendations[0]!.actionItem?.status).toBe('DONE');
  });

  it('refuses bad input naming the field, changing nothing', async () => {
    const id = await start(await template());
    dataOf(await callers.secretariat(SAVE, { id, input: fullContent([{ text: 'Primera' }]) }));
    const before = dataOf<{ assessment: Detail }>(await read('secretariat', id)).assessment;
    const cases: [Record<string, unknown>, string][] = [
      [{ answers: [{ questionKey: 's1.q1', score: 5, comment: '' }] }, 'input.answers.0.score'],
      [{ answers: [{ questionKey: 's1.q1', score: 0, comment: '' }] }, 'input.answers.0.score'],
      [{ answers: [{ questionKey: 's9.q9', score: 2, comment: '' }] }, 'input.answers.0.questionKey'],
      [{ answers: [{ questionKey: 's1.q1', score: 2, comment: 'x'.repeat(2001) }] }, 'input.answers.0.comment'],
      [{ place: '' }, 'input.place'],
      [{ assessors: Array.from({ length: 11 }, (_, i) => `P${i}`) }, 'input.assessors'],
      [{ recommendations: [{ text: 'r'.repeat(1001) }] }, 'input.recommendations.0.text'],
      [{ findings: 'f'.repeat(10_001) }, 'findings'],
    ];
    for (const [change, field] of cases) {
      const result = await callers.secretariat(SAVE, {
        id,
        input: { ...fullContent([{ text: 'Cambiada' }]), ...change },
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors)).toContain(field);
    }
    const after = dataOf<{ assessment: Detail }>(await read('secretariat', id)).assessment;
    expect(after).toEqual(before);
    const badTemplate = await callers.secretariat(TEMPLATE, {
      m: world.mechanism.id,
      input: { title: 'T', sections: [{ title: 'S', questions: [] }] },
    });
    expect(JSON.stringify(badTemplate.errors)).toContain('input.sections.0.questions');
  });

  it('is the secretariat’s to write; members read completed ones only; others get not-found', async () => {
    const templateId = await template();
    const draft = await start(templateId);
    const done = await start(templateId);
    dataOf(await callers.secretariat(SAVE, { id: done, input: fullContent([{ text: 'Recomendación' }]) }));
    dataOf(await callers.secretariat(COMPLETE, { id: done }));

    expect(codeOf(await callers.memberOfficer(START, { t: templateId, input: header }))).toBe('FORBIDDEN');
    expect(codeOf(await callers.foreignSecretariat(START, { t: templateId, input: header }))).toBe('NOT_FOUND');
    expect(codeOf(await read('memberOfficer', draft))).toBe('NOT_FOUND');
    expect(dataOf<{ assessment: Detail }>(await read('memberAuditor', done)).assessment.canUpdate).toBe(false);
    expect(codeOf(await callers.memberOfficer(SAVE, { id: done, input: fullContent([]) }))).toBe('FORBIDDEN');
    for (const who of ['foreignOfficer', 'foreignSecretariat', 'platformAdmin'] as Who[]) {
      expect(codeOf(await read(who, done))).toBe('NOT_FOUND');
      expect(codeOf(await read(who, '00000000-0000-7000-8000-000000000000'))).toBe('NOT_FOUND');
    }
    const memberList = dataOf<{ assessments: { id: string; status: string }[] }>(
      await callers.memberOfficer(LIST, { m: world.mechanism.id }),
    ).assessments;
    expect(memberList.every((a) => a.status === 'COMPLETED')).toBe(true);
    expect(memberList.map((a) => a.id)).toContain(done);
    expect(
      dataOf<{ assessments: unknown[] }>(await callers.foreignOfficer(LIST, { m: world.mechanism.id })).assessments,
    ).toEqual([]);
    const recommendation = dataOf<{ assessment: Detail }>(await read('secretariat', done)).assessment
      .recommendations[0]!;
    const foreignAction = await callers.foreignSecretariat(MAKE_ACTION, {
      r: recommendation.id,
      input: { ownerAgencyId: world.agencies.cr.id, dueDate: '2027-01-01', priority: 'LOW' },
    });
    expect(codeOf(foreignAction)).toBe('NOT_FOUND');
  });
});
