import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  aBorderWorld,
  ACKNOWLEDGED,
  type BorderWorld,
  codeOf,
  cookieFor,
  graphqlAs,
  referralAfter,
} from '../support/factories';
import { firstError } from '../support/indexing';

const attachmentsDir = mkdtempSync(path.join(tmpdir(), 'enlace-attachments-'));
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('informe de la patrulla\n%%EOF\n')]);
const EXECUTABLE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]);

let server: TestServer;
let orm: MikroORM;
let world: BorderWorld;
let referralId: string;
// Every officer below is signed in by beforeAll.
const cookies = {} as Record<'senderOfficer' | 'receiverOfficer' | 'foreignOfficer' | 'fellowMemberOfficer', string>;

beforeAll(async () => {
  server = await startTestServer({ ENLACE_ATTACHMENTS_DIR: attachmentsDir, ENLACE_ATTACHMENT_MAX_BYTES: '65536' });
  orm = server.server.orm;
  world = await aBorderWorld(orm);
  referralId = await referralAfter(orm, world, ACKNOWLEDGED);
  for (const name of ['senderOfficer', 'receiverOfficer', 'foreignOfficer', 'fellowMemberOfficer'] as const) {
    cookies[name] = await cookieFor(orm, world.users[name]);
  }
}, 60_000);
afterAll(() => server?.stop());

function upload(cookie: string | undefined, content: Buffer, type: string, id = referralId) {
  return fetch(`${server.url}/api/referrals/${id}/attachments`, {
    method: 'POST',
    headers: {
      'content-type': type,
      'x-file-name': encodeURIComponent('informe patrulla.pdf'),
      'x-requested-with': 'enlace',
      ...(cookie ? { cookie } : {}),
    },
    body: content,
  });
}
const download = (cookie: string | undefined, id: string) =>
  fetch(`${server.url}/api/attachments/${id}`, { headers: cookie ? { cookie } : {} });

const POST = `mutation ($input: PostReferralMessageInput!) {
  postReferralMessage(input: $input) { id body authorAgencyId attachments { id fileName mediaType sizeBytes sha256 downloadPath } } }`;
const CONVERSATION = `query ($id: ID!) { referralMessages(referralId: $id) { body attachments { id downloadPath } } }`;

describe('the conversation on a referral', () => {
  it('lets the sender attach a PDF to a message that the receiving agency reads and downloads intact', async () => {
    const uploaded = await upload(cookies.senderOfficer, PDF, 'application/pdf');
    expect(uploaded.status).toBe(201);
    const attachment = (await uploaded.json()) as { id: string; sha256: string; downloadPath: string };
    expect(attachment.downloadPath).toBe(`/api/attachments/${attachment.id}`);

    const posted = await graphqlAs(server, cookies.senderOfficer)(POST, {
      input: { referralId, body: 'Adjunto el informe de la patrulla.', attachmentIds: [attachment.id] },
    });
    expect(codeOf(posted)).toBe('OK');

    const read = await graphqlAs(server, cookies.receiverOfficer)<{
      referralMessages: { body: string; attachments: { id: string }[] }[];
    }>(CONVERSATION, { id: referralId });
    expect(read.data?.referralMessages).toEqual([
      {
        body: 'Adjunto el informe de la patrulla.',
        attachments: [{ id: attachment.id, downloadPath: attachment.downloadPath }],
      },
    ]);

    const file = await download(cookies.receiverOfficer, attachment.id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PDF);
    const audited = await orm.em
      .fork()
      .getConnection()
      .execute<{ action: string }[]>(`select action from audit_event where entity_id = ? order by seq`, [
        attachment.id,
      ]);
    expect(audited.map((row) => row.action)).toEqual(['referral.attachment.upload', 'referral.attachment.download']);
  });

  it('keeps ids only in the stored file path, never the file name', () => {
    const stored = readdirSync(path.join(attachmentsDir, referralId));
    expect(stored.every((name) => /^[0-9a-f-]{36}$/.test(name))).toBe(true);
  });

  it('answers 404 to agencies not on the referral, exactly as for an attachment that does not exist', async () => {
    const uploaded = (await (await upload(cookies.senderOfficer, PDF, 'application/pdf')).json()) as { id: string };
    const outsider = await download(cookies.foreignOfficer, uploaded.id);
    const missing = await download(cookies.foreignOfficer, '0190a0a0-0000-7000-8000-000000000000');
    expect([outsider.status, missing.status]).toEqual([404, 404]);
    expect(await outsider.json()).toEqual(await missing.json());
    expect((await upload(cookies.fellowMemberOfficer, PDF, 'application/pdf')).status).toBe(404);
    expect(codeOf(await graphqlAs(server, cookies.foreignOfficer)(CONVERSATION, { id: referralId }))).toBe('NOT_FOUND');
    expect((await download(undefined, uploaded.id)).status).toBe(401);
  });

  it('refuses content that is not what it claims to be, and files over the size limit', async () => {
    const renamed = await upload(cookies.senderOfficer, EXECUTABLE, 'application/pdf');
    expect(renamed.status).toBe(415);
    expect(await renamed.json()).toEqual({ code: 'BAD_USER_INPUT', messageKey: 'error.attachment.typeNotAllowed' });
    expect((await upload(cookies.senderOfficer, EXECUTABLE, 'application/x-msdownload')).status).toBe(415);
    const tooBig = Buffer.concat([PDF, Buffer.alloc(70_000, 0x20)]);
    expect((await upload(cookies.senderOfficer, tooBig, 'application/pdf')).status).toBe(413);
  });

  it('refuses to serve a file changed on disk: its SHA-256 no longer matches', async () => {
    const uploaded = (await (await upload(cookies.receiverOfficer, PDF, 'application/pdf')).json()) as { id: string };
    writeFileSync(path.join(attachmentsDir, referralId, uploaded.id), Buffer.concat([PDF, Buffer.from('x')]));
    const tampered = await download(cookies.senderOfficer, uploaded.id);
    expect(tampered.status).toBe(409);
    expect(await tampered.json()).toEqual({ code: 'CONFLICT', messageKey: 'error.attachment.checksumMismatch' });
  });

  it("does not let one agency attach the other agency's upload, nor post an empty message", async () => {
    const theirs = (await (await upload(cookies.receiverOfficer, PDF, 'application/pdf')).json()) as { id: string };
    const stolen = await graphqlAs(server, cookies.senderOfficer)(POST, {
      input: { referralId, body: 'Mira esto', attachmentIds: [theirs.id] },
    });
    expect(firstError(stolen).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { attachmentIds: 'error.referral.message.attachmentUnavailable' },
    });
    const empty = await graphqlAs(server, cookies.senderOfficer)(POST, { input: { referralId, body: '   ' } });
    expect(firstError(empty).extensions).toMatchObject({ fields: { body: 'error.referral.message.empty' } });
  });
});
