import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrations } from '../../migrations';
import {
  anchorAuditTrail,
  anchorRestoredTrail,
  configuredAnchorStore,
  verifyAuditTrail,
} from '../../server/src/modules/audit';
import { createBackup } from '../../server/src/platform/backup/backup';
import { restoreBackup } from '../../server/src/platform/backup/restore';
import type { EnlaceConfig } from '../../server/src/platform/config/config';
import { dropDatabase, ensureDatabaseExists } from '../../server/src/platform/database/connect';
import { databaseName, withDatabase } from '../../server/src/platform/database/database-url';
import { createLogger } from '../../server/src/platform/logging/logger';
import {
  aBorderWorld,
  ACKNOWLEDGED,
  anActor,
  anAuditEvent,
  cookieFor,
  referralAfter,
  SENT,
  type BorderWorld,
} from '../support/factories';
import { testConfig } from '../support/test-config';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * The restore drill (docs/operations.md, "Backup and restore"): a running app with referrals, attachments and an
 * anchored audit trail is backed up while referrals keep being created, restored into a fresh database and a
 * fresh file store, and a second app started on the copy.
 */
const testDatabase = process.env.DATABASE_URL!;
const sourceUrl = withDatabase(testDatabase, `${databaseName(testDatabase)}_drill_source`);
const targetUrl = withDatabase(testDatabase, `${databaseName(testDatabase)}_drill_target`);

/**
 * pg_dump refuses a server newer than itself, and the embedded PostgreSQL ships no client tools: the drill runs
 * where a pg_dump at least as new as the server is found (ENLACE_PG_BIN_DIR or the PATH) — in CI, the second pass
 * on the machine's PostgreSQL 15 — and says why it is skipped elsewhere.
 */
function whyNoDrill(): string | null {
  const binDir = process.env.ENLACE_PG_BIN_DIR;
  let dumpMajor: number;
  try {
    const version = execFileSync(binDir ? path.join(binDir, 'pg_dump') : 'pg_dump', ['--version']).toString();
    dumpMajor = Number(/(\d+)(?:\.\d+)?/.exec(version)?.[1] ?? 0);
  } catch {
    return 'no pg_dump on this machine (set ENLACE_PG_BIN_DIR)';
  }
  const pg = require.resolve('pg', { paths: [path.join(__dirname, '../../server')] });
  const probe = `const { Client } = require(${JSON.stringify(pg)});
    const client = new Client({ connectionString: process.env.PROBE_URL });
    client.connect().then(() => client.query('show server_version_num'))
      .then((r) => { process.stdout.write(String(r.rows[0].server_version_num)); return client.end(); });`;
  const serverMajor = Math.floor(
    Number(execFileSync(process.execPath, ['-e', probe], { env: { ...process.env, PROBE_URL: testDatabase } })) / 10000,
  );
  return dumpMajor >= serverMajor ? null : `pg_dump ${dumpMajor} cannot dump PostgreSQL ${serverMajor}`;
}
const noDrill = whyNoDrill();

let work: string;
let source: TestServer;
let world: BorderWorld;
const settingsOf = (name: string) => ({
  DATABASE_URL: name === 'source' ? sourceUrl : targetUrl,
  ENLACE_ATTACHMENTS_DIR: path.join(work, name, 'attachments'),
  ENLACE_AUDIT_ANCHOR_DIR: path.join(work, name, 'anchors'),
});

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'enlace-drill-'));
  await dropDatabase(sourceUrl);
  await dropDatabase(targetUrl);
  await ensureDatabaseExists(sourceUrl);
  source = await startTestServer(settingsOf('source'));
  world = await aBorderWorld(source.server.orm);
  const cookie = await cookieFor(source.server.orm, world.users.senderOfficer);
  for (let i = 0; i < 4; i++) {
    const referralId = await referralAfter(source.server.orm, world, ACKNOWLEDGED);
    await uploadTo(source.url, cookie, referralId, Buffer.from(`%PDF-1.7\nacta ${i}\n%%EOF\n`));
  }
}, 120_000);

afterAll(async () => {
  await source?.stop();
  await dropDatabase(sourceUrl);
  await dropDatabase(targetUrl);
  await rm(work, { recursive: true, force: true });
});

