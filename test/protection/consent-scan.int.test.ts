import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import { KEY_A, keysEnv, protectionAgency, register, type Staff } from './protection-fixtures';

const filesDir = mkdtempSync(path.join(tmpdir(), 'enlace-consent-scans-'));
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('Firma: María José Pérez')]);
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')]);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const CONSENTS = `query ($id: ID!) { survivor(id: $id) { consents { id signedFormScan {
  mediaType sizeBytes sha256 downloadPath } } } }`;

describe('The scan of a signed consent form: optional, a PDF or image, sealed at rest, downloaded by the case only', () => {
  let api: TestServer;
  let cr: Record<'colleague' | 'foreign' | 'liaison' | 'worker', Staff>;
  let survivorId: string;
  let consentId: string;

  beforeAll(async () => {
    api = await startTestServer({
      ...keysEnv(`k1:${KEY_A}`),
      ENLACE_ATTACHMENTS_DIR: filesDir,
      ENLACE_ATTACHMENT_MAX_BYTES: '65536',
    });
    const home = await protectionAgency(api.server.orm, 'CR', 'America/Costa_Rica', {
      worker: Role.CASE_WORKER,
      colleague: Role.CASE_WORKER,
      liaison: Role.LIAISON_OFFICER,
    });
    const other = await protectionAgency(api.server.orm, 'CR', 'America/Costa_Rica', { worker: Role.CASE_WORKER });
    cr = { ...home.staff, foreign: other.staff.worker };
    const texts = await api.graphql<{ consentTexts: { id: string }[] }>(
      '{ consentTexts { id } }',
      {},
      { cookie: cr.worker.cookie },
    );
    survivorId = (await register(api, cr.worker.cookie)).id;
    const consent = await api.graphql<{ recordConsent: { id: string } }>(
      'mutation ($input: ConsentInput!) { recordConsent(input: $input) { id } }',
      {
        input: {
          survivorId,
          categories: ['IDENTITY'],
          recipientAgencyId: other.agency.id,
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
  });
  afterAll(() => api.stop());

  const upload = (cookie: string, content: Buffer, type: string, id = consentId) =>
    fetch(`${api.url}/api/consents/${id}/scan`, {
      method: 'POST',
      headers: {
        'content-type': type,
        'x-file-name': encodeURIComponent('formulario firmado.jpg'),
        'x-requested-with': 'enlace',
        cookie,
      },
      body: content,
    });
  const download = (cookie: string) => fetch(`${api.url}/api/consent-scans/${consentId}`, { headers: { cookie } });
  const scanOf = async (cookie: string) => {
    const answer = await api.graphql<{
      survivor: { consents: { id: string; signedFormScan: { mediaType: string; downloadPath: string } | null }[] };
    }>(CONSENTS, { id: survivorId }, { cookie });
    return answer.data!.survivor.consents.find((consent) => consent.id === consentId)!.signedFormScan;
  };

  it('takes a JPEG from the assigned case worker, refuses other types and other people, and only once', async () => {
    expect(await scanOf(cr.worker.cookie)).toBeNull();
    expect(
      (await upload(cr.worker.cookie, DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'))
        .status,
    ).toBe(415);
    expect((await upload(cr.worker.cookie, JPEG, 'application/pdf')).status).toBe(415);
    expect((await upload(cr.colleague.cookie, JPEG, 'image/jpeg')).status).toBe(403);
    expect((await upload(cr.foreign.cookie, JPEG, 'image/jpeg')).status).toBe(404);
    expect((await upload(cr.liaison.cookie, JPEG, 'image/jpeg')).status).toBe(404);
    expect(readdirSync(filesDir)).toEqual([]);

    const stored = await upload(cr.worker.cookie, JPEG, 'image/jpeg');
    expect(stored.status).toBe(201);
    expect((await upload(cr.worker.cookie, JPEG, 'image/jpeg')).status).toBe(409);
    expect(await scanOf(cr.worker.cookie)).toMatchObject({
      mediaType: 'image/jpeg',
      downloadPath: `/api/consent-scans/${consentId}`,
    });
  });

  it('keeps the scan encrypted at rest and gives it back intact, audited, to the assigned case worker only', async () => {
    const [folder] = readdirSync(filesDir);
    expect(folder).toBe(consentId);
    const [file] = readdirSync(path.join(filesDir, folder!));
    const atRest = readFileSync(path.join(filesDir, folder!, file!));
    expect(atRest.includes(Buffer.from('María'))).toBe(false);
    expect(atRest.subarray(0, 3).equals(JPEG.subarray(0, 3))).toBe(false);

    const fetched = await download(cr.worker.cookie);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(JPEG);
    // A colleague of the agency reads that a consent exists, not the person's signature.
    expect((await download(cr.colleague.cookie)).status).toBe(404);
    expect((await download(cr.foreign.cookie)).status).toBe(404);
    expect((await download(cr.liaison.cookie)).status).toBe(404);
    const [row] = await api.server.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from audit_event where action = 'survivor.consent.scan.download' and entity_id = ?`,
        [survivorId],
      );
    expect(Number(row!.n)).toBe(1);
  });
});
