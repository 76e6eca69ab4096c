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
import { at, firstError } from '../support/indexing';

let server: TestServer;
let world: CoordinationWorld;
const callers = {} as Record<Who, Caller>;

beforeAll(async () => {
  server = await startTestServer();
  world = await createCoordinationWorld(server.server.orm);
  for (const who of Object.keys(world.cookieOf) as Who[]) callers[who] = callerOf(server, world.cookieOf[who]);
}, 60_000);
afterAll(() => server?.stop());

const CREATE = `mutation ($m: ID!, $input: LibraryDocumentInput!) { createLibraryDocument(mechanismId: $m, input: $input) {
  id title handlingCode currentVersion canUpdate namedAgencies { acronym } } }`;
const LIST = `query ($m: ID!, $search: String) { libraryDocuments(mechanismId: $m, search: $search) { id title } }`;
const ONE = `query ($id: ID!) { libraryDocument(id: $id) { id title currentVersion versions { number fileName note sha256 downloadPath } } }`;

interface Input {
  title: string;
  summary?: string;
  language?: string;
  handlingCode?: string;
  namedAgencyIds?: string[];
  kind?: string;
}
async function create(input: Input): Promise<string> {
  const result = await callers.secretariat(CREATE, {
    m: world.mechanism.id,
    input: { kind: 'PROTOCOL', summary: 'Resumen', language: 'es', handlingCode: 'H2', ...input },
  });
  return dataOf<{ createLibraryDocument: { id: string } }>(result).createLibraryDocument.id;
}
const titlesFor = async (who: Who, search?: string) =>
  dataOf<{ libraryDocuments: { title: string }[] }>(
    await callers[who](LIST, { m: world.mechanism.id, search }),
  ).libraryDocuments.map((document) => document.title);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const upload = (who: Who, documentId: string, content: Buffer = PDF, note?: string) =>
  fetch(`${server.url}/api/library/documents/${documentId}/versions`, {
    method: 'POST',
    headers: {
      cookie: world.cookieOf[who],
      'x-requested-with': 'enlace', // the CSRF header the web client sends
      'content-type': 'application/pdf',
      'x-file-name': encodeURIComponent('Protocolo atención.pdf'),
      ...(note ? { 'x-version-note': encodeURIComponent(note) } : {}),
    },
    body: new Uint8Array(content),
  });

