import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditEntry, AuditTrail } from '../../platform/audit/audit-trail';
import type { Actor } from '../../platform/authz/actor';
import type { SigningKey } from '../../platform/crypto/signing-key';
import { uuidv7 } from '../../platform/ids';
import { queryPrepared, rawStatement } from '../../platform/orm/prepared-statements';
import { signAuditEvent, type SignedAuditFields } from './audit-event-signature';

export interface AuditRequestInfo {
  actor: Actor | null;
  requestId: string;
  clientAddress: string | undefined;
}

/** The action under which the field guard's reads of personal data are written. */
export const PERSONAL_DATA_READ = 'personal-data.read';

/**
 * One row as the app supplies it, signed by the app. seq, occurred_at, previous_hash and hash are the database's
 * business.
 */
interface AuditEventDraft extends SignedAuditFields {
  signature: string;
  signature_key_id: string;
}

// All rows go in as one jsonb parameter: one statement however many rows, and no driver-specific array
// binding. The order of the array is the order of insertion, hence of the chain.
const INSERT_AUDIT_EVENTS = `
insert into audit_event (id, actor_kind, actor_id, actor_agency_id, actor_country_code, action, entity_type,
  entity_id, fields, owner_agency_id, details, request_id, client_address, signature, signature_key_id)
select d.id, d.actor_kind::audit_actor_kind, d.actor_id, d.actor_agency_id, d.actor_country_code, d.action,
  d.entity_type, d.entity_id, array(select jsonb_array_elements_text(d.fields)), d.owner_agency_id, d.details,
  d.request_id, d.client_address, d.signature, d.signature_key_id
from jsonb_array_elements(?::jsonb) with ordinality as e(draft, n)
cross join lateral jsonb_to_record(e.draft) as d(id uuid, actor_kind text, actor_id uuid, actor_agency_id uuid,
  actor_country_code varchar, action varchar, entity_type varchar, entity_id varchar, fields jsonb,
  owner_agency_id uuid, details jsonb, request_id varchar, client_address varchar, signature varchar,
  signature_key_id varchar)
order by e.n`;

/**
 * The request's audit trail (implements the platform's AuditTrail). `record` writes at once in the caller's
 * transaction, so the entry commits or rolls back with the change it describes. Reads of personal data are
 * collected per record (the field guard reports one field at a time) and written in one statement at the end.
 * Every event is signed with `signingKey` (the configuration's audit signing key), which the database never holds.
 */
export function createAuditTrail(request: AuditRequestInfo, signingKey: SigningKey): AuditTrail {
  const reads = new Map<string, { entry: AuditEntry; fields: Set<string> }>();
  const draftOf = ({ actedBy, ...entry }: AuditEntry): AuditEventDraft => {
    const actor = actedBy ?? request.actor;
    const fields: SignedAuditFields = {
      id: uuidv7(),
      actor_kind: actor?.kind ?? null,
      actor_id: actor?.id ?? null,
      actor_agency_id: actor?.agencyId ?? null,
      actor_country_code: actor?.countryCode ?? null,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      fields: [...new Set(entry.fields ?? [])].sort(),
      owner_agency_id: entry.ownerAgencyId ?? null,
      details: entry.details ?? null,
      request_id: request.requestId,
      client_address: request.clientAddress ?? null,
    };
    const { signature, keyId } = signAuditEvent(signingKey, fields);
    return { ...fields, signature, signature_key_id: keyId };
  };

  return {
    record: (em, entry) => insertAuditEvents(em, [draftOf(entry)]),
    noteRead: (entry) => {
      const key = `${entry.entityType}\u0000${entry.entityId}`;
      const noted = reads.get(key) ?? { entry, fields: new Set<string>() };
      for (const field of entry.fields ?? []) noted.fields.add(field);
      reads.set(key, noted);
    },
    flushReads: async (em) => {
      if (reads.size === 0) return;
      const drafts = [...reads.values()].map(({ entry, fields }) =>
        draftOf({ ...entry, action: entry.action || PERSONAL_DATA_READ, fields: [...fields] }),
      );
      await insertAuditEvents(em, drafts);
      reads.clear();
    },
  };
}

async function insertAuditEvents(em: EntityManager, drafts: AuditEventDraft[]): Promise<void> {
  const rows = JSON.stringify(drafts);
  if (em.getTransactionContext()) {
    await em.getConnection().execute(INSERT_AUDIT_EVENTS, [rows], 'run', em.getTransactionContext());
    return;
  }
  // A request's reads, written on their own: prepared once per connection, the rows a parameter. MikroORM's
  // execute would escape the rows into the statement's text, which cost more than the insert (issue 19).
  await queryPrepared(em, () => rawStatement(em, INSERT_AUDIT_EVENTS, [ROWS_PLACEHOLDER]), {
    key: INSERT_AUDIT_EVENTS,
    placeholders: new Map([[ROWS_PLACEHOLDER, rows]]),
  });
}

const ROWS_PLACEHOLDER = '[]';
