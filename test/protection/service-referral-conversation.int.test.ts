import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { AgencyKind, MechanismKind, type Agency } from '../../server/src/modules/identity';
import { Role } from '../../server/src/platform/authz/roles';
import { aMechanism } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';
import { KEY_A, keysEnv, protectionAgency, register, type Staff } from './protection-fixtures';

const attachmentsDir = mkdtempSync(path.join(tmpdir(), 'enlace-service-files-'));
const PDF = Buffer.from('%PDF-1.7\nCertificado médico de María José Pérez\n%%EOF\n');
const EXECUTABLE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);
const SECRET = 'Llega con su hija; teme que la busquen en Liberia.';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const POST = `mutation ($input: ServiceReferralMessageInput!, $key: String) {
  postServiceReferralMessage(input: $input, idempotencyKey: $key) {
    id body authorAgencyId attachments { id fileName mediaType sizeBytes sha256 downloadPath } } }`;
const CONVERSATION = `query ($id: ID!) { serviceReferralMessages(referralId: $id) {
  id body authorAgencyId createdAt attachments { id fileName downloadPath restrictedFields } restrictedFields } }`;

interface Message {
  id: string;
  body: string | null;
  authorAgencyId: string;
  attachments: { id: string; fileName: string | null; downloadPath: string | null; restrictedFields: string[] }[];
  restrictedFields: string[];
}

