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

const FIELDS = `id topic heldOn place trainers summary participantCount canUpdate
  participants { agency { acronym } female male otherOrNotStated } materials { id title }`;
const RECORD = `mutation ($m: ID!, $input: TrainingInput!) { recordTraining(mechanismId: $m, input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: TrainingInput!) { updateTraining(id: $id, input: $input) { ${FIELDS} } }`;
const ONE = `query ($id: ID!) { training(id: $id) { ${FIELDS} } }`;
const LIST = `query ($m: ID!) { trainings(mechanismId: $m) { id topic participantCount } }`;
const DOCUMENT = `mutation ($m: ID!, $input: LibraryDocumentInput!) { createLibraryDocument(mechanismId: $m, input: $input) { id } }`;

interface Detail {
  id: string;
  topic: string;
  participantCount: number;
  canUpdate: boolean;
  participants: { agency: { acronym: string }; female: number; male: number; otherOrNotStated: number }[];
  materials: { id: string; title: string }[];
}

async function documentOf(mechanismId: string, title: string, handlingCode = 'H2', by: Who = 'secretariat') {
  const input = { kind: 'TRAINING_MATERIAL', title, summary: 'Material', language: 'es', handlingCode };
  return dataOf<{ createLibraryDocument: { id: string } }>(await callers[by](DOCUMENT, { m: mechanismId, input }))
    .createLibraryDocument.id;
}

const input = (materialIds: string[] = []) => ({
  topic: 'Identificación de necesidades de protección',
  heldOn: '2026-10-15',
  place: 'Tapachula',
  trainers: ['Equipo de protección IGM'],
  summary: 'Taller de dos días.',
  participants: [
    { agencyId: world.agencies.inm.id, female: 6, male: 4, otherOrNotStated: 1 },
    { agencyId: world.agencies.fgr.id, female: 2, male: 3, otherOrNotStated: 0 },
  ],
  materialIds,
});

describe('trainings delivered by a mechanism', () => {
  it('records participants per agency and by sex, and materials read within their handling code', async () => {
    const open = await documentOf(world.mechanism.id, 'Guía de entrevista (H2)');
    const reserved = await documentOf(world.mechanism.id, 'Guía reservada (H1)', 'H1');
    const training = dataOf<{ recordTraining: Detail }>(
      await callers.secretariat(RECORD, { m: world.mechanism.id, input: input([open, reserved]) }),
    ).recordTraining;
    expect(training.participantCount).toBe(16);
    expect(training.participants.map((p) => [p.agency.acronym, p.female, p.male, p.otherOrNotStated]).sort()).toEqual([
      ['FGR', 2, 3, 0],
      ['INM', 6, 4, 1],
    ]);
    expect(training.materials.map((m) => m.title).sort()).toEqual(['Guía de entrevista (H2)', 'Guía reservada (H1)']);
    // An auditor of a member agency reads the training, but not the H1 material.
    const auditorView = dataOf<{ training: Detail }>(await callers.memberAuditor(ONE, { id: training.id })).training;
    expect(auditorView.materials.map((m) => m.title)).toEqual(['Guía de entrevista (H2)']);
    expect(auditorView.canUpdate).toBe(false);
    const listed = dataOf<{ trainings: { id: string }[] }>(
      await callers.memberOfficer(LIST, { m: world.mechanism.id }),
    ).trainings;
    expect(listed.map((t) => t.id)).toContain(training.id);
  });

  it('refuses bad counts, agencies and materials naming the field, changing nothing', async () => {
    const training = dataOf<{ recordTraining: Detail }>(
      await callers.secretariat(RECORD, { m: world.mechanism.id, input: input() }),
    ).recordTraining;
    const foreignDocument = await documentOf(world.foreignMechanism.id, 'Ajeno', 'H2', 'foreignSecretariat');
    const base = input();
    const cases: [Record<string, unknown>, string][] = [
      [{ participants: [{ agencyId: world.agencies.inm.id, female: -1, male: 0, otherOrNotStated: 0 }] }, 'female'],
      [{ participants: [{ agencyId: world.agencies.inm.id, female: 0, male: 10_001, otherOrNotStated: 0 }] }, 'male'],
      [{ participants: [{ agencyId: world.agencies.cr.id, female: 1, male: 0, otherOrNotStated: 0 }] }, 'agencyId'],
      [{ materialIds: [foreignDocument] }, 'input.materialIds'],
      [{ topic: ' ' }, 'input.topic'],
      [{ trainers: Array.from({ length: 11 }, (_, i) => `T${i}`) }, 'input.trainers'],
      [{ trainers: ['x'.repeat(121)] }, 'input.trainers.0'],
    ];
    for (const [change, field] of cases) {
      const result = await callers.secretariat(UPDATE, { id: training.id, input: { ...base, ...change } });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors)).toContain(field);
    }
    const after = dataOf<{ training: Detail }>(await callers.secretariat(ONE, { id: training.id })).training;
    expect(after).toEqual(training);
  });

  it('is recorded by the secretariat only; non-members get not-found', async () => {
    const training = dataOf<{ recordTraining: Detail }>(
      await callers.secretariat(RECORD, { m: world.mechanism.id, input: input() }),
    ).recordTraining;
    expect(codeOf(await callers.memberOfficer(RECORD, { m: world.mechanism.id, input: input() }))).toBe('FORBIDDEN');
    expect(codeOf(await callers.memberOfficer(UPDATE, { id: training.id, input: input() }))).toBe('FORBIDDEN');
    expect(codeOf(await callers.foreignSecretariat(RECORD, { m: world.mechanism.id, input: input() }))).toBe(
      'NOT_FOUND',
    );
    for (const who of ['foreignOfficer', 'foreignSecretariat', 'platformAdmin'] as Who[]) {
      expect(codeOf(await callers[who](ONE, { id: training.id }))).toBe('NOT_FOUND');
    }
    // Only secretariat users pass the role gate (FORBIDDEN for anyone else, whatever the id); another
    // mechanism's secretariat is answered like a missing training.
    expect(codeOf(await callers.foreignSecretariat(UPDATE, { id: training.id, input: input() }))).toBe('NOT_FOUND');
  });
});
