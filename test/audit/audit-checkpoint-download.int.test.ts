import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { anchorAuditTrail, type AuditCheckpoint } from '../../server/src/modules/audit';
import { Role } from '../../server/src/platform/authz/roles';
import { signatureValid } from '../../server/src/platform/crypto/signing-key';
import { anActor, anAgency, anAuditEvent, aUser, cookieFor } from '../support/factories';
import { startTestServer, type TestServer } from '../support/test-server';

let anchors: string;
let server: TestServer;
beforeAll(async () => {
  anchors = await mkdtemp(path.join(os.tmpdir(), 'enlace-anchor-download-'));
  server = await startTestServer({ ENLACE_AUDIT_ANCHOR_DIR: anchors });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await rm(anchors, { recursive: true, force: true });
});

const download = (cookie?: string) =>
  fetch(`${server.url}/api/audit/checkpoints`, { headers: cookie ? { cookie } : {} });

describe("auditors download the trail's checkpoints to keep outside Enlace", () => {
  it('gives an auditor every checkpoint and the public key that verifies it', async () => {
    const { orm, config } = server.server;
    await anAuditEvent(orm, anActor());
    const { written } = await anchorAuditTrail(orm.em.fork(), config);
    const auditor = await aUser(orm, await anAgency(orm), { roles: [Role.AUDITOR] });

    const response = await download(await cookieFor(orm, auditor));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const body = (await response.json()) as {
      publicKeys: { keyId: string; key: string }[];
      checkpoints: AuditCheckpoint[];
    };
    expect(body.checkpoints).toEqual([written]);
    expect(body.publicKeys[0]!.keyId).toBe(written!.keyId);
    const text = `enlace-audit-checkpoint:v1:head:${written!.seq}:${written!.hash}:${written!.anchoredAt}`;
    expect(signatureValid(config.audit.verifyKeys[0]!, text, written!.signature)).toBe(true);
  });

  it('refuses anyone who may not read the trail, and the anonymous', async () => {
    const { orm } = server.server;
    const officer = await aUser(orm, await anAgency(orm), { roles: [Role.LIAISON_OFFICER] });
    expect((await download(await cookieFor(orm, officer))).status).toBe(403);
    expect((await download()).status).toBe(401);
  });
});
