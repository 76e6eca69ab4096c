import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  auditAnchorJob,
  configuredAnchorStore,
  signCheckpoint,
  verifyAuditChain,
} from '../../server/src/modules/audit';
import type { EnlaceConfig } from '../../server/src/platform/config/config';
import { signingKeyFromSeed } from '../../server/src/platform/crypto/signing-key';
import { JobError } from '../../server/src/platform/jobs/job';
import { createLogger } from '../../server/src/platform/logging/logger';
import {
  aTamperableTrail,
  anActor,
  anAuditEvent,
  asOwner,
  LOCK_AUDIT,
  rechainAuditFrom,
  UNLOCK_AUDIT,
} from '../support/factories';

const aTrail = (purpose: string, events: number) => aTamperableTrail(`anchor_${purpose}`, events);

const addEvents = async (orm: MikroORM, count: number) => {
  for (let i = 0; i < count; i++) await anAuditEvent(orm, anActor());
};

describe('the audit trail is anchored outside the database by signed checkpoints', () => {
  let trail: Awaited<ReturnType<typeof aTrail>> | undefined;
  afterEach(async () => {
    await trail?.cleanUp();
    trail = undefined;
  });

  it('writes a signed checkpoint of the head as a read-only file, and none when nothing was added', async () => {
    trail = await aTrail('head', 5);
    const first = await trail.anchor();
    expect(first.written).toMatchObject({ seq: '5', keyId: trail.config.audit.signingKey.keyId });
    expect((await trail.anchor()).written).toBeNull();
    await addEvents(trail.orm, 2);
    expect((await trail.anchor()).written).toMatchObject({ seq: '7' });

    const files = await readdir(trail.anchorDir);
    expect(files).toHaveLength(2);
    expect((await stat(path.join(trail.anchorDir, files[0]!))).mode & 0o777).toBe(0o444);
    await expect(configuredAnchorStore(trail.config).append(first.written!)).rejects.toThrow(/EEXIST/);
    expect(await trail.verify()).toMatchObject({ valid: true, checkpointsMatched: 2, lastCheckpointSeq: '7' });
  });

  it('detects a chain recomputed by the database owner, which the chain alone cannot', async () => {
    trail = await aTrail('rechain', 10);
    await trail.anchor();
    await addEvents(trail.orm, 5);
    await trail.anchor();
    await asOwner(
      trail.orm.em.fork(),
      UNLOCK_AUDIT,
      `update audit_event set fields = '{passportNumber}' where seq = 12`,
      rechainAuditFrom(12),
      LOCK_AUDIT,
    );
    expect((await verifyAuditChain(trail.orm.em.fork())).valid).toBe(true);
    expect(await trail.verify()).toMatchObject({
      valid: false,
      problem: 'rewritten-since-checkpoint',
      firstBrokenSeq: '11',
      brokenBySeq: '15',
    });
  });

  it('detects the newest events removed after a checkpoint', async () => {
    trail = await aTrail('truncate', 8);
    await trail.anchor();
    await asOwner(trail.orm.em.fork(), UNLOCK_AUDIT, 'delete from audit_event where seq > 5', LOCK_AUDIT);
    expect((await verifyAuditChain(trail.orm.em.fork())).valid).toBe(true);
    expect(await trail.verify()).toMatchObject({
      valid: false,
      problem: 'truncated-after-checkpoint',
      firstBrokenSeq: '6',
      brokenBySeq: '8',
    });
  });

  it('detects newest events removed and replaced by ones appended through the normal trigger', async () => {
    trail = await aTrail('replace', 6);
    await trail.anchor();
    await asOwner(trail.orm.em.fork(), UNLOCK_AUDIT, 'delete from audit_event where seq > 3', LOCK_AUDIT);
    await addEvents(trail.orm, 4);
    expect((await verifyAuditChain(trail.orm.em.fork())).valid).toBe(true);
    expect(await trail.verify()).toMatchObject({
      valid: false,
      problem: 'rewritten-since-checkpoint',
      brokenBySeq: '6',
    });
  });

  it('refuses a checkpoint the database owner forged without the signing key', async () => {
    trail = await aTrail('forged', 4);
    await trail.anchor();
    const forger = signingKeyFromSeed(Buffer.alloc(32, 7).toString('base64'));
    const store = configuredAnchorStore(trail.config);
    await store.append(signCheckpoint({ seq: '4', hash: 'a'.repeat(64) }, forger));
    expect(await trail.verify()).toMatchObject({ valid: false, problem: 'checkpoint-not-signed' });
  });

  it('fails the scheduled job for good with AUDIT_CHAIN_BROKEN when the trail does not verify', async () => {
    trail = await aTrail('job', 3);
    const runtime = { orm: trail.orm, config: trail.config, logger: createLogger('silent') };
    const attempt = { id: 'anchor-1', attempt: 1, lastAttempt: false };
    await auditAnchorJob.handle({}, attempt, runtime);
    expect(await readdir(trail.anchorDir)).toHaveLength(1);
    await asOwner(trail.orm.em.fork(), UNLOCK_AUDIT, 'delete from audit_event where seq = 3', LOCK_AUDIT);
    const failure = auditAnchorJob.handle({}, attempt, runtime);
    await expect(failure).rejects.toBeInstanceOf(JobError);
    await expect(failure).rejects.toMatchObject({ code: 'AUDIT_CHAIN_BROKEN', permanent: true });
  });

  it('pnpm audit:verify exits 0 on a sound trail and 1 naming the first broken event', async () => {
    trail = await aTrail('cli', 4);
    await trail.anchor();
    const run = verifyCommand(trail.config, databaseUrlOf(trail.orm));
    await expect(run).resolves.toMatch(
      /verifies: 4 events \(4 signatures checked, 0 from before events were signed\); 1 checkpoints match/,
    );
    await asOwner(trail.orm.em.fork(), UNLOCK_AUDIT, 'delete from audit_event where seq = 4', LOCK_AUDIT);
    await expect(verifyCommand(trail.config, databaseUrlOf(trail.orm))).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/events from 4 on were removed/),
    });
  });
});

const databaseUrlOf = (orm: MikroORM) => orm.config.get('clientUrl')!;

async function verifyCommand(config: EnlaceConfig, databaseUrl: string): Promise<string> {
  const cli = path.join(__dirname, '../../server/dist/server/src/cli/audit-verify.js');
  const { stdout } = await promisify(execFile)(process.execPath, [cli], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: databaseUrl,
      ENLACE_AUDIT_ANCHOR_DIR: config.audit.anchorDir,
      LOG_LEVEL: 'silent',
    },
  });
  return stdout;
}