async function uploadTo(url: string, cookie: string, referralId: string, content: Buffer) {
  const response = await fetch(`${url}/api/referrals/${referralId}/attachments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/pdf',
      'x-file-name': 'acta.pdf',
      'x-requested-with': 'enlace',
      cookie,
    },
    body: content,
  });
  expect(response.status).toBe(201);
}

const sequenceOf = (reference: string) => Number(reference.split('-').pop());

async function referencesIn(orm: MikroORM): Promise<number[]> {
  const rows = await orm.em
    .fork()
    .execute<{ reference: string }[]>('select reference from referral where reference is not null');
  return rows.map((row) => sequenceOf(row.reference)).sort((a, b) => a - b);
}

(noDrill ? describe.skip : describe)(`backup and restore drill${noDrill ? ` (skipped: ${noDrill})` : ''}`, () => {
  it('backs up under write load; the restored copy runs, verifies its audit trail and serves every file', async () => {
    const config: EnlaceConfig = source.server.config;
    const logger = createLogger('silent');
    await anchorAuditTrail(source.server.orm.em.fork(), config);

    // Referrals keep being created while the backup runs: what it holds must still be consistent.
    let writing = true;
    const load = (async () => {
      let written = 0;
      while (writing) {
        await referralAfter(source.server.orm, world, SENT);
        written += 1;
      }
      return written;
    })();
    const started = Date.now();
    const { directory, manifest } = await createBackup({
      config,
      databaseUrl: sourceUrl,
      outDir: path.join(work, 'backups'),
      logger,
    });
    const backupMs = Date.now() - started;
    writing = false;
    expect(await load).toBeGreaterThan(0);
    expect(manifest.files).toHaveLength(4);
    expect(manifest.missingFiles).toEqual([]);

    // After the backup the source goes on, and its trail is anchored again: the events past the backup will be
    // lost with the restore, which the restored trail must report as such rather than as a break.
    await anAuditEvent(source.server.orm, anActor());
    await anchorAuditTrail(source.server.orm.em.fork(), config);
    await cp(path.join(work, 'source', 'anchors'), path.join(work, 'target', 'anchors'), { recursive: true });

    const restoreStarted = Date.now();
    await ensureDatabaseExists(targetUrl);
    const targetConfig = testConfig(settingsOf('target'));
    await restoreBackup({
      config: targetConfig,
      databaseUrl: targetUrl,
      directory,
      knownMigrations: migrations.map((migration) => migration.name),
    });
    const target = await startTestServer(settingsOf('target'));
    const restoreMs = Date.now() - restoreStarted;
    try {
      const orm = target.server.orm;
      expect((await fetch(`${target.url}/readyz`)).status).toBe(200);

      const store = configuredAnchorStore(target.server.config);
      const keys = target.server.config.audit.verifyKeys;
      expect((await verifyAuditTrail(orm.em.fork(), store, keys)).problem).toBe('truncated-after-checkpoint');
      await anchorRestoredTrail(orm.em.fork(), target.server.config);
      expect(await verifyAuditTrail(orm.em.fork(), store, keys)).toMatchObject({
        valid: true,
        lastSeq: manifest.audit.seq,
        checkpointsLostInRestore: 1,
      });

      const cookie = await cookieFor(orm, world.users.senderOfficer);
      const attachments = await orm.em
        .fork()
        .execute<{ id: string; sha256: string }[]>('select id, sha256 from referral_attachment');
      expect(attachments).toHaveLength(4);
      for (const attachment of attachments) {
        const response = await fetch(`${target.url}/api/attachments/${attachment.id}`, { headers: { cookie } });
        expect(response.status).toBe(200);
        const bytes = Buffer.from(await response.arrayBuffer());
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(attachment.sha256);
      }

      const before = await referencesIn(orm);
      expect(before).toEqual(Array.from({ length: before.length }, (_, i) => i + 1));
      await referralAfter(orm, world, SENT);
      expect(await referencesIn(orm)).toEqual([...before, before.length + 1]);
      process.stdout.write(`restore drill: backup ${backupMs} ms, restore and start ${restoreMs} ms\n`);
    } finally {
      await target.stop();
    }
  }, 180_000);

  it('refuses to restore into a database that already has tables', async () => {
    const backups = path.join(work, 'backups');
    const { directory } = await createBackup({
      config: source.server.config,
      databaseUrl: sourceUrl,
      outDir: path.join(backups, 'again'),
      logger: createLogger('silent'),
    });
    await expect(
      restoreBackup({ config: source.server.config, databaseUrl: sourceUrl, directory, knownMigrations: [] }),
    ).rejects.toThrow(/newer Enlace|empty database/);
    await expect(
      restoreBackup({
        config: source.server.config,
        databaseUrl: sourceUrl,
        directory,
        knownMigrations: migrations.map((migration) => migration.name),
      }),
    ).rejects.toThrow(/empty database/);
  });
});
