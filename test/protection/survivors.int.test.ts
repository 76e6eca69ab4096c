import { Role } from '../../server/src/platform/authz/roles';
import { yearIn } from '../../server/src/platform/numbering/gap-free-counter';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  KEY_A,
  keysEnv,
  MARIA,
  MARIA_SECRETS,
  protectionAgency,
  READ,
  register,
  type Staff,
} from './protection-fixtures';
import { at } from '../support/indexing';

type Survivor = Record<string, unknown> & { id: string; code: string; restrictedFields: string[] };

describe('The survivor record: held by one agency, personal data for the assigned people only, encrypted at rest', () => {
  let api: TestServer;
  let cr: Record<'admin' | 'auditor' | 'colleague' | 'liaison' | 'supervisor' | 'worker', Staff>;
  let gt: Record<'worker', Staff>;
  let crAgencyId: string;

  beforeAll(async () => {
    api = await startTestServer(keysEnv(`k2026:${KEY_A}`));
    const own = await protectionAgency(api.server.orm, 'CR', 'America/Costa_Rica', {
      worker: Role.CASE_WORKER,
      colleague: Role.CASE_WORKER,
      supervisor: Role.PROTECTION_SUPERVISOR,
      liaison: Role.LIAISON_OFFICER,
      admin: Role.AGENCY_ADMIN,
      auditor: Role.AUDITOR,
    });
    cr = own.staff;
    crAgencyId = own.agency.id;
    gt = (await protectionAgency(api.server.orm, 'GT', 'America/Guatemala', { worker: Role.CASE_WORKER })).staff;
  });
  afterAll(() => api.stop());

  const read = async (cookie: string, id: string) => api.graphql<{ survivor: Survivor }>(READ, { id }, { cookie });
  const sql = <T>(query: string, params: unknown[] = []) =>
    api.server.orm.em.fork().getConnection().execute<T[]>(query, params);

  it('gives each survivor the next pseudonymous code of the agency and year, gap-free, starting at 00001 per agency', async () => {
    const year = yearIn('America/Costa_Rica', new Date());
    const first = await register(api, cr.worker.cookie);
    const second = await register(api, cr.worker.cookie, { givenNames: 'Ana' });
    const other = await register(api, gt.worker.cookie, { givenNames: 'Rosa' });
    expect(first.code).toBe(`SV-CR-${year}-00001`);
    expect(second.code).toBe(`SV-CR-${year}-00002`);
    expect(other.code).toBe(`SV-GT-${yearIn('America/Guatemala', new Date())}-00001`);
    // A refused registration takes no number.
    const refused = await api.graphql(
      `mutation ($input: SurvivorInput!) { registerSurvivor(input: $input) { code } }`,
      { input: { givenNames: 'x'.repeat(201) } },
      { cookie: cr.worker.cookie },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'input.givenNames': 'error.protection.nameTooLong' },
    });
    expect((await register(api, cr.worker.cookie, { givenNames: 'Luz' })).code).toBe(`SV-CR-${year}-00003`);
  });

  it('keeps no personal data in the clear in PostgreSQL: plain SQL sees ciphertext, a wrapped key and its key id', async () => {
    const survivor = await register(api, cr.worker.cookie);
    expect(survivor.givenNames).toBe('María José'); // the registering case worker reads it back
    const row = at(await sql<Record<string, unknown>>('select * from survivor where id = ?', [survivor.id]), 0);
    expect(row.key_id).toBe('k2026');
    const everyColumn = JSON.stringify(row) + (row.personal_data as Buffer).toString('latin1');
    const asText = at(await sql<{ t: string }>('select s::text as t from survivor s where id = ?', [survivor.id]), 0).t;
    for (const secret of MARIA_SECRETS) {
      expect(everyColumn).not.toContain(secret);
      expect(asText).not.toContain(secret);
      expect((row.personal_data as Buffer).includes(Buffer.from(secret, 'utf8'))).toBe(false);
    }
    // Nor does the audit trail of the registration carry any of it.
    const trail = await sql<{ t: string }>('select a::text as t from audit_event a where entity_id = ?', [survivor.id]);
    for (const { t } of trail) for (const secret of MARIA_SECRETS) expect(t).not.toContain(secret);
  });

  it('lets only the assigned case worker and supervisor read personal data; colleagues see the code with the fields restricted', async () => {
    const survivor = await register(api, cr.worker.cookie);
    const asColleague = (await read(cr.colleague.cookie, survivor.id)).data!.survivor;
    expect(asColleague.code).toBe(survivor.code);
    expect(asColleague.givenNames).toBeNull();
    expect(asColleague.identityDocuments).toBeNull();
    expect(asColleague.restrictedFields).toEqual(expect.arrayContaining(['givenNames', 'exploitations', 'email']));
    expect(asColleague.vulnerabilities).toEqual(['MEDICAL_NEEDS']);
    const asSupervisor = (await read(cr.supervisor.cookie, survivor.id)).data!.survivor;
    expect(asSupervisor.givenNames).toBeNull();

    const assign = await api.graphql(
      `mutation ($input: SurvivorAssignmentInput!) { assignSurvivorCase(input: $input) { caseWorker { id } } }`,
      { input: { survivorId: survivor.id, caseWorkerId: cr.colleague.id, supervisorId: cr.supervisor.id } },
      { cookie: cr.supervisor.cookie },
    );
    expect(assign.errors).toBeUndefined();
    expect((await read(cr.colleague.cookie, survivor.id)).data!.survivor).toMatchObject({
      givenNames: 'María José',
      identityDocuments: [{ kind: 'NATIONAL_ID', number: '001-150302-1004X', issuingCountry: 'NI' }],
      exploitations: [expect.objectContaining({ place: 'Bar Las Palmas, La Cruz' })],
      assignedToMe: true,
      restrictedFields: [],
    });
    expect((await read(cr.supervisor.cookie, survivor.id)).data!.survivor.givenNames).toBe('María José');
    // The case worker who registered the person is no longer assigned: no more personal data.
    const former = (await read(cr.worker.cookie, survivor.id)).data!.survivor;
    expect(former.givenNames).toBeNull();
    expect(former.assignedToMe).toBe(false);
  });

  it('audits every read of personal data with the fields read (names only) and the holding agency', async () => {
    const survivor = await register(api, cr.worker.cookie);
    await api.graphql(
      `query ($id: ID!) { survivor(id: $id) { code givenNames languages } }`,
      { id: survivor.id },
      {
        cookie: cr.worker.cookie,
      },
    );
    const events = await sql<{ action: string; fields: string[]; owner_agency_id: string; t: string }>(
      `select action, fields, owner_agency_id, a::text as t from audit_event a
       where entity_id = ? and action = 'personal-data.read' order by seq`,
      [survivor.id],
    );
    expect(events.at(-1)).toMatchObject({ fields: ['givenNames', 'languages'], owner_agency_id: crAgencyId });
    for (const secret of MARIA_SECRETS) expect(events.at(-1)!.t).not.toContain(secret);
    // A colleague's read of the code reads no personal data: nothing is noted.
    const before = events.length;
    await read(cr.colleague.cookie, survivor.id);
    const after = await sql(`select 1 from audit_event where entity_id = ? and action = 'personal-data.read'`, [
      survivor.id,
    ]);
    expect(after).toHaveLength(before);
  });

  it('answers an id of another agency exactly like a missing one, and refuses liaison officers, admins and auditors', async () => {
    const survivor = await register(api, cr.worker.cookie);
    const foreign = await read(gt.worker.cookie, survivor.id);
    const missing = await read(gt.worker.cookie, '01890000-0000-7000-8000-000000000000');
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    for (const who of [cr.liaison, cr.admin, cr.auditor]) {
      const answer = await read(who.cookie, survivor.id);
      expect(answer.data?.survivor ?? null).toBeNull();
      expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('finds a survivor by document number only within the holding agency, whatever the spacing, through the blind index', async () => {
    const survivor = await register(api, cr.worker.cookie, {
      givenNames: 'Karla',
      identityDocuments: [{ kind: 'PASSPORT', number: 'C 0458-2231' }],
    });
    const search = (cookie: string, documentNumber: string) =>
      api.graphql<{ survivorsByDocument: { id: string; code: string }[] }>(
        `query ($n: String!) { survivorsByDocument(documentNumber: $n) { id code } }`,
        { n: documentNumber },
        { cookie },
      );
    expect((await search(cr.colleague.cookie, 'c04582231')).data!.survivorsByDocument).toEqual([
      { id: survivor.id, code: survivor.code },
    ]);
    expect((await search(cr.colleague.cookie, 'C0458223')).data!.survivorsByDocument).toEqual([]);
    expect((await search(gt.worker.cookie, 'C 0458-2231')).data!.survivorsByDocument).toEqual([]);
    const row = at(
      await sql<{ document_index: string[] }>('select document_index from survivor where id = ?', [survivor.id]),
      0,
    );
    expect(row.document_index).toHaveLength(1);
    // The whole number, not a fragment: four digits could turn up by chance in a hash, an id or a timestamp.
    expect(row.document_index[0]).not.toContain('04582231');
    const audit = at(
      await sql<{ t: string }>(
        `select a::text as t from audit_event a where action = 'survivor.search-by-document' order by seq desc limit 1`,
      ),
      0,
    );
    expect(audit.t).not.toContain('04582231');
  });

  it('lists the caseload code first with filters, and lets only a supervisor assign, only to the right colleagues', async () => {
    const pregnant = await register(api, cr.worker.cookie, { givenNames: 'Eva', vulnerabilities: ['PREGNANCY'] });
    const caseload = (cookie: string, filter: Record<string, unknown>) =>
      api.graphql<{ caseload: { totalCount: number; nodes: { id: string; code: string }[] } }>(
        `query ($filter: CaseloadFilter) { caseload(filter: $filter, first: 100) { totalCount nodes { id code } } }`,
        { filter },
        { cookie },
      );
    const filtered = (await caseload(cr.supervisor.cookie, { vulnerability: 'PREGNANCY' })).data!.caseload;
    expect(filtered.nodes.map((node) => node.id)).toEqual([pregnant.id]);
    const all = (await caseload(cr.colleague.cookie, {})).data!.caseload;
    expect(all.totalCount).toBeGreaterThan(3);
    const codes = all.nodes.map((node) => node.code);
    expect(codes).toEqual([...codes].sort().reverse());
    expect((await caseload(gt.worker.cookie, {})).data!.caseload.totalCount).toBe(1);

    const assign = (cookie: string, input: Record<string, unknown>) =>
      api.graphql(
        `mutation ($input: SurvivorAssignmentInput!) { assignSurvivorCase(input: $input) { id } }`,
        { input },
        {
          cookie,
        },
      );
    expect(
      (await assign(cr.worker.cookie, { survivorId: pregnant.id, caseWorkerId: cr.colleague.id })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    const wrong = await assign(cr.supervisor.cookie, { survivorId: pregnant.id, caseWorkerId: cr.liaison.id });
    expect(wrong.errors?.[0]?.extensions?.fields).toEqual({ 'input.caseWorkerId': 'error.protection.notACaseWorker' });
    const foreignWorker = await assign(cr.supervisor.cookie, { survivorId: pregnant.id, caseWorkerId: gt.worker.id });
    expect(foreignWorker.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets the assigned case worker edit and close a case with a reason; others may not', async () => {
    const survivor = await register(api, cr.worker.cookie);
    const update = (cookie: string) =>
      api.graphql<{ updateSurvivor: { givenNames: string } }>(
        `mutation ($id: ID!, $input: SurvivorInput!) { updateSurvivor(id: $id, input: $input) { givenNames } }`,
        { id: survivor.id, input: { ...MARIA, givenNames: 'María' } },
        { cookie },
      );
    expect((await update(cr.colleague.cookie)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await update(gt.worker.cookie)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await update(cr.worker.cookie)).data!.updateSurvivor.givenNames).toBe('María');
    const close = (cookie: string) =>
      api.graphql<{ closeSurvivorCase: { status: string; closureReason: string } }>(
        `mutation ($id: ID!) { closeSurvivorCase(id: $id, reason: DURABLE_SOLUTION) { status closureReason } }`,
        { id: survivor.id },
        { cookie },
      );
    expect((await close(cr.colleague.cookie)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await close(cr.worker.cookie)).data!.closeSurvivorCase).toEqual({
      status: 'CLOSED',
      closureReason: 'DURABLE_SOLUTION',
    });
    expect((await close(cr.worker.cookie)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const reopened = await api.graphql<{ reopenSurvivorCase: { status: string; closureReason: string | null } }>(
      `mutation ($id: ID!) { reopenSurvivorCase(id: $id) { status closureReason } }`,
      { id: survivor.id },
      { cookie: cr.worker.cookie },
    );
    expect(reopened.data!.reopenSurvivorCase).toEqual({ status: 'OPEN', closureReason: null });
  });

  it('applies the same rules through federation _entities: null for another agency, restricted fields for a colleague', async () => {
    const survivor = await register(api, cr.worker.cookie);
    const entities = (cookie: string) =>
      api.graphql<{ _entities: ({ code: string; givenNames: string | null } | null)[] }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Survivor { code givenNames } } }`,
        { r: [{ __typename: 'Survivor', id: survivor.id }] },
        { cookie },
      );
    expect((await entities(cr.worker.cookie)).data!._entities).toEqual([
      { code: survivor.code, givenNames: 'María José' },
    ]);
    expect((await entities(cr.colleague.cookie)).data!._entities).toEqual([{ code: survivor.code, givenNames: null }]);
    expect((await entities(gt.worker.cookie)).data!._entities).toEqual([null]);
    expect((await entities(cr.liaison.cookie)).data!._entities).toEqual([null]);
  });
});
