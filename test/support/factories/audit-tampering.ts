import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { anchorAuditTrail, configuredAnchorStore, verifyAuditTrail } from '../../../server/src/modules/audit';
import type { VerifyKey } from '../../../server/src/platform/crypto/signing-key';
import { testConfig } from '../test-config';
import { anAuditEvent } from './audit';
import { anActor } from './people';
import { ownDatabase } from './database';

/** What the table's owner runs to edit or delete audit rows (the append-only trigger refuses otherwise). */
export const UNLOCK_AUDIT = 'alter table audit_event disable trigger audit_event_append_only';
export const LOCK_AUDIT = 'alter table audit_event enable trigger audit_event_append_only';

/** What an attacker with the owner's rights does to hide an edit: re-chain every later event. */
export const rechainAuditFrom = (seq: number) => `do $$ declare r record; begin
  for r in select seq from audit_event where seq >= ${seq} order by seq loop
    update audit_event set previous_hash = coalesce((select hash from audit_event where seq = r.seq - 1), repeat('0', 64)) where seq = r.seq;
    update audit_event e set hash = audit_event_hash(e) where seq = r.seq;
  end loop; end $$`;

/** A database and an anchor directory of their own, with `events` real events: for tests that tamper. */
export async function aTamperableTrail(purpose: string, events = 0) {
  const database = await ownDatabase(purpose);
  const anchorDir = await mkdtemp(path.join(os.tmpdir(), 'enlace-anchors-'));
  const config = testConfig({ ENLACE_AUDIT_ANCHOR_DIR: anchorDir });
  for (let i = 0; i < events; i++) await anAuditEvent(database.orm, anActor());
  return {
    orm: database.orm,
    config,
    anchorDir,
    verify: (keys: VerifyKey[] = config.audit.verifyKeys) =>
      verifyAuditTrail(database.orm.em.fork(), configuredAnchorStore(config), keys),
    anchor: () => anchorAuditTrail(database.orm.em.fork(), config),
    cleanUp: async () => {
      await database.drop();
      await rm(anchorDir, { recursive: true, force: true });
    },
  };
}
