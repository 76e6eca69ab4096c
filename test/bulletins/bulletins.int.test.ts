// Issue 17, "Bulletins": shared, non-personal information from a mechanism to its members, drafted by a member
// agency's liaison officer, published by the secretariat, read within handling codes, acknowledged per agency.
import { DutyContact } from '../../server/src/modules/coordination';
import { Agency, Mechanism, User } from '../../server/src/modules/identity';
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
const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
  server.server.orm.em.fork().execute<T[]>(query, params);

beforeAll(async () => {
  server = await startTestServer();
  world = await createCoordinationWorld(server.server.orm);
  for (const who of Object.keys(world.cookieOf) as Who[]) callers[who] = callerOf(server, world.cookieOf[who]);
  const em = server.server.orm.em.fork();
  const desk = (agency: Agency, email: string, languages: string[]) =>
    em.create(DutyContact, {
      mechanism: em.getReference(Mechanism, world.mechanism.id),
      agency: em.getReference(Agency, agency.id),
      deskName: `Guardia ${agency.acronym}`,
      timeZone: 'America/Guatemala',
      alwaysOn: true,
      phone: '+502 0000 0000',
      email,
      languages,
      updatedBy: em.getReference(User, world.userOf.secretariat.id),
    });
  desk(world.agencies.inm, 'guardia-inm@example.org', ['es']);
  desk(world.agencies.fgr, 'guardia-fgr@example.org', ['en']);
  desk(world.agencies.cr, 'guardia-cr@example.org', ['es']);
  await em.flush();
}, 60_000);
afterAll(() => server?.stop());

const FIELDS = `id kind status handlingCode validNow publishedAt canUpdate canPublish canAcknowledge
  acknowledgedByMyAgencyAt texts { language title body } draftingAgency { acronym }
  acknowledgements { agency { acronym } acknowledgedAt }`;
const CREATE = `mutation ($m: ID!, $input: BulletinInput!) { createBulletin(mechanismId: $m, input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: BulletinInput!) { updateBulletin(id: $id, input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishBulletin(id: $id) { ${FIELDS} } }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledgeBulletin(id: $id) { ${FIELDS} } }`;
const ONE = `query ($id: ID!) { bulletin(id: $id) { ${FIELDS} } }`;
const LIST = `query ($search: String, $kind: BulletinKind, $validNow: Boolean, $cp: ID) {
  bulletins(search: $search, kind: $kind, validNow: $validNow, crossingPointId: $cp) { id texts { title } } }`;

interface BulletinShape {
  id: string;
  status: string;
  validNow: boolean;
  canPublish: boolean;
  canAcknowledge: boolean;
  acknowledgedByMyAgencyAt: string | null;
  acknowledgements: { agency: { acronym: string }; acknowledgedAt: string | null }[];
  texts: { language: string; title: string; body: string }[];
}

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();
const input = (overrides: Record<string, unknown> = {}) => ({
  kind: 'ROUTE_MODUS_OPERANDI',
  texts: [
    {
      language: 'es',
      title: 'Ruta de tráfico por balsas en el río Suchiate',
      body: 'Las redes cruzan en balsas de noche y trasladan a los grupos en camiones refrigerados hacia Tapachula.',
    },
  ],
  handlingCode: 'H2',
  validUntil: inDays(90),
  ...overrides,
});

async function draft(who: Who, overrides: Record<string, unknown> = {}): Promise<BulletinShape> {
  return dataOf<{ createBulletin: BulletinShape }>(
    await callers[who](CREATE, { m: world.mechanism.id, input: input(overrides) }),
  ).createBulletin;
}
async function published(overrides: Record<string, unknown> = {}): Promise<BulletinShape> {
  const bulletin = await draft('memberOfficer', overrides);
  return dataOf<{ publishBulletin: BulletinShape }>(await callers.secretariat(PUBLISH, { id: bulletin.id }))
    .publishBulletin;
}
const titlesFor = async (who: Who, variables: Record<string, unknown> = {}) =>
  dataOf<{ bulletins: { texts: { title: string }[] }[] }>(await callers[who](LIST, variables)).bulletins.map(
    (bulletin) => bulletin.texts[0]!.title,
  );
const fieldsOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.fields as Record<string, string> | undefined;

