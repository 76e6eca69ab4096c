import { startTestServer, type TestServer } from '../support/test-server';

/** `pnpm demo`: the Guatemala–Mexico and triple-border libraries hold documents in Spanish and Portuguese. */
describe('demo library', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ ENLACE_DEMO: 'true' });
  }, 120_000);
  afterAll(() => api.stop());

  async function signedIn(email: string) {
    const signIn = await api.graphql(
      'mutation ($e: String!) { signIn(email: $e, password: "Enlace-Demo-2026") { status } }',
      {
        e: email,
      },
    );
    return signIn.headers.getSetCookie()[0].split(';')[0];
  }
  const LIST = `query ($m: ID!, $s: String) { libraryDocuments(mechanismId: $m, search: $s) {
    title language handlingCode versions { number downloadPath } } }`;
  interface Listed {
    libraryDocuments: { title: string; language: string; handlingCode: string; versions: { downloadPath: string }[] }[];
  }

  it.each([
    ['secretariat.gt-igm@demo.enlace.example', ['es'], 'derivación de menores', 'Protocolo binacional'],
    ['secretariat.br-pf@demo.enlace.example', ['es', 'pt'], 'encaminhamento de vítimas', 'Acordo operacional'],
  ])(
    'gives %s documents with a downloadable first version, found by search',
    async (email, languages, search, found) => {
      const cookie = await signedIn(email);
      const mechanisms = await api.graphql<{ mechanisms: { id: string }[] }>('{ mechanisms { id } }', {}, { cookie });
      const m = mechanisms.data!.mechanisms[0].id;
      const all = await api.graphql<Listed>(LIST, { m }, { cookie });
      expect(all.errors).toBeUndefined();
      const documents = all.data!.libraryDocuments;
      expect([...new Set(documents.map((d) => d.language))].sort()).toEqual(languages);
      expect(documents.every((d) => d.versions.length === 1)).toBe(true);
      const file = await fetch(`${api.url}${documents[0].versions[0].downloadPath}`, { headers: { cookie } });
      expect(file.status).toBe(200);
      expect(await file.text()).toMatch(/fict[ií]ci/);
      const hits = await api.graphql<Listed>(LIST, { m, s: search }, { cookie });
      expect(hits.data!.libraryDocuments[0].title).toContain(found);
    },
  );

  it.each([
    ['liaison-officer.mx-inm@demo.enlace.example', 'IGM', 'Guardia migratoria Tecún Umán'],
    ['liaison-officer.py-mig@demo.enlace.example', 'PF', 'Plantão da Polícia Federal na Ponte da Amizade'],
  ])(
    "shows %s the mechanism's 24/7 roster, with %s's round-the-clock desk on duty now",
    async (email, acronym, desk) => {
      const cookie = await signedIn(email);
      const mechanisms = await api.graphql<{ mechanisms: { id: string }[] }>('{ mechanisms { id } }', {}, { cookie });
      const roster = await api.graphql<{
        dutyRoster: { deskName: string; onDutyNow: boolean; agency: { acronym: string } }[];
      }>(
        'query ($m: ID!) { dutyRoster(mechanismId: $m, onDutyOnly: true) { deskName onDutyNow agency { acronym } } }',
        { m: mechanisms.data!.mechanisms[0].id },
        { cookie },
      );
      expect(roster.errors).toBeUndefined();
      expect(roster.data!.dutyRoster).toContainEqual({ deskName: desk, onDutyNow: true, agency: { acronym } });
    },
  );
});