describe('The conversation on a referral to a service: between the two sides, sealed, audited, live', () => {
  let api: TestServer;
  let cr: Record<'worker', Staff>;
  let holder: Agency;
  let shelter: { agency: Agency; staff: Record<'worker', Staff> };
  let outsider: { agency: Agency; staff: Record<'worker', Staff> };
  let referralId: string;
  let consentId: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    api = await startTestServer({
      ...keysEnv(`k1:${KEY_A}`),
      ENLACE_ATTACHMENTS_DIR: attachmentsDir,
      ENLACE_ATTACHMENT_MAX_BYTES: '65536',
    });
    const orm = api.server.orm;
    const home = await protectionAgency(orm, 'CR', 'America/Costa_Rica', { worker: Role.CASE_WORKER });
    cr = home.staff;
    holder = home.agency;
    const ngo = AgencyKind.NGO_SERVICE_PROVIDER;
    shelter = await protectionAgency(orm, 'CR', 'America/Costa_Rica', { worker: Role.CASE_WORKER }, ngo);
    outsider = await protectionAgency(orm, 'CR', 'America/Costa_Rica', { worker: Role.CASE_WORKER }, ngo);
    await aMechanism(orm, {
      kind: MechanismKind.NATIONAL,
      countries: ['CR'],
      members: [holder, shelter.agency, outsider.agency],
    });
    const texts = await api.graphql<{ consentTexts: { id: string }[] }>(
      '{ consentTexts { id } }',
      {},
      { cookie: cr.worker.cookie },
    );
    const survivor = await register(api, cr.worker.cookie);
    const consent = await api.graphql<{ recordConsent: { id: string } }>(
      'mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }',
      {
        input: {
          survivorId: survivor.id,
          categories: ['IDENTITY'],
          recipientAgencyId: shelter.agency.id,
          purposes: ['SAFE_SHELTER'],
          validFrom: day(0),
          validUntil: day(30),
          method: 'SIGNED_FORM',
          signedFormReference: 'PANI-CR-2026-0311',
          givenBy: 'PERSON',
          consentTextId: texts.data!.consentTexts[0]!.id,
        },
      },
      { cookie: cr.worker.cookie },
    );
    consentId = consent.data!.recordConsent.id;
    const sent = await api.graphql<{ referToService: { id: string } }>(
      'mutation ($input: ServiceReferralInput!) { referToService(input: $input) { id } }',
      {
        input: {
          survivorId: survivor.id,
          recipientAgencyId: shelter.agency.id,
          service: 'SAFE_SHELTER',
          urgency: 'URGENT',
          sharedFields: ['givenNames'],
        },
      },
      { cookie: cr.worker.cookie },
    );
    referralId = sent.data!.referToService.id;
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api.stop();
  });

  const post = (cookie: string, body: string, attachmentIds: string[] = [], key?: string) =>
    api.graphql<{ postServiceReferralMessage: Message }>(
      POST,
      { input: { referralId, body, attachmentIds }, key },
      { cookie },
    );
  const conversation = (cookie: string) =>
    api.graphql<{ serviceReferralMessages: Message[] }>(CONVERSATION, { id: referralId }, { cookie });
  const upload = (cookie: string, content: Buffer, type: string, key?: string) =>
    fetch(`${api.url}/api/service-referrals/${referralId}/files`, {
      method: 'POST',
      headers: {
        'content-type': type,
        'x-file-name': encodeURIComponent('certificado médico.pdf'),
        'x-requested-with': 'enlace',
        cookie,
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: content,
    });
  const download = (cookie: string, downloadPath: string) =>
    fetch(`${api.url}${downloadPath}`, { headers: { cookie } });
  const sql = <T>(query: string, params: unknown[] = []) =>
    api.server.orm.em.fork().getConnection().execute<T[]>(query, params);
  const problem = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    result.errors?.[0]?.extensions?.fields ?? result.errors?.[0]?.extensions?.code;

  function subscriber(cookie: string) {
    const url = api.url.replace('http', 'ws') + '/graphql';
    class CookieWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    }
    const client = createClient({ url, webSocketImpl: CookieWebSocket, retryAttempts: 0, lazy: true });
    clients.push(client);
    const events: { type: string; serviceReferralId: string }[] = [];
    let resolveStarted: () => void;
    const started = new Promise<void>((resolve) => (resolveStarted = resolve));
    client.on('connected', () => setTimeout(resolveStarted, 200));
    client.subscribe<{ serviceReferralEvents: { type: string; serviceReferralId: string } }>(
      { query: 'subscription { serviceReferralEvents { type serviceReferralId at } }' },
      {
        next: (message) => {
          if (message.data) events.push(message.data.serviceReferralEvents);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return { events, started };
  }
  const waitFor = async (check: () => boolean, ms = 5000) => {
    const until = Date.now() + ms;
    while (!check() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
  };

  it('carries messages both ways, told live to the two sides only, sealed at rest and every read audited', async () => {
    const provider = subscriber(shelter.staff.worker.cookie);
    const stranger = subscriber(outsider.staff.worker.cookie);
    await Promise.all([provider.started, stranger.started]);

    const first = await post(cr.worker.cookie, SECRET);
    expect(first.errors).toBeUndefined();
    expect(first.data!.postServiceReferralMessage).toMatchObject({ body: SECRET, authorAgencyId: holder.id });
    const answer = await post(shelter.staff.worker.cookie, 'Tenemos cupo desde esta noche.');
    expect(answer.errors).toBeUndefined();

    const seen = (await conversation(shelter.staff.worker.cookie)).data!.serviceReferralMessages;
    expect(seen.map((message) => message.body)).toEqual([SECRET, 'Tenemos cupo desde esta noche.']);
    expect(seen.map((message) => message.authorAgencyId)).toEqual([holder.id, shelter.agency.id]);

    await waitFor(() => provider.events.length >= 2);
    expect(provider.events).toContainEqual(
      expect.objectContaining({ type: 'protection.service-referral.message', serviceReferralId: referralId }),
    );
    expect(stranger.events).toEqual([]);

    // Another agency of the same mechanism: as if the referral did not exist.
    expect(problem(await conversation(outsider.staff.worker.cookie))).toBe('NOT_FOUND');
    expect(problem(await post(outsider.staff.worker.cookie, 'Hola'))).toBe('NOT_FOUND');

    const raw = await sql<{ t: string }>(
      `select encode(sealed_body, 'escape') as t from service_referral_message where referral_id = ?`,
      [referralId],
    );
    expect(raw).toHaveLength(2);
    for (const row of raw) expect(row.t).not.toContain('Liberia');
    const reads = await sql<{ fields: string[] }>(
      `select fields from audit_event where action = 'personal-data.read' and entity_type = 'ServiceReferralMessage'
       and owner_agency_id = ?`,
      [holder.id],
    );
    expect(reads.length).toBeGreaterThan(0);
  });

  it('refuses an empty or too long message, naming the field, and posts once per idempotency key', async () => {
    const before = (await conversation(cr.worker.cookie)).data!.serviceReferralMessages.length;
    expect(problem(await post(cr.worker.cookie, '   '))).toEqual({ body: 'error.protection.conversation.empty' });
    expect(problem(await post(cr.worker.cookie, 'x'.repeat(4001)))).toEqual({ 'input.body': 'error.input.tooLong' });
    const once = await post(cr.worker.cookie, '¿Necesita intérprete?', [], 'msg-1');
    const again = await post(cr.worker.cookie, '¿Necesita intérprete?', [], 'msg-1');
    expect(again.data!.postServiceReferralMessage.id).toBe(once.data!.postServiceReferralMessage.id);
    expect((await conversation(cr.worker.cookie)).data!.serviceReferralMessages).toHaveLength(before + 1);
  });

  it('takes files that are what they say, stores them encrypted, and downloads them intact, audited', async () => {
    expect((await upload(cr.worker.cookie, EXECUTABLE, 'application/pdf')).status).toBe(415);
    expect((await upload(outsider.staff.worker.cookie, PDF, 'application/pdf')).status).toBe(404);
    const uploaded = await upload(cr.worker.cookie, PDF, 'application/pdf', 'file-1');
    expect(uploaded.status).toBe(201);
    const file = (await uploaded.json()) as { id: string; downloadPath: string };
    const retried = (await (await upload(cr.worker.cookie, PDF, 'application/pdf', 'file-1')).json()) as { id: string };
    expect(retried.id).toBe(file.id);

    // A file someone else uploaded cannot be attached by the provider.
    expect(problem(await post(shelter.staff.worker.cookie, 'Adjunto', [file.id]))).toEqual({
      attachmentIds: 'error.protection.conversation.attachmentUnavailable',
    });
    const posted = await post(cr.worker.cookie, 'Adjunto el certificado.', [file.id]);
    expect(posted.data!.postServiceReferralMessage.attachments).toEqual([
      expect.objectContaining({ id: file.id, fileName: 'certificado médico.pdf', mediaType: 'application/pdf' }),
    ]);

    const stored = readdirSync(path.join(attachmentsDir, referralId));
    expect(stored).toContain(file.id);
    const atRest = readFileSync(path.join(attachmentsDir, referralId, file.id));
    expect(atRest.includes(Buffer.from('María José'))).toBe(false);

    const fetched = await download(shelter.staff.worker.cookie, file.downloadPath);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(PDF);
    expect((await download(outsider.staff.worker.cookie, file.downloadPath)).status).toBe(404);
    const audited = await sql<{ n: string }>(
      `select count(*) as n from audit_event where action = 'service-referral.file.download' and entity_id = ?`,
      [file.id],
    );
    expect(Number(audited[0]!.n)).toBe(1);
  });

  it('keeps only who wrote when for the provider once consent is withdrawn; the referring agency keeps it all', async () => {
    const files = await sql<{ id: string }>(`select id from service_referral_attachment where referral_id = ?`, [
      referralId,
    ]);
    const withdrawn = await api.graphql(
      'mutation ($id: ID!) { withdrawConsent(id: $id) { status } }',
      { id: consentId },
      { cookie: cr.worker.cookie },
    );
    expect(withdrawn.errors).toBeUndefined();
    const provider = (await conversation(shelter.staff.worker.cookie)).data!.serviceReferralMessages;
    expect(provider.length).toBeGreaterThan(0);
    for (const message of provider) {
      expect(message.body).toBeNull();
      expect(message.attachments).toBeNull();
      expect(message.restrictedFields).toEqual(expect.arrayContaining(['body', 'attachments']));
    }
    expect(problem(await post(shelter.staff.worker.cookie, 'Seguimos'))).toBe('FORBIDDEN');
    expect((await download(shelter.staff.worker.cookie, `/api/service-referral-files/${files[0]!.id}`)).status).toBe(
      404,
    );
    const holderView = (await conversation(cr.worker.cookie)).data!.serviceReferralMessages;
    expect(holderView[0]!.body).toBe(SECRET);
  });
});
