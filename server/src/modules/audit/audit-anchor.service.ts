import type { EntityManager } from '@mikro-orm/postgresql';
import type { EnlaceConfig } from '../../platform/config/config';
import type { VerifyKey } from '../../platform/crypto/signing-key';
import { verifyAuditChain } from './audit-chain.service';
import { verifyAuditEventSignatures } from './audit-event-signature';
import {
  checkCheckpoint,
  directoryAnchorStore,
  signCheckpoint,
  type AuditAnchorStore,
  type AuditCheckpoint,
} from './audit-checkpoint';

/**
 * What is wrong, when something is:
 * - `chain-broken`: an event was edited or removed without re-chaining (the chain alone shows it);
 * - `rewritten-since-checkpoint`: the chain is consistent but an anchored event's hash differs (recomputed
 *   hashes, or rows removed and appended again through the trigger);
 * - `truncated-after-checkpoint`: a checkpoint names an event the database no longer has (newest rows removed);
 * - `checkpoint-not-signed`: a file in the anchor store is not a checkpoint signed by a configured key;
 * - `event-not-signed`: an event lacks the application's signature, or its content no longer matches it (a row
 *   forged or edited through the database, even one appended through the normal trigger).
 */
export type AuditProblem =
  | 'chain-broken'
  | 'rewritten-since-checkpoint'
  | 'truncated-after-checkpoint'
  | 'checkpoint-not-signed'
  | 'event-not-signed';

export interface AuditTrailVerification {
  valid: boolean;
  problem: AuditProblem | null;
  /** The first event that does not check out (for a rewrite: the first one after the last checkpoint that held). */
  firstBrokenSeq: string | null;
  /** For a rewrite: the checkpoint whose hash no longer matches; the break lies between the two. */
  brokenBySeq: string | null;
  /** The anchor file concerned, by name, for `checkpoint-not-signed`. */
  checkpointName: string | null;
  checkedCount: number;
  lastSeq: string | null;
  lastHash: string | null;
  /** Signed checkpoints that matched, and the newest of them: events after it are protected by the chain only. */
  checkpointsMatched: number;
  lastCheckpointSeq: string | null;
  /** Checkpoints past the event a later `pnpm restore` continued from: those events were lost with the restore. */
  checkpointsLostInRestore: number;
  /** Events whose signature was checked, and those from before the application signed events. */
  signaturesChecked: number;
  unsignedBeforeSigning: number;
}

export interface AuditVerifyOptions {
  /**
   * `all` (an auditor's `pnpm audit:verify`): every event's signature. `since-last-checkpoint` (the scheduled
   * anchor): only events after the newest checkpoint that matched, since each checkpoint is written only after
   * every event up to it was checked, and the chain ties those events to it.
   */
  signatures: 'all' | 'since-last-checkpoint';
}

/** The store the configuration names (ENLACE_AUDIT_ANCHOR_DIR). */
export function configuredAnchorStore(config: EnlaceConfig): AuditAnchorStore {
  return directoryAnchorStore(config.audit.anchorDir);
}

// The positions go as one comma-separated text: the driver would expand an array parameter into a list.
const hashesAt = async (em: EntityManager, seqs: string[]) => {
  if (seqs.length === 0) return new Map<string, string>();
  const rows = await em
    .getConnection()
    .execute<{ seq: string; hash: string }[]>(
      `select seq::text as seq, hash from audit_event where seq = any(string_to_array(?, ',')::bigint[])`,
      [seqs.join(',')],
    );
  return new Map(rows.map((row) => [row.seq, row.hash]));
};

/**
 * Recomputes the chain in the database, then compares it with every checkpoint in the anchor store: each must be
 * signed by one of `keys`, and name an event the chain still holds with the same hash. Reports the first break.
 */
export async function verifyAuditTrail(
  em: EntityManager,
  store: AuditAnchorStore,
  keys: VerifyKey[],
  options: AuditVerifyOptions = { signatures: 'all' },
): Promise<AuditTrailVerification> {
  const verification = await verifyChainAndCheckpoints(em, store, keys);
  if (!verification.valid) return verification;
  const from = options.signatures === 'all' ? '0' : (verification.lastCheckpointSeq ?? '0');
  const signatures = await verifyAuditEventSignatures(em, keys, from);
  const counts = {
    signaturesChecked: signatures.checkedCount,
    unsignedBeforeSigning: signatures.unsignedBeforeSigning,
  };
  if (signatures.valid) return { ...verification, ...counts };
  return {
    ...verification,
    ...counts,
    valid: false,
    problem: 'event-not-signed',
    firstBrokenSeq: signatures.firstBadSeq,
  };
}