describe('drafting and publishing', () => {
  it("is drafted by a member agency's liaison officer and published by the secretariat only", async () => {
    const bulletin = await draft('memberOfficer');
    expect(bulletin.status).toBe('DRAFT');
    expect(bulletin.canPublish).toBe(false);
    // A draft is its agency's and the secretariat's: other members do not see it.
    expect(codeOf(await callers.otherMemberOfficer(ONE, { id: bulletin.id }))).toBe('NOT_FOUND');
    expect(codeOf(await callers.memberOfficer(PUBLISH, { id: bulletin.id }))).toBe('FORBIDDEN');
    expect(codeOf(await callers.memberAuditor(CREATE, { m: world.mechanism.id, input: input() }))).toBe('FORBIDDEN');
    expect(codeOf(await callers.foreignOfficer(CREATE, { m: world.mechanism.id, input: input() }))).toBe('NOT_FOUND');
    const done = dataOf<{ publishBulletin: BulletinShape }>(
      await callers.secretariat(PUBLISH, { id: bulletin.id }),
    ).publishBulletin;
    expect(done.status).toBe('PUBLISHED');
    // Published: no more changes, by anyone.
    expect(codeOf(await callers.memberOfficer(UPDATE, { id: bulletin.id, input: input() }))).toBe('FORBIDDEN');
    expect(codeOf(await callers.secretariat(UPDATE, { id: bulletin.id, input: input() }))).toBe('FORBIDDEN');
    const audit = await sql<{ action: string }>(`select action from audit_event where entity_id = ? order by seq`, [
      bulletin.id,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['bulletin.create', 'bulletin.publish']);
  });

  it("mails each member agency's duty desk the title and a link, in the desk's language, never the body", async () => {
    const bulletin = await published({
      texts: [
        { language: 'es', title: 'Indicadores en Tecún Umán', body: 'Cuerpo reservado: grupos de cinco personas.' },
        { language: 'en', title: 'Indicators at Tecún Umán', body: 'Reserved body: groups of five.' },
      ],
      kind: 'CROSSING_INDICATORS',
    });
    const mails = await sql<{ recipient: string; subject: string; text: string }>(
      `select recipient, subject, text from mail_outbox where text like ? order by recipient`,
      [`%/bulletins/${bulletin.id}%`],
    );
    expect(mails.map((mail) => mail.recipient)).toEqual(['guardia-fgr@example.org', 'guardia-inm@example.org']);
    expect(mails[0]!.subject).toContain('Indicators at Tecún Umán');
    expect(mails[1]!.subject).toContain('Indicadores en Tecún Umán');
    for (const mail of mails) expect(mail.text).not.toContain('Reserved body');
    for (const mail of mails) expect(mail.text).not.toContain('Cuerpo reservado');
  });

  it('states its limits, each under its field, and changes nothing', async () => {
    const before = await sql<{ n: number }>('select count(*)::int as n from bulletin');
    const tooLong = await callers.memberOfficer(CREATE, {
      m: world.mechanism.id,
      input: input({ texts: [{ language: 'es', title: 'a'.repeat(201), body: 'b' }] }),
    });
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    const bodyTooLong = await callers.memberOfficer(CREATE, {
      m: world.mechanism.id,
      input: input({ texts: [{ language: 'es', title: 'Ruta', body: 'b'.repeat(8_001) }] }),
    });
    expect(codeOf(bodyTooLong)).toBe('BAD_USER_INPUT');
    const noLanguage = await callers.memberOfficer(CREATE, { m: world.mechanism.id, input: input({ texts: [] }) });
    expect(fieldsOf(noLanguage)).toEqual({ 'input.texts': 'error.bulletin.languageRequired' });
    const twice = await callers.memberOfficer(CREATE, {
      m: world.mechanism.id,
      input: input({
        texts: [
          { language: 'de', title: 'Route', body: 'Text' },
          { language: 'es', title: 'Ruta', body: 'Texto' },
          { language: 'es', title: 'Ruta', body: 'Texto' },
        ],
      }),
    });
    expect(fieldsOf(twice)).toEqual({
      'input.texts.0.language': 'error.coordination.language',
      'input.texts.2.language': 'error.bulletin.languageTwice',
    });
    const h3 = await callers.memberOfficer(CREATE, {
      m: world.mechanism.id,
      input: input({ handlingCode: 'H3', namedAgencyIds: [world.agencies.cr.id] }),
    });
    expect(fieldsOf(h3)).toEqual({ 'input.namedAgencyIds': 'error.coordination.notMember' });
    const foreignPoint = await callers.memberOfficer(CREATE, {
      m: world.mechanism.id,
      input: input({ crossingPointId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(fieldsOf(foreignPoint)).toEqual({ 'input.crossingPointId': 'error.bulletin.crossingPoint' });
    const after = await sql<{ n: number }>('select count(*)::int as n from bulletin');
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe('validity', () => {
  it('ends after it starts, at most a year later', async () => {
    const backwards = await callers.memberOfficer(CREATE, {
      m: world.mechanism.id,
      input: input({ validFrom: inDays(10), validUntil: inDays(5) }),
    });
    expect(fieldsOf(backwards)).toEqual({ 'input.validUntil': 'error.bulletin.validity' });
    const tooLong = await callers.memberOfficer(CREATE, {
      m: world.mechanism.id,
      input: input({ validUntil: inDays(400) }),
    });
    expect(fieldsOf(tooLong)).toEqual({ 'input.validUntil': 'error.bulletin.validityTooLong' });
  });

  it('leaves the default list when expired or not yet valid, and stays searchable', async () => {
    const tag = `vigencia${Date.now()}`;
    const expired = await published({
      texts: [{ language: 'es', title: `Caducado ${tag}`, body: 'Ruta antigua por La Mesilla.' }],
    });
    await sql(
      `update bulletin set valid_from = now() - interval '60 days', valid_until = now() - interval '1 day' where id = ?`,
      [expired.id],
    );
    await published({ texts: [{ language: 'es', title: `Vigente ${tag}`, body: 'Ruta actual por La Mesilla.' }] });
    const mine = (titles: string[]) => titles.filter((title) => title.includes(tag)).sort();
    expect(mine(await titlesFor('memberAuditor'))).toEqual([`Vigente ${tag}`]);
    expect(mine(await titlesFor('memberAuditor', { validNow: false }))).toEqual([`Caducado ${tag}`, `Vigente ${tag}`]);
    expect(mine(await titlesFor('memberAuditor', { search: tag, validNow: false }))).toEqual([
      `Caducado ${tag}`,
      `Vigente ${tag}`,
    ]);
    const one = dataOf<{ bulletin: BulletinShape }>(await callers.memberAuditor(ONE, { id: expired.id })).bulletin;
    expect(one.validNow).toBe(false);
  });
});

describe('handling codes', () => {
  it('are read in SQL: H2 by every member user, H1 by focal points, H3 by the named agencies; nobody outside', async () => {
    const tag = `hc${Date.now()}`;
    const named = (code: string, title: string, namedAgencyIds: string[] = []) =>
      published({
        handlingCode: code,
        namedAgencyIds,
        texts: [{ language: 'es', title: `${tag} ${title}`, body: 'Indicadores en el cruce.' }],
      });
    await named('H2', 'abierto');
    await named('H1', 'reservado');
    const h3 = await named('H3', 'para FGR', [world.agencies.fgr.id]);
    const mine = async (who: Who) =>
      (await titlesFor(who, { search: tag })).filter((title) => title.startsWith(tag)).sort();
    expect(await mine('secretariat')).toEqual([`${tag} abierto`, `${tag} para FGR`, `${tag} reservado`]);
    expect(await mine('memberOfficer')).toEqual([`${tag} abierto`, `${tag} reservado`]);
    expect(await mine('memberAuditor')).toEqual([`${tag} abierto`]);
    expect(await mine('otherMemberOfficer')).toEqual([`${tag} abierto`, `${tag} para FGR`, `${tag} reservado`]);
    expect(await mine('foreignOfficer')).toEqual([]);
    expect(await mine('platformAdmin')).toEqual([]);
    expect(codeOf(await callers.foreignOfficer(ONE, { id: h3.id }))).toBe('NOT_FOUND');
    expect(codeOf(await callers.memberOfficer(ONE, { id: h3.id }))).toBe('NOT_FOUND');
    expect(codeOf(await callers.foreignOfficer(ACKNOWLEDGE, { id: h3.id }))).toBe('NOT_FOUND');
  });
});

describe('acknowledgement', () => {
  it('is recorded once per member agency, and the publisher sees who has not acknowledged', async () => {
    const bulletin = await published();
    expect(bulletin.acknowledgements.map((row) => [row.agency.acronym, row.acknowledgedAt])).toEqual([
      ['FGR', null],
      ['IGM', null],
      ['INM', null],
    ]);
    const first = dataOf<{ acknowledgeBulletin: BulletinShape }>(
      await callers.memberAuditor(ACKNOWLEDGE, { id: bulletin.id }),
    ).acknowledgeBulletin;
    expect(first.acknowledgedByMyAgencyAt).not.toBeNull();
    // Members do not see the other agencies' acknowledgements.
    expect(first.acknowledgements).toEqual([]);
    // A second user of the same agency changes nothing: the agency acknowledged it once.
    const second = dataOf<{ acknowledgeBulletin: BulletinShape }>(
      await callers.memberOfficer(ACKNOWLEDGE, { id: bulletin.id }),
    ).acknowledgeBulletin;
    expect(second.acknowledgedByMyAgencyAt).toBe(first.acknowledgedByMyAgencyAt);
    const rows = await sql<{ acknowledged_by_id: string }>(
      'select acknowledged_by_id from bulletin_acknowledgement where bulletin_id = ?',
      [bulletin.id],
    );
    expect(rows).toEqual([{ acknowledged_by_id: world.userOf.memberAuditor.id }]);
    const seen = dataOf<{ bulletin: BulletinShape }>(await callers.secretariat(ONE, { id: bulletin.id })).bulletin;
    expect(seen.acknowledgements.map((row) => [row.agency.acronym, row.acknowledgedAt !== null])).toEqual([
      ['FGR', false],
      ['IGM', false],
      ['INM', true],
    ]);
  });

  it('is not given for a draft, nor by a non-member', async () => {
    const bulletin = await draft('memberOfficer');
    expect(codeOf(await callers.memberOfficer(ACKNOWLEDGE, { id: bulletin.id }))).toBe('FORBIDDEN');
    expect(codeOf(await callers.otherMemberOfficer(ACKNOWLEDGE, { id: bulletin.id }))).toBe('NOT_FOUND');
    const done = await published();
    expect(codeOf(await callers.foreignOfficer(ACKNOWLEDGE, { id: done.id }))).toBe('NOT_FOUND');
    expect(codeOf(await callers.foreignSecretariat(ONE, { id: done.id }))).toBe('NOT_FOUND');
  });
});

describe("no person's data", () => {
  it('refuses a draft holding an identity document number, naming the field', async () => {
    for (const number of ['G12345678', '2456 78901 0101', 'GOML850101HDFRRS09', '123.456.789-01']) {
      const result = await callers.memberOfficer(CREATE, {
        m: world.mechanism.id,
        input: input({ texts: [{ language: 'es', title: 'Pasaporte falso', body: `Número ${number} alterado.` }] }),
      });
      expect(fieldsOf(result)).toEqual({ 'input.texts.0.body': 'error.bulletin.documentNumber' });
    }
  });

  it('refuses to publish a name an agency registered for identity checks, and audits the refusal', async () => {
    await callers.otherMemberOfficer(
      `mutation ($input: IdentityRecordInput!) { registerIdentityRecord(input: $input) }`,
      {
        input: {
          mechanismId: world.mechanism.id,
          reference: 'FGR-BOLETIN-1',
          person: { familyNames: 'Pérez García', givenNames: 'Juan Carlos', dateOfBirth: '1985-03-02' },
        },
      },
    );
    const withName = await draft('memberOfficer', {
      texts: [
        { language: 'es', title: 'Ruta por El Carmen', body: 'Los grupos se reúnen en el hotel del centro.' },
        { language: 'en', title: 'Route through El Carmen', body: 'The network is run by Juan Perez from Tapachula.' },
      ],
    });
    const refused = await callers.secretariat(PUBLISH, { id: withName.id });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual({ 'texts.1.body': 'error.bulletin.personName' });
    const withBirthDate = await draft('memberOfficer', {
      texts: [{ language: 'es', title: 'Alerta', body: 'Conducido por PÉREZ GARCÍA, Juan Carlos (02/03/1985).' }],
    });
    expect(fieldsOf(await callers.secretariat(PUBLISH, { id: withBirthDate.id }))).toEqual({
      'texts.0.body': 'error.bulletin.personName',
    });
    const still = dataOf<{ bulletin: BulletinShape }>(await callers.secretariat(ONE, { id: withName.id })).bulletin;
    expect(still.status).toBe('DRAFT');
    const audit = await sql<{ action: string }>(`select action from audit_event where entity_id = ? order by seq`, [
      withName.id,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['bulletin.create', 'bulletin.publishRefused']);
    // A name nobody registered, and place names, pass.
    const clean = await draft('memberOfficer', {
      texts: [{ language: 'es', title: 'Ruta por Ciudad Hidalgo', body: 'Los coyotes usan el puente Rodolfo Robles.' }],
    });
    const cleanDone = await callers.secretariat(PUBLISH, { id: clean.id });
    expect(dataOf<{ publishBulletin: BulletinShape }>(cleanDone).publishBulletin.status).toBe('PUBLISHED');
  });
});

describe('search and filters', () => {
  it('finds bulletins by stemmed words in each language, and filters by kind and crossing point', async () => {
    const tag = `busca${Date.now()}`;
    await published({
      kind: 'FALSE_DOCUMENT',
      crossingPointId: world.crossingPoint.id,
      texts: [
        { language: 'es', title: `Pasaportes falsificados ${tag}`, body: 'Páginas de datos relaminadas.' },
        { language: 'pt', title: `Passaportes falsificados ${tag}`, body: 'Páginas de dados relaminadas.' },
      ],
    });
    await published({
      texts: [{ language: 'fr', title: `Itinéraires ${tag}`, body: 'Les passeurs empruntent des pirogues.' }],
    });
    expect(await titlesFor('memberAuditor', { search: 'pasaporte falsificado relaminada' })).toContain(
      `Pasaportes falsificados ${tag}`,
    );
    expect(await titlesFor('memberAuditor', { search: 'passeur pirogue' })).toEqual([`Itinéraires ${tag}`]);
    const falseDocuments = await titlesFor('memberAuditor', { kind: 'FALSE_DOCUMENT' });
    expect(falseDocuments).toContain(`Pasaportes falsificados ${tag}`);
    expect(falseDocuments).not.toContain(`Itinéraires ${tag}`);
    expect(await titlesFor('memberAuditor', { cp: world.crossingPoint.id })).toEqual([
      `Pasaportes falsificados ${tag}`,
    ]);
    expect(codeOf(await callers.memberAuditor(LIST, { search: 'a'.repeat(201) }))).toBe('BAD_USER_INPUT');
  });
});

describe('specimen images', () => {
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const upload = (who: Who, id: string, content: Buffer, type = 'image/png') =>
    fetch(`${server.url}/api/bulletins/${id}/images`, {
      method: 'POST',
      headers: {
        cookie: world.cookieOf[who],
        'x-requested-with': 'enlace',
        'content-type': type,
        'x-file-name': encodeURIComponent('especimen.png'),
      },
      body: new Uint8Array(content),
    });

  it('are PNG or JPEG, added to drafts, downloaded by readers only, and every download is audited', async () => {
    const bulletin = await draft('memberOfficer', { kind: 'FALSE_DOCUMENT' });
    expect((await upload('memberOfficer', bulletin.id, Buffer.from('%PDF-1.4\n'), 'application/pdf')).status).toBe(415);
    expect((await upload('memberOfficer', bulletin.id, Buffer.from('not a png'))).status).toBe(415);
    const created = await upload('memberOfficer', bulletin.id, PNG);
    expect(created.status).toBe(201);
    const { downloadPath } = (await created.json()) as { downloadPath: string };
    expect((await upload('otherMemberOfficer', bulletin.id, PNG)).status).toBe(404);
    await callers.secretariat(PUBLISH, { id: bulletin.id });
    expect((await upload('secretariat', bulletin.id, PNG)).status).toBe(403);
    const get = (who: Who) => fetch(`${server.url}${downloadPath}`, { headers: { cookie: world.cookieOf[who] } });
    const read = await get('memberAuditor');
    expect(read.status).toBe(200);
    expect(Buffer.from(await read.arrayBuffer())).toEqual(PNG);
    expect((await get('foreignOfficer')).status).toBe(404);
    const audit = await sql<{ n: number }>(
      `select count(*)::int as n from audit_event where entity_id = ? and action = 'bulletin.image.download'`,
      [bulletin.id],
    );
    expect(audit[0]!.n).toBe(1);
  });
});
