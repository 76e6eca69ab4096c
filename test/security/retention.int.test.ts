// Issue 11, retention: closed referrals and survivor records past their term lose their personal data (the
// facts statistics count stay), ended sessions, old invitations, idempotency keys, rate-limit rows and mail are
// purged; the dry-run report counts exactly that beforehand, the sweep runs as the runtime role, records
// what it did in the audit trail, and the chain still verifies. Nothing within its term is touched.
import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { initOrm } from '../../server/src/app';
import { createAuditTrail, verifyAuditChain } from '../../server/src/modules/audit';
import { closeSurvivorCase, registerSurvivor, SurvivorClosureReason } from '../../server/src/modules/protection';
import type { SurvivorInput } from '../../server/src/modules/protection/survivor.inputs';
import { retentionReport, runRetention, type RetentionLine } from '../../server/src/modules/retention';
import type { EnlaceConfig } from '../../server/src/platform/config/config';
import { openJson, unwrapDataKey } from '../../server/src/platform/crypto/envelope';
import { grantRuntimeRole } from '../../server/src/platform/database/runtime-role';
import { localFileStore } from '../../server/src/platform/files/file-store';
import { aBorderWorld, type BorderWorld, contextFor, referralIn } from '../support/factories';
import { testConfig } from '../support/test-config';
import { createRuntimeRole } from './runtime-role';
import { at, present } from '../support/indexing';

let runtime: Awaited<ReturnType<typeof createRuntimeRole>>;
let ownerOrm: MikroORM;
let runtimeOrm: MikroORM;
let world: BorderWorld;
let config: EnlaceConfig;
const files = localFileStore(`/tmp/enlace-retention-${randomUUID()}`);

const YEARS_AGO = (years: number) => `now() - interval '${years} years'`;
const DAYS_AGO = (days: number) => `now() - interval '${days} days'`;

const sql = (statement: string, parameters: unknown[] = []) => ownerOrm.em.fork().execute(statement, parameters);

/** Moves a referral's whole history `years` back, as if it had been closed then. */
async function ageReferral(id: string, years: number): Promise<void> {
  await sql(`update referral_transition set at = ${YEARS_AGO(years)} where referral_id = ?`, [id]);
  await sql(`update referral set updated_at = ${YEARS_AGO(years)} where id = ?`, [id]);
}

/** A message with an attachment whose bytes are in the store, on a referral. */
async function conversationOn(referralId: string): Promise<string> {
  const messageId = randomUUID();
  const attachmentId = randomUUID();
  const storageKey = `${referralId}/${attachmentId}`;
  await sql(
    `insert into referral_message (id, referral_id, author_id, author_agency_id, body, created_at)
     values (?, ?, ?, ?, 'Juan Carlos llamó desde el +502 5555 0101', now())`,
    [messageId, referralId, world.users.senderOfficer.id, world.agencies.sender.id],
  );
  await sql(
    `insert into referral_attachment (id, referral_id, message_id, uploaded_by_id, uploaded_by_agency_id, file_name,
       media_type, size_bytes, sha256, storage_key, created_at)
     values (?, ?, ?, ?, ?, 'pasaporte.pdf', 'application/pdf', 4, 'x', ?, now())`,
    [attachmentId, referralId, messageId, world.users.senderOfficer.id, world.agencies.sender.id, storageKey],
  );
  await files.put(storageKey, Buffer.from('%PDF'));
  return storageKey;
}

const SURVIVOR: SurvivorInput = {
  givenNames: 'María José',
  familyNames: 'Espinoza Téllez',
  aliases: ['Majo'],
  dateOfBirth: '2002-03-15',
  sex: 'FEMALE',
  nationality: 'NI',
  languages: ['es'],
  identityDocuments: [{ kind: 'NATIONAL_ID', number: '001-150302-1004X', issuingCountry: 'NI' }],
  phones: ['+505 8812 4477'],
  email: 'majo@correo.example',
  currentLocation: 'Albergue temporal, Liberia',
  exploitations: [
    {
      kind: 'SEXUAL_EXPLOITATION',
      countryCode: 'CR',
      place: 'Bar Las Palmas',
      startedOn: '2026-03-01',
      notes: 'deuda',
    },
  ],
  vulnerabilities: [],
} as unknown as SurvivorInput;

