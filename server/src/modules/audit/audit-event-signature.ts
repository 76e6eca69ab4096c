import type { EntityManager } from '@mikro-orm/postgresql';
import { signatureValid, signText, type SigningKey, type VerifyKey } from '../../platform/crypto/signing-key';

/**
 * What the application signs of an event: everything it supplies itself. `seq`, `occurred_at` and the hashes are
 * the database's (the chain and the checkpoints cover them). A row inserted with database access alone has no
 * valid signature: the private key lives in the configuration only (docs/adr/0052-audit-event-signatures.md).
 */
export interface SignedAuditFields {
  id: string;
  actor_kind: string | null;
  actor_id: string | null;
  actor_agency_id: string | null;
  actor_country_code: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  fields: string[];
  owner_agency_id: string | null;
  details: unknown;
  request_id: string | null;
  client_address: string | null;
}

const FORMAT = 'enlace-audit-event/1';

/** JSON with object keys sorted at every level: jsonb gives keys back in its own order, the writer in its. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

const uuidText = (value: string | null) => (value === null ? null : value.toLowerCase());

/** The exact text signed: the same from the writer's draft and from the stored row. */
export function signedText(event: SignedAuditFields): string {
  // Through JSON first, as the row went into the database: dates become strings, undefined disappears.
  const details =
    event.details === null || event.details === undefined ? null : JSON.parse(JSON.stringify(event.details));
  return canonicalJson([
    FORMAT,
    uuidText(event.id),
    event.actor_kind,
    uuidText(event.actor_id),
    uuidText(event.actor_agency_id),
    event.actor_country_code,
    event.action,
    event.entity_type,
    event.entity_id,
    [...event.fields],
    uuidText(event.owner_agency_id),
    details,
    event.request_id,
    event.client_address,
  ]);
}

export function signAuditEvent(key: SigningKey, event: SignedAuditFields): { signature: string; keyId: string } {
  return { signature: signText(key, signedText(event)), keyId: key.keyId };
}

export interface SignatureVerification {
  valid: boolean;
  /** The first event, in chain order, whose signature is missing, made by an unknown key or does not match. */
  firstBadSeq: string | null;
  checkedCount: number;
  /** Events written before the application signed events (kept, reported, never counted as forged). */
  unsignedBeforeSigning: number;
}

interface StoredEvent extends SignedAuditFields {
  seq: string;
  signature: string | null;
  signature_key_id: string | null;
}

const BATCH_SIZE = 5_000;

const READ_BATCH = `
select seq::text as seq, id::text as id, actor_kind::text as actor_kind, actor_id::text as actor_id,
  actor_agency_id::text as actor_agency_id, actor_country_code, action, entity_type, entity_id, fields,
  owner_agency_id::text as owner_agency_id, details, request_id, client_address, signature, signature_key_id
from audit_event where seq > ? order by seq limit ?`;

/**
 * Checks every event after `afterSeq` against the application's public keys. Events before the first signed one
 * are the trail's history from before signing began; from the first signed event on, every event must carry a
 * valid signature, so a row forged through the database (even through the normal insert trigger) is found.
 */
export async function verifyAuditEventSignatures(
  em: EntityManager,
  keys: VerifyKey[],
  afterSeq = '0',
): Promise<SignatureVerification> {
  const byId = new Map(keys.map((key) => [key.keyId, key]));
  const connection = em.getConnection();
  let signingBegun = await anySignedUpTo(em, afterSeq);
  let lastSeq = afterSeq;
  let checkedCount = 0;
  let unsignedBeforeSigning = 0;
  for (;;) {
    const rows = await connection.execute<StoredEvent[]>(READ_BATCH, [lastSeq, BATCH_SIZE]);
    for (const row of rows) {
      checkedCount += 1;
      if (!signingBegun && row.signature === null) {
        unsignedBeforeSigning += 1;
        continue;
      }
      signingBegun = true;
      const key = row.signature_key_id ? byId.get(row.signature_key_id) : undefined;
      if (!key || !row.signature || !signatureValid(key, signedText(row), row.signature)) {
        return { valid: false, firstBadSeq: row.seq, checkedCount, unsignedBeforeSigning };
      }
    }
    if (rows.length < BATCH_SIZE) break;
    lastSeq = rows[rows.length - 1]!.seq;
  }
  return { valid: true, firstBadSeq: null, checkedCount, unsignedBeforeSigning };
}

// Starting after a checkpoint: the events up to it were checked when it was written.
async function anySignedUpTo(em: EntityManager, seq: string): Promise<boolean> {
  if (seq === '0') return false;
  const rows = await em
    .getConnection()
    .execute<unknown[]>(`select 1 from audit_event where seq <= ? and signature is not null limit 1`, [seq]);
  return rows.length > 0;
}