async function verifyChainAndCheckpoints(
  em: EntityManager,
  store: AuditAnchorStore,
  keys: VerifyKey[],
): Promise<AuditTrailVerification> {
  const chain = await verifyAuditChain(em);
  const { checkpoints, unreadable } = await store.list();
  const result: AuditTrailVerification = {
    valid: chain.valid,
    problem: chain.valid ? null : 'chain-broken',
    firstBrokenSeq: chain.firstBrokenSeq,
    brokenBySeq: null,
    checkpointName: null,
    checkedCount: chain.checkedCount,
    lastSeq: chain.lastSeq,
    lastHash: chain.lastHash,
    checkpointsMatched: 0,
    lastCheckpointSeq: null,
    checkpointsLostInRestore: 0,
    signaturesChecked: 0,
    unsignedBeforeSigning: 0,
  };
  if (!chain.valid) return result;
  const unsigned = unreadable[0]?.name ?? checkpoints.find((c) => checkCheckpoint(c, keys) !== 'valid')?.name;
  if (unsigned) return { ...result, valid: false, problem: 'checkpoint-not-signed', checkpointName: unsigned };

  const restores = checkpoints.filter((checkpoint) => checkpoint.kind === 'restore');
  const lostInRestore = (checkpoint: AuditCheckpoint) =>
    restores.some(
      (restore) => restore.anchoredAt > checkpoint.anchoredAt && BigInt(restore.seq) < BigInt(checkpoint.seq),
    );
  const ordered = checkpoints
    .filter((checkpoint) => !lostInRestore(checkpoint))
    .sort((a, b) => compareSeq(a.seq, b.seq));
  result.checkpointsLostInRestore = checkpoints.length - ordered.length;
  const hashes = await hashesAt(em, [...new Set(ordered.map((checkpoint) => checkpoint.seq))]);
  let lastHeld = '0';
  for (const checkpoint of ordered) {
    const hash = hashes.get(checkpoint.seq);
    if (hash === undefined) {
      const firstMissing = String(BigInt(chain.lastSeq ?? '0') + 1n);
      return {
        ...result,
        valid: false,
        problem: 'truncated-after-checkpoint',
        firstBrokenSeq: firstMissing,
        brokenBySeq: checkpoint.seq,
        checkpointName: checkpoint.name,
      };
    }
    if (hash !== checkpoint.hash) {
      const firstSuspect = String(BigInt(lastHeld) + 1n);
      return {
        ...result,
        valid: false,
        problem: 'rewritten-since-checkpoint',
        firstBrokenSeq: firstSuspect,
        brokenBySeq: checkpoint.seq,
        checkpointName: checkpoint.name,
      };
    }
    lastHeld = checkpoint.seq;
    result.checkpointsMatched += 1;
    result.lastCheckpointSeq = checkpoint.seq;
  }
  return result;
}

function compareSeq(a: string, b: string): number {
  const difference = BigInt(a) - BigInt(b);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

export interface AnchorOutcome {
  verification: AuditTrailVerification;
  /** The checkpoint written, or null (the chain did not verify, or nothing was appended since the last one). */
  written: AuditCheckpoint | null;
}

/**
 * After `pnpm restore`: states, signed, that the chain now continues from its restored head, so checkpoints
 * written after the backup (events lost with the restore) are reported as such rather than as truncation.
 * Refuses when the restored chain itself does not verify against the checkpoints up to the backup.
 */
export async function anchorRestoredTrail(
  em: EntityManager,
  config: EnlaceConfig,
  store = configuredAnchorStore(config),
) {
  const chain = await verifyAuditChain(em);
  if (!chain.valid) throw new Error(`the restored audit chain is broken at event ${chain.firstBrokenSeq}`);
  if (chain.lastSeq === null || chain.lastHash === null) return null;
  const marker = signCheckpoint({ seq: chain.lastSeq, hash: chain.lastHash }, config.audit.signingKey, {
    kind: 'restore',
  });
  await store.append(marker);
  return marker;
}

/**
 * Verifies the trail against the earlier checkpoints and, when it holds and has grown, appends a checkpoint of
 * its head. The database is only read: the checkpoint is written after, outside any transaction.
 */
export async function anchorAuditTrail(
  em: EntityManager,
  config: EnlaceConfig,
  store = configuredAnchorStore(config),
): Promise<AnchorOutcome> {
  const verification = await verifyAuditTrail(em, store, config.audit.verifyKeys, {
    signatures: 'since-last-checkpoint',
  });
  const { lastSeq, lastHash, lastCheckpointSeq } = verification;
  if (!verification.valid || lastSeq === null || lastHash === null || lastSeq === lastCheckpointSeq)
    return { verification, written: null };
  const checkpoint = signCheckpoint({ seq: lastSeq, hash: lastHash }, config.audit.signingKey);
  await store.append(checkpoint);
  return { verification, written: checkpoint };
}
