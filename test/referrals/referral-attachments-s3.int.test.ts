import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import S3rver from 's3rver';
import { s3FileStore, type S3Settings } from '../../server/src/platform/files/s3-file-store';
import { startTestServer, type TestServer } from '../support/test-server';
import { aBorderWorld, ACKNOWLEDGED, type BorderWorld, cookieFor, referralAfter } from '../support/factories';
import { at } from '../support/indexing';

// A real S3-compatible server (s3rver), on a free port, spoken to by the AWS SDK as the app does.
const BUCKET = 'enlace-attachments';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('acta de la entrevista\n%%EOF\n')]);
let s3: S3rver;
let settings: Required<Omit<S3Settings, 'serverSideEncryption'>>;
let server: TestServer;
let orm: MikroORM;
let world: BorderWorld;
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
  world = await aBorderWorld(orm);
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
  return at(rows, 0).storage_key;
}

describe('attachments in an S3-compatible bucket', () => {
  it('stores the bytes under an id-only key and serves them back to the other agency, checksum verified', async () => {
    const uploaded = await upload(senderCookie, PDF);
    expect(uploaded.status).toBe(201);
    const attachment = (await uploaded.json()) as { id: string; sha256: string };
    const key = await storageKeyOf(attachment.id);
    expect(key).toBe(`${referralId}/${attachment.id}`);
    // Really in the bucket, read with an independent client of the same server.
    expect(await s3FileStore(settings).get(key)).toEqual(PDF);

    const file = await download(receiverCookie, attachment.id);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer())).toEqual(PDF);
    expect(file.headers.get('x-checksum-sha256')).toBe(attachment.sha256);
  });

  it('refuses to serve an object that was changed in the bucket, or is missing from it', async () => {
    const attachment = (await (await upload(senderCookie, PDF)).json()) as { id: string };
    const key = await storageKeyOf(attachment.id);
    await s3FileStore(settings).put(key, Buffer.concat([PDF, Buffer.from('manipulado')]));
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
    const store = s3FileStore(settings);
    expect(await store.get(`${referralId}/00000000-0000-7000-8000-000000000001`)).toBeNull();
    const stranger = s3FileStore({ ...settings, accessKeyId: 'SOMEONE-ELSE' });
    await expect(stranger.put(`${referralId}/00000000-0000-7000-8000-000000000002`, PDF)).rejects.toThrow(
      /S3 PutObject failed with HTTP 403/,
    );
  });
});

describe('credentials from the AWS chain', () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('uses the environment (session token included) when no keys are configured', async () => {
    process.env.AWS_ACCESS_KEY_ID = settings.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = settings.secretAccessKey;
    process.env.AWS_SESSION_TOKEN = 'temporary-session-token';
    const store = s3FileStore({ ...settings, accessKeyId: undefined, secretAccessKey: undefined });
    const key = `${referralId}/00000000-0000-7000-8000-000000000003`;
    await store.put(key, PDF);
    expect(await store.get(key)).toEqual(PDF);
  });

  it('is refused with the environment of a stranger', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'SOMEONE-ELSE';
    process.env.AWS_SECRET_ACCESS_KEY = 'nothing';
    const store = s3FileStore({ ...settings, accessKeyId: undefined, secretAccessKey: undefined });
    await expect(store.put(`${referralId}/00000000-0000-7000-8000-000000000004`, PDF)).rejects.toThrow(
      /S3 PutObject failed with HTTP 403/,
    );
  });
});
