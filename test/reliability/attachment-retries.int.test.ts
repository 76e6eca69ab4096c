import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ReferralAttachment } from '../../server/src/modules/referrals/conversation/referral-attachment.entity';
import { startTestServer, type TestServer } from '../support/test-server';
import { aBorderWorld, ACKNOWLEDGED, type BorderWorld, cookieFor, referralAfter } from '../support/factories';

const attachmentsDir = mkdtempSync(path.join(tmpdir(), 'enlace-attachment-retries-'));
const PDF = Buffer.from('%PDF-1.7\nacta de entrega\n%%EOF\n');
const OTHER_PDF = Buffer.from('%PDF-1.7\notra acta\n%%EOF\n');

let server: TestServer;
let orm: MikroORM;
let world: BorderWorld;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer({ ENLACE_ATTACHMENTS_DIR: attachmentsDir });
  orm = server.server.orm;
  world = await aBorderWorld(orm);
  cookie = await cookieFor(orm, world.users.senderOfficer);
}, 60_000);
afterAll(() => server?.stop());

const aReferral = () => referralAfter(orm, world, ACKNOWLEDGED);

async function upload(referralId: string, content: Buffer, idempotencyKey?: string) {
  const response = await fetch(`${server.url}/api/referrals/${referralId}/attachments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/pdf',
      'x-file-name': encodeURIComponent('acta.pdf'),
      'x-requested-with': 'enlace',
      cookie,
      ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
    },
    body: content,
  });
  return {
    status: response.status,
    body: (await response.json()) as { id?: string; code?: string; messageKey?: string },
  };
}

const rowsOn = (referralId: string) => orm.em.fork().count(ReferralAttachment, { referral: referralId });
const filesOf = (referralId: string) => readdirSync(path.join(attachmentsDir, referralId)).length;

/** A client on a slow line times out and sends the same upload again while the first is still running. */
describe('retried attachment uploads with an Idempotency-Key', () => {
  it('five overlapping uploads with one key, five times over: each answers the first attachment, recorded once', async () => {
    for (let round = 0; round < 5; round += 1) {
      const referralId = await aReferral();
      const key = randomUUID();
      const answers = await Promise.all(Array.from({ length: 5 }, () => upload(referralId, PDF, key)));
      expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
      expect(await rowsOn(referralId)).toBe(1);
    }
  });

  it('a later retry gets the same attachment and stores no second copy of the bytes', async () => {
    const referralId = await aReferral();
    const key = randomUUID();
    const first = await upload(referralId, PDF, key);
    const retry = await upload(referralId, PDF, key);
    expect(retry).toEqual(first);
    expect(await rowsOn(referralId)).toBe(1);
    expect(filesOf(referralId)).toBe(1);
  });

  it('refuses the same key with other bytes as a conflict, and records nothing for it', async () => {
    const referralId = await aReferral();
    const key = randomUUID();
    await upload(referralId, PDF, key);
    expect(await upload(referralId, OTHER_PDF, key)).toEqual({
      status: 409,
      body: { code: 'CONFLICT', messageKey: 'error.idempotencyKey.reused' },
    });
    expect(await rowsOn(referralId)).toBe(1);
  });

  it('stores one attachment per upload without a key, and refuses a malformed key', async () => {
    const referralId = await aReferral();
    await Promise.all([upload(referralId, PDF), upload(referralId, PDF)]);
    expect(await rowsOn(referralId)).toBe(2);
    expect((await upload(referralId, PDF, 'not a key!')).body).toEqual({
      code: 'BAD_USER_INPUT',
      messageKey: 'error.idempotencyKey.invalid',
    });
  });
});