describe("a mechanism's document library", () => {
  it('is kept by the secretariat only; others are refused or answered like a missing mechanism', async () => {
    const bad = { kind: 'STANDARD_OPERATING_PROCEDURE', title: 'x', summary: 'y', language: 'es', handlingCode: 'H2' };
    expect(codeOf(await callers.memberOfficer(CREATE, { m: world.mechanism.id, input: bad }))).toBe('FORBIDDEN');
    expect(codeOf(await callers.foreignSecretariat(CREATE, { m: world.mechanism.id, input: bad }))).toBe('NOT_FOUND');
    const created = await callers.secretariat(CREATE, { m: world.mechanism.id, input: bad });
    expect(dataOf<{ createLibraryDocument: { canUpdate: boolean } }>(created).createLibraryDocument.canUpdate).toBe(
      true,
    );
  });

  it('states its limits and checks H3 agencies against the members', async () => {
    const base = { kind: 'PROTOCOL', summary: 'y', language: 'es', handlingCode: 'H2', title: 'x' };
    const tooLong = await callers.secretariat(CREATE, {
      m: world.mechanism.id,
      input: { ...base, title: 'a'.repeat(301) },
    });
    expect(firstError(tooLong).extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    const badLanguage = await callers.secretariat(CREATE, {
      m: world.mechanism.id,
      input: { ...base, language: 'de' },
    });
    expect(JSON.stringify(badLanguage.errors)).toContain('error.coordination.language');
    const h3Empty = await callers.secretariat(CREATE, {
      m: world.mechanism.id,
      input: { ...base, handlingCode: 'H3' },
    });
    expect(JSON.stringify(h3Empty.errors)).toContain('input.namedAgencyIds');
    const h3Foreign = await callers.secretariat(CREATE, {
      m: world.mechanism.id,
      input: { ...base, handlingCode: 'H3', namedAgencyIds: [world.agencies.cr.id] },
    });
    expect(JSON.stringify(h3Foreign.errors)).toContain('error.coordination.notMember');
  });

  it('is read within handling codes, in SQL: H2 by every member user, H1 by focal points, H3 by the named agencies', async () => {
    const tag = `hc${Date.now()}`;
    await create({ title: `${tag} H2 abierto`, handlingCode: 'H2' });
    await create({ title: `${tag} H1 reservado`, handlingCode: 'H1' });
    await create({ title: `${tag} H3 para FGR`, handlingCode: 'H3', namedAgencyIds: [world.agencies.fgr.id] });
    const mine = async (who: Who) => (await titlesFor(who)).filter((title) => title.startsWith(tag)).sort();
    expect(await mine('secretariat')).toEqual([`${tag} H1 reservado`, `${tag} H2 abierto`, `${tag} H3 para FGR`]);
    expect(await mine('memberOfficer')).toEqual([`${tag} H1 reservado`, `${tag} H2 abierto`]);
    expect(await mine('memberAuditor')).toEqual([`${tag} H2 abierto`]);
    expect(await mine('otherMemberOfficer')).toEqual([
      `${tag} H1 reservado`,
      `${tag} H2 abierto`,
      `${tag} H3 para FGR`,
    ]);
    expect(await mine('foreignOfficer')).toEqual([]);
    expect(await mine('platformAdmin')).toEqual([]);
  });

  it('finds documents by their words in Spanish and in Portuguese, stemmed in each language', async () => {
    await create({
      title: 'Protocolo de atención a niñas y niños no acompañados',
      summary: 'Procedimientos para la identificación y derivación de menores en los pasos fronterizos.',
      language: 'es',
    });
    await create({
      title: 'Acordo de cooperação para a tríplice fronteira',
      summary: 'Estabelece os procedimentos de encaminhamento de vítimas de tráfico entre as agências.',
      language: 'pt',
      handlingCode: 'H1',
    });
    // Spanish stemming: "derivaciones" and "acompañado" match "derivación" and "acompañados".
    expect(await titlesFor('memberAuditor', 'derivaciones acompañado')).toEqual([
      'Protocolo de atención a niñas y niños no acompañados',
    ]);
    // Portuguese stemming: "vítima" and "encaminhamentos" match; the H1 document is not for the auditor.
    expect(await titlesFor('memberOfficer', 'vítima encaminhamentos')).toEqual([
      'Acordo de cooperação para a tríplice fronteira',
    ]);
    expect(await titlesFor('memberAuditor', 'vítima encaminhamentos')).toEqual([]);
    expect(await titlesFor('foreignOfficer', 'protocolo')).toEqual([]);
    const tooLong = await callers.memberOfficer(LIST, { m: world.mechanism.id, search: 'a'.repeat(201) });
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
  });

  it('takes versions from the secretariat through the file store, and serves them checked and audited', async () => {
    const id = await create({ title: 'Convenio con versiones' });
    const member = await upload('memberOfficer', id);
    expect([member.status, await member.json()]).toEqual([403, { code: 'FORBIDDEN', messageKey: 'error.forbidden' }]);
    const foreign = await upload('foreignSecretariat', id);
    expect([foreign.status, await foreign.json()]).toEqual([404, { code: 'NOT_FOUND', messageKey: 'error.notFound' }]);
    const first = await upload('secretariat', id, PDF, 'Versión firmada');
    expect(first.status).toBe(201);
    const second = await upload('secretariat', id, Buffer.concat([PDF, Buffer.from('% v2\n')]));
    expect(((await second.json()) as { number: number }).number).toBe(2);
    expect((await upload('secretariat', id, Buffer.from('MZ\x90\x00binary'))).status).toBe(415);

    const document = dataOf<{
      libraryDocument: {
        currentVersion: number;
        versions: { number: number; note: string | null; downloadPath: string }[];
      };
    }>(await callers.memberAuditor(ONE, { id })).libraryDocument;
    expect(document.currentVersion).toBe(2);
    expect(document.versions.map((v) => [v.number, v.note])).toEqual([
      [2, null],
      [1, 'Versión firmada'],
    ]);
    const path = at(document.versions, 1).downloadPath;
    const download = await fetch(`${server.url}${path}`, { headers: { cookie: world.cookieOf.memberAuditor } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('Protocolo atención.pdf'));
    const stranger = await fetch(`${server.url}${path}`, { headers: { cookie: world.cookieOf.foreignOfficer } });
    expect(stranger.status).toBe(404);

    const audit: { action: string }[] = await server.server.orm.em
      .fork()
      .execute(`select action from audit_event where entity_id = ? order by seq`, [id]);
    expect(audit.map((row) => row.action)).toEqual([
      'library.document.create',
      'library.version.upload',
      'library.version.upload',
      'library.version.download',
    ]);
  });

  it('answers a document of another mechanism, or one outside the handling code, like a missing one', async () => {
    const id = await create({ title: 'Reservado H1', handlingCode: 'H1' });
    for (const who of ['memberAuditor', 'foreignOfficer', 'platformAdmin'] as Who[]) {
      const result = await callers[who](ONE, { id });
      expect(codeOf(result)).toBe('NOT_FOUND');
      expect(firstError(result).message).toBe('LibraryDocument not found');
    }
    expect(codeOf(await callers.memberOfficer(ONE, { id }))).toBe('OK');
  });
});