async function aSurvivor(closedYearsAgo: number | null): Promise<string> {
  const context = () => contextFor(ownerOrm, world.users.senderCaseWorker);
  const survivor = await registerSurvivor(context(), SURVIVOR);
  if (closedYearsAgo !== null) {
    await closeSurvivorCase(context(), survivor.id, SurvivorClosureReason.SERVICES_COMPLETED);
    await sql(`update survivor set updated_at = ${YEARS_AGO(closedYearsAgo)} where id = ?`, [survivor.id]);
  }
  return survivor.id;
}

interface SealedRow {
  id: string;
  personal_data: Buffer;
  data_key: Buffer;
  key_id: string;
  document_index: string[];
}

function personalDataOf(row: SealedRow) {
  const key = unwrapDataKey(config.encryption, { wrapped: row.data_key, keyId: row.key_id }, row.id);
  return openJson<Record<string, unknown>>(key, row.id, 'survivor.personal_data', row.personal_data);
}

const countsOf = (lines: RetentionLine[]) => Object.fromEntries(lines.map((line) => [line.kind, line.count]));

let seeded: Record<
  | 'oldClosed'
  | 'oldWithdrawn'
  | 'recentClosed'
  | 'oldOpen'
  | 'oldKey'
  | 'recentKey'
  | 'oldSurvivor'
  | 'recentSurvivor'
  | 'openSurvivor',
  string
>;
let baseline: Record<string, number>;

beforeAll(async () => {
  runtime = await createRuntimeRole();
  ownerOrm = await initOrm(runtime.migrationUrl);
  const owner = new Client({ connectionString: runtime.migrationUrl });
  await owner.connect();
  await grantRuntimeRole((statement) => owner.query(statement), runtime.role).finally(() => owner.end());
  runtimeOrm = await initOrm(runtime.url, { poolMax: 2 });
  config = testConfig();
  world = await aBorderWorld(ownerOrm);
  baseline = countsOf(await retentionReport(ownerOrm.em.fork(), config));

  const oldClosed = await referralIn(ownerOrm, world, 'CLOSED');
  const oldWithdrawn = await referralIn(ownerOrm, world, 'WITHDRAWN');
  const recentClosed = await referralIn(ownerOrm, world, 'CLOSED');
  const oldOpen = await referralIn(ownerOrm, world, 'IN_PROGRESS');
  await ageReferral(oldClosed, 6);
  await ageReferral(oldWithdrawn, 6);
  await ageReferral(oldOpen, 6);
  await ageReferral(recentClosed, 4);
  const oldKey = await conversationOn(oldClosed);
  const recentKey = await conversationOn(recentClosed);

  const oldSurvivor = await aSurvivor(11);
  const recentSurvivor = await aSurvivor(9);
  const openSurvivor = await aSurvivor(null);
  await sql(`update survivor set updated_at = ${YEARS_AGO(11)} where id = ?`, [openSurvivor]);

  const user = world.users.senderOfficer.id;
  const sessions = [randomUUID(), randomUUID(), randomUUID()];
  await sql(
    `insert into auth_session (id, token_hash, user_id, created_at, last_seen_at, second_factor_failures, revoked_at) values
       (?, ?, ?, ${DAYS_AGO(60)}, ${DAYS_AGO(60)}, 0, ${DAYS_AGO(45)}),
       (?, ?, ?, ${DAYS_AGO(60)}, ${DAYS_AGO(59)}, 0, null),
       (?, ?, ?, now(), now(), 0, null)`,
    sessions.flatMap((id) => [id, randomUUID(), user]),
  );
  await sql(
    `insert into invitation (id, user_id, token_hash, created_at, expires_at, accepted_at) values
       (?, ?, ?, ${DAYS_AGO(50)}, ${DAYS_AGO(40)}, null), (?, ?, ?, now(), now() + interval '7 days', null)`,
    [randomUUID(), user, randomUUID(), randomUUID(), user, randomUUID()],
  );
  await sql(
    `insert into idempotency_key (caller_id, key, operation, created_at) values
       (?, 'old', 'create', ${DAYS_AGO(8)}), (?, 'new', 'create', now())`,
    [user, user],
  );
  await sql(
    `insert into rate_limit (key, points, expire) values
       (?, 1, (extract(epoch from ${DAYS_AGO(2)}) * 1000)::bigint), (?, 1, (extract(epoch from now()) * 1000 + 60000)::bigint)`,
    [randomUUID(), randomUUID()],
  );
  await sql(
    `insert into sign_in_throttle (key_hash, failure_count, locked_until, last_failure_at) values
       (?, 5, ${DAYS_AGO(3)}, ${DAYS_AGO(3)}), (?, 5, now() + interval '1 minute', now())`,
    [randomUUID(), randomUUID()],
  );
  await sql(
    `insert into mail_outbox (id, recipient, subject, text, created_at, status, attempts, sent_at) values
       (?, 'a@example.org', 'x', '', ${DAYS_AGO(100)}, 'SENT', 1, ${DAYS_AGO(100)}),
       (?, 'b@example.org', 'x', 'y', ${DAYS_AGO(100)}, 'QUEUED', 0, null),
       (?, 'c@example.org', 'x', 'y', now(), 'KEPT', 1, null)`,
    [randomUUID(), randomUUID(), randomUUID()],
  );
  // Read 100 days ago (purged), unread for as long (kept: still waiting for its reader), read today (kept).
  await sql(
    `insert into notification (id, user_id, kind, subject_type, subject_id, created_at, read_at) values
       (?, ?, 'REFERRAL_RECEIVED', 'REFERRAL', ?, ${DAYS_AGO(100)}, ${DAYS_AGO(100)}),
       (?, ?, 'REFERRAL_RECEIVED', 'REFERRAL', ?, ${DAYS_AGO(100)}, null),
       (?, ?, 'REFERRAL_RECEIVED', 'REFERRAL', ?, ${DAYS_AGO(100)}, now())`,
    [1, 2, 3].flatMap(() => [randomUUID(), user, oldOpen]),
  );
  seeded = {
    oldClosed,
    oldWithdrawn,
    recentClosed,
    oldOpen,
    oldKey,
    recentKey,
    oldSurvivor,
    recentSurvivor,
    openSurvivor,
  };
}, 120_000);

