import type { EntityManager } from '@mikro-orm/postgresql';

/** One thing that happened, in the domain's words ("referral.send", "user.disable", "person.read"). */
export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  /** Personal-data fields read or changed (names only, never values). */
  fields?: string[];
  /** The agency that owns the record, so its auditors see who else touched it. */
  ownerAgencyId?: string;
  /** Non-personal details (status from/to, reason codes). */
  details?: Record<string, unknown>;
  /**
   * Who acted, when it is not the request's actor: a sign-in is the user's own act although nobody was signed in
   * when the request began. Without it the trail would show it as an unknown outsider's (and, to the user's
   * agency, as another agency's access to its records).
   */
  actedBy?: { kind: 'user'; id: string; agencyId: string; countryCode: string };
}

/**
 * The request's audit trail. Platform code and modules write through this interface; the audit module
 * implements it (hash chain, append-only table) and the composition root wires it in.
 */
export interface AuditTrail {
  /** Writes now, in the caller's transaction, so the entry commits or rolls back with the change. */
  record(em: EntityManager, entry: AuditEntry): Promise<void>;
  /** Notes a read of personal data; all reads of a request are written together when it ends. */
  noteRead(entry: AuditEntry): void;
  /** Writes the noted reads. Called once per request by the GraphQL layer. */
  flushReads(em: EntityManager): Promise<void>;
}
