import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import S3rver from 's3rver';
import {
  s3AttachmentStore,
  signedHeaders,
  type S3Settings,
} from '../../server/src/modules/referrals/conversation/s3-attachment-store';
import { startTestServer, type TestServer } from '../support/test-server';
import {
  ACKNOWLEDGED,
  cookieFor,
  createReferralWorld,
  referralAfter,
  type ReferralWorld,
} from './referral-extra-world';

// A real S3-compatible server (s3rver), on a free port. It checks the access key id but not the V4 signature
// itself, so the signature is checked against AWS's published example below.
const BUCKET = 'enlace-attachments';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('acta de la entrevista\n%%EOF\n')]);
let s3: S3rver;
let settings: S3Settings;
let server: TestServer;
let orm: MikroORM;
let world: ReferralWorld;
let referralId: string;
let senderCookie: string, receiverCookie: string;

beforeAll(async () => {
  s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: mkdtempSync(path.join(tmpdir(), 'enlace-s3-')),
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await s3.run();
  settings = {
    endpoint: `http://127.0.0.1:${port}`,
    region: 'us-east-1',
    bucket: BUCKET,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    pathStyle: true,
  };
  server = await startTestServer({
    ENLACE_ATTACHMENTS_S3_ENDPOINT: settings.endpoint,
    ENLACE_ATTACHMENTS_S3_REGION: settings.region,
    ENLACE_ATTACHMENTS_S3_BUCKET: settings.bucket,
    ENLACE_ATTACHMENTS_S3_ACCESS_KEY_ID: settings.accessKeyId,
    ENLACE_ATTACHMENTS_S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
    ENLACE_ATTACHMENTS_S3_PATH_STYLE: 'true',
  });
  orm = server.server.orm;
  world = await createReferralWorld(orm);
  referralId = await referralAfter(orm, world, ACKNOWLEDGED);
  senderCookie = await cookieFor(orm, world.users.senderOfficer);
  receiverCookie = await cookieFor(orm, world.users.receiverOfficer);
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await s3?.close();
});

const upload = (cookie: string, content: Buffer) =>
  fetch(`${server.url}/api/referrals/${referralId}/attachments`, {
    method: 'POST',
    headers: {
      cookie,
      'content-type': 'application/pdf',
      'x-file-name': encodeURIComponent('Declaración Pérez.pdf'),
      'x-requested-with': 'enlace',
    },
    body: content,
  });
const download = (cookie: string, id: string) => fetch(`${server.url}/api/attachments/${id}`, { headers: { cookie } });

async function storageKeyOf(attachmentId: string): Promise<string> {
  const rows = await orm.em
    .fork()
    .getConnection()
    .execute<{ storage_key: string }[]>('select storage_key from referral_attachment where id = ?', [attachmentId]);
  return rows[0].storage_key;
}

describe('attachments in an S3-compatible bucket', () => {
  it('stores the bytes under an id-only key and serves them back to the other agency, checksum verified', async () => {
    const uploaded = await upload(senderCookie, PDF);
    expect(uploaded.status).toBe(201);
    const attachment = (await uploaded.json()) as { id: string; sha256: string };
    const key = await storageKeyOf(attachment.id);
    expect(key).toBe(`${referralId}/${attachment.id}`);
    // Really in the bucket, read with an independent client of the same server.
    expect(await s3AttachmentStore(settings).get(key)).toEqual(PDF);

    const file = await download(receiverCookie, attachment.id);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PDF);
    expect(file.headers.get('x-checksum-sha256')).toBe(attachment.sha256);
  });

  it('refuses to serve an object that was changed in the bucket, or is missing from it', async () => {
    const attachment = (await (await upload(senderCookie, PDF)).json()) as { id: string };
    const key = await storageKeyOf(attachment.id);
    await s3AttachmentStore(settings).put(key, Buffer.concat([PDF, Buffer.from('manipulado')]));
    const tampered = await download(receiverCookie, attachment.id);
    expect(tampered.status).toBe(409);
    expect(await tampered.json()).toEqual({ code: 'CONFLICT', messageKey: 'error.attachment.checksumMismatch' });

    await orm.em
      .fork()
      .getConnection()
      .execute('update referral_attachment set storage_key = ? where id = ?', [
        `${referralId}/00000000-0000-7000-8000-000000000000`,
        attachment.id,
      ]);
    expect((await download(receiverCookie, attachment.id)).status).toBe(409);
  });

  it('is refused by the server with credentials it does not know; an unknown key reads as nothing', async () => {
    const store = s3AttachmentStore(settings);
    expect(await store.get(`${referralId}/00000000-0000-7000-8000-000000000001`)).toBeNull();
    const stranger = s3AttachmentStore({ ...settings, accessKeyId: 'SOMEONE-ELSE' });
    await expect(stranger.put(`${referralId}/00000000-0000-7000-8000-000000000002`, PDF)).rejects.toThrow(
      /S3 PutObject failed with HTTP 403/,
    );
  });
});

describe('AWS Signature Version 4', () => {
  it("signs AWS's documented GetObject example exactly as AWS does", () => {
    // "Example: GET Object" of the S3 SigV4 documentation (header-based authentication).
    const headers = signedHeaders(
      {
        region: 'us-east-1',
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      },
      'GET',
      new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
      Buffer.alloc(0),
      { range: 'bytes=0-9' },
      new Date('2013-05-24T00:00:00Z'),
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});
