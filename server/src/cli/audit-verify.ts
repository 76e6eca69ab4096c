import { configuredAnchorStore, verifyAuditTrail, type AuditTrailVerification } from '../modules/audit';
import { loadConfig } from '../platform/config/config';
import { runCli, withDatabase } from './with-database';

// pnpm audit:verify: recomputes the audit chain in the database and compares it with the signed checkpoints in
// ENLACE_AUDIT_ANCHOR_DIR (docs/operations.md, "Audit trail"). An auditor needs read access to the database,
// the checkpoints and the public keys only (ENLACE_AUDIT_VERIFY_KEYS); exits 1 and names the first broken event
// when the trail does not verify.
runCli(() =>
  withDatabase(async (orm) => {
    const config = loadConfig();
    const result = await verifyAuditTrail(orm.em.fork(), configuredAnchorStore(config), config.audit.verifyKeys);
    process.stdout.write(`${describe(result)}\n${JSON.stringify(result)}\n`);
    if (!result.valid) throw new Error(`audit trail does not verify: ${result.problem}`);
  }),
);

function describe(result: AuditTrailVerification): string {
  if (result.valid)
    return `Audit trail verifies: ${result.checkedCount} events (${result.signaturesChecked - result.unsignedBeforeSigning} signatures checked, ${result.unsignedBeforeSigning} from before events were signed); ${result.checkpointsMatched} checkpoints match, the newest at event ${result.lastCheckpointSeq ?? 'none'}.`;
  switch (result.problem) {
    case 'chain-broken':
      return `BROKEN: event ${result.firstBrokenSeq} was edited, or an event before it removed.`;
    case 'rewritten-since-checkpoint':
      return `BROKEN: the chain was rewritten between event ${result.firstBrokenSeq} and event ${result.brokenBySeq} (checkpoint ${result.checkpointName} no longer matches).`;
    case 'event-not-signed':
      return `BROKEN: event ${result.firstBrokenSeq} does not carry the application's signature of its content (forged or edited through the database).`;
    case 'truncated-after-checkpoint':
      return `BROKEN: events from ${result.firstBrokenSeq} on were removed (checkpoint ${result.checkpointName} names event ${result.brokenBySeq}).`;
    default:
      return `BROKEN: ${result.checkpointName} in the anchor store is not a checkpoint signed by a configured key.`;
  }
}
