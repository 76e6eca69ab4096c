import { constants } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { signatureValid, signText, type SigningKey, type VerifyKey } from '../../platform/crypto/signing-key';

/**
 * A signed statement "the audit chain had event `seq` with hash `hash` at `anchoredAt`", kept outside the
 * database (docs/adr/0019-audit-anchors-and-backups.md). Whoever can rewrite the database cannot rewrite a checkpoint
 * already written elsewhere, nor sign a new one without the key that only the application's configuration holds.
 */
export interface AuditCheckpoint {
  version: 1;
  /**
   * `head`: the scheduled anchor. `restore`: written by `pnpm restore`: the chain continues from this event, and
   * earlier checkpoints past it name events lost with the restore (reported, not a break).
   */
  kind: CheckpointKind;
  seq: string;
  hash: string;
  anchoredAt: string;
  keyId: string;
  signature: string;
}

export type CheckpointKind = 'head' | 'restore';

/** What is signed: fixed fields in a fixed order, so no JSON serialisation question can arise. */
function signedText(checkpoint: Pick<AuditCheckpoint, 'kind' | 'seq' | 'hash' | 'anchoredAt'>): string {
  const { kind, seq, hash, anchoredAt } = checkpoint;
  return `enlace-audit-checkpoint:v1:${kind}:${seq}:${hash}:${anchoredAt}`;
}

export function signCheckpoint(
  head: { seq: string; hash: string },
  key: SigningKey,
  options: { kind?: CheckpointKind; at?: Date } = {},
): AuditCheckpoint {
  const at = options.at ?? new Date();
  const unsigned = { kind: options.kind ?? 'head', seq: head.seq, hash: head.hash, anchoredAt: at.toISOString() };
  return { version: 1, ...unsigned, keyId: key.keyId, signature: signText(key, signedText(unsigned)) };
}

export type CheckpointCheck = 'valid' | 'unknown-key' | 'bad-signature';

/** Whether one of `keys` signed the checkpoint, exactly as it reads. */
export function checkCheckpoint(checkpoint: AuditCheckpoint, keys: VerifyKey[]): CheckpointCheck {
  const key = keys.find((candidate) => candidate.keyId === checkpoint.keyId);
  if (!key) return 'unknown-key';
  return signatureValid(key, signedText(checkpoint), checkpoint.signature) ? 'valid' : 'bad-signature';
}

/** A file in the anchor store that is not a checkpoint at all (its name only: it may hold anything). */
export interface UnreadableCheckpoint {
  name: string;
}

/**
 * Where checkpoints are appended. Implementations never overwrite: a name taken is an error. Point it at a
 * place the database's owner cannot write (another host's mount, a WORM volume, a directory synced to an S3
 * bucket with object lock; docs/operations.md).
 */
export interface AuditAnchorStore {
  append(checkpoint: AuditCheckpoint): Promise<string>;
  list(): Promise<{ checkpoints: (AuditCheckpoint & { name: string })[]; unreadable: UnreadableCheckpoint[] }>;
}

const NAME = /^(checkpoint|restore)-\d{20}-\d{8}T\d{9}Z\.json$/;

/** `checkpoint-<seq, 20 digits>-<time>.json` (or `restore-...`): one name per event and instant. */
export function checkpointName(checkpoint: AuditCheckpoint): string {
  const time = checkpoint.anchoredAt.replace(/[-:.]/g, '');
  const prefix = checkpoint.kind === 'restore' ? 'restore' : 'checkpoint';
  return `${prefix}-${checkpoint.seq.padStart(20, '0')}-${time}.json`;
}

/** Checkpoints as read-only files in a directory, created exclusively (never replaced). */
export function directoryAnchorStore(directory: string): AuditAnchorStore {
  return {
    async append(checkpoint) {
      await mkdir(directory, { recursive: true, mode: 0o700 });
      const name = checkpointName(checkpoint);
      await writeFile(path.join(directory, name), `${JSON.stringify(checkpoint, null, 2)}\n`, {
        mode: 0o444,
        flag: constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY,
      });
      return name;
    },
    async list() {
      let names: string[];
      try {
        names = (await readdir(directory)).filter((name) => name.endsWith('.json')).sort();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoints: [], unreadable: [] };
        throw error;
      }
      const checkpoints: (AuditCheckpoint & { name: string })[] = [];
      const unreadable: UnreadableCheckpoint[] = [];
      for (const name of names) {
        const parsed = NAME.test(name) ? parseCheckpoint(await readFile(path.join(directory, name), 'utf8')) : null;
        if (parsed) checkpoints.push({ ...parsed, name });
        else unreadable.push({ name });
      }
      return { checkpoints, unreadable };
    },
  };
}

function parseCheckpoint(text: string): AuditCheckpoint | null {
  try {
    const value = JSON.parse(text) as Partial<AuditCheckpoint>;
    const ok =
      value.version === 1 &&
      (value.kind === 'head' || value.kind === 'restore') &&
      typeof value.seq === 'string' &&
      /^\d{1,20}$/.test(value.seq) &&
      typeof value.hash === 'string' &&
      /^[0-9a-f]{64}$/.test(value.hash) &&
      typeof value.anchoredAt === 'string' &&
      typeof value.keyId === 'string' &&
      typeof value.signature === 'string';
    return ok ? (value as AuditCheckpoint) : null;
  } catch {
    return null;
  }
}
