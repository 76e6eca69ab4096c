import { randomBytes } from 'node:crypto';
import { anchorAuditTrail, anchorRestoredTrail } from '../modules/audit';
import { loadConfig } from '../platform/config/config';
import { publicKeyBase64, signingKeyFromSeed } from '../platform/crypto/signing-key';
import { runCli, withDatabase } from './with-database';

// pnpm audit:anchor: writes a checkpoint now (as the scheduled audit.anchor job does), e.g. right before a
// backup. pnpm audit:anchor --restored: after a point-in-time recovery, states (signed) that the trail continues
// from its recovered head. pnpm audit:anchor --new-key: prints a fresh signing key and its public key, touching nothing.
runCli(async () => {
  if (process.argv.includes('--new-key')) {
    const seed = randomBytes(32).toString('base64');
    const key = signingKeyFromSeed(seed);
    process.stdout.write(
      `ENLACE_AUDIT_SIGNING_KEY=${seed}\n# public key for auditors (ENLACE_AUDIT_VERIFY_KEYS): ${publicKeyBase64(key)}\n`,
    );
    return;
  }
  await withDatabase(async (orm) => {
    if (process.argv.includes('--restored')) {
      const marker = await anchorRestoredTrail(orm.em.fork(), loadConfig());
      process.stdout.write(`Restore checkpoint written: the trail continues from event ${marker?.seq ?? 'none'}.\n`);
      return;
    }
    const { verification, written } = await anchorAuditTrail(orm.em.fork(), loadConfig());
    if (!verification.valid)
      throw new Error(`audit trail does not verify (${verification.problem}): no checkpoint written`);
    process.stdout.write(
      written ? `Checkpoint written at event ${written.seq}.\n` : 'Nothing new since the last checkpoint.\n',
    );
  });
});