afterAll(async () => {
  await runtimeOrm?.close();
  await ownerOrm?.close();
  await runtime?.drop();
});

const EXPECTED = {
  closedReferrals: 2,
  closedSurvivors: 1,
  endedSessions: 2,
  invitations: 1,
  idempotencyKeys: 1,
  rateLimits: 2,
  mailOutbox: 1,
  archivedJobs: 0,
  readNotifications: 1,
};

describe('retention', () => {
  it('the dry run counts, by kind, exactly what is past its term, and changes nothing', async () => {
    const report = await retentionReport(runtimeOrm.em.fork(), config);
    const counts = countsOf(report);
    for (const [kind, count] of Object.entries(EXPECTED))
      expect([kind, counts[kind]]).toEqual([kind, present(baseline[kind], `the baseline of ${kind}`) + count]);
    expect(report.find((line) => line.kind === 'auditEvents')?.treatment).toBe('keep');
    expect(JSON.stringify(report)).not.toMatch(/Juan|María|@example|[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(countsOf(await retentionReport(runtimeOrm.em.fork(), config))).toEqual(counts);
  });

  it('the sweep, as the runtime role, does what the report said and no more', async () => {
    const audit = createAuditTrail(
      { actor: null, requestId: 'retention-test', clientAddress: undefined },
      testConfig().audit.signingKey,
    );
    const done = countsOf(await runRetention({ orm: runtimeOrm, config, files, audit }));
    for (const [kind, count] of Object.entries(EXPECTED))
      expect([kind, done[kind]]).toEqual([kind, present(baseline[kind], `the baseline of ${kind}`) + count]);
    const after = countsOf(await retentionReport(runtimeOrm.em.fork(), config));
    for (const kind of Object.keys(EXPECTED)) expect([kind, after[kind]]).toEqual([kind, 0]);
  });

  it('a closed referral past its term keeps its facts and loses names, documents, texts and files', async () => {
    const em = ownerOrm.em.fork();
    const referral = at(
      await em.execute(
        `select title, narrative, category, status, outcome, sending_country_code, incident_date from referral where id = ?`,
        [seeded.oldClosed],
      ),
      0,
    );
    expect(referral).toMatchObject({ title: '', narrative: '', category: 'SMUGGLING_INCIDENT', status: 'CLOSED' });
    expect(referral.outcome).toBe('ARRESTS_MADE');
    expect(referral.sending_country_code).toBe('GT');
    const persons = await em.execute(
      `select given_names, family_names, aliases, identity_documents, phones, vehicles, role, sex, nationality, estimated_age
       from referral_person where referral_id = ? order by estimated_age`,
      [seeded.oldClosed],
    );
    expect(persons).toEqual([
      expect.objectContaining({ given_names: null, aliases: [], phones: [], nationality: 'HN', estimated_age: 16 }),
      expect.objectContaining({
        given_names: null,
        family_names: null,
        identity_documents: [],
        vehicles: [],
        estimated_age: 35,
      }),
    ]);
    const message = at(
      await em.execute('select body from referral_message where referral_id = ?', [seeded.oldClosed]),
      0,
    );
    expect(message.body).toBe('');
    expect(await em.execute('select 1 from referral_attachment where referral_id = ?', [seeded.oldClosed])).toEqual([]);
    expect(await files.get(seeded.oldKey)).toBeNull();
  });

  it('referrals within their term or still open keep everything', async () => {
    const em = ownerOrm.em.fork();
    for (const id of [seeded.recentClosed, seeded.oldOpen]) {
      const referral = at(await em.execute('select title from referral where id = ?', [id]), 0);
      expect(referral.title).toMatch(/Camión/);
      const names = await em.execute(
        'select given_names from referral_person where referral_id = ? and given_names is not null',
        [id],
      );
      expect(names).toHaveLength(1);
    }
    expect((await files.get(seeded.recentKey))?.toString()).toBe('%PDF');
  });

  it('a closed survivor record past its term keeps age, sex, nationality and where it happened, under a new key', async () => {
    const rows = await ownerOrm.em
      .fork()
      .execute(`select id, personal_data, data_key, key_id, document_index, code from survivor where id in (?, ?, ?)`, [
        seeded.oldSurvivor,
        seeded.recentSurvivor,
        seeded.openSurvivor,
      ]);
    const byId = new Map((rows as SealedRow[]).map((row) => [row.id, row]));
    const old = byId.get(seeded.oldSurvivor)!;
    expect(personalDataOf(old)).toMatchObject({
      givenNames: null,
      familyNames: null,
      aliases: [],
      dateOfBirth: null,
      estimatedAge: 24,
      sex: 'FEMALE',
      nationality: 'NI',
      identityDocuments: [],
      phones: [],
      email: null,
      currentLocation: null,
      exploitations: [{ kind: 'SEXUAL_EXPLOITATION', countryCode: 'CR', startedOn: '2026-03-01', endedOn: null }],
    });
    expect(old.document_index).toEqual([]);
    for (const id of [seeded.recentSurvivor, seeded.openSurvivor])
      expect(personalDataOf(byId.get(id)!)).toMatchObject({ givenNames: 'María José', email: 'majo@correo.example' });
  });

  it('purges only rows past their term and never a queued mail', async () => {
    const count = async (em: EntityManager, from: string) =>
      at((await em.execute(`select count(*)::int as n from ${from}`)) as { n: number }[], 0).n;
    const em = ownerOrm.em.fork();
    const user = world.users.senderOfficer.id;
    expect(await count(em, `auth_session where user_id = '${user}' and created_at > now() - interval '1 day'`)).toBe(1);
    expect(await count(em, `idempotency_key where caller_id = '${user}'`)).toBe(1);
    expect(await count(em, `invitation where user_id = '${user}'`)).toBe(1);
    expect(await count(em, `mail_outbox where status = 'QUEUED' and recipient = 'b@example.org'`)).toBe(1);
    expect(await count(em, `mail_outbox where recipient = 'a@example.org'`)).toBe(0);
  });

  it('records each anonymisation and purge in the audit trail, and the chain still verifies', async () => {
    const em = ownerOrm.em.fork();
    const events: { action: string; entity_id: string; fields: string[] }[] = await em.execute(
      `select action, entity_type, entity_id, fields, details from audit_event where request_id = 'retention-test' order by seq`,
    );
    const anonymised = events.filter((event) => event.action === 'retention.anonymise');
    expect(anonymised.map((event) => event.entity_id).sort()).toEqual(
      [seeded.oldClosed, seeded.oldWithdrawn, seeded.oldSurvivor].sort(),
    );
    expect(at(anonymised, 0).fields).toContain('persons.givenNames');
    const purged = events.filter((event) => event.action === 'retention.purge');
    expect(purged.map((event) => event.entity_id)).toEqual(
      expect.arrayContaining(['endedSessions', 'invitations', 'idempotencyKeys', 'rateLimits', 'mailOutbox']),
    );
    expect(JSON.stringify(events)).not.toMatch(/Juan|María|Espinoza|@example/);
    expect(await verifyAuditChain(em)).toMatchObject({ valid: true, firstBrokenSeq: null });
  });

  it('a second sweep finds nothing left to do', async () => {
    const audit = createAuditTrail(
      { actor: null, requestId: 'retention-again', clientAddress: undefined },
      testConfig().audit.signingKey,
    );
    const done = await runRetention({ orm: runtimeOrm, config, files, audit });
    expect(done.filter((line) => line.treatment !== 'keep' && line.count > 0)).toEqual([]);
  });
});
