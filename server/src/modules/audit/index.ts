// Placeholder until the audit module lands (hash-chained, append-only trail). Replaced in the same session.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditEntry, AuditTrail } from '../../platform/audit/audit-trail';
import type { Actor } from '../../platform/authz/actor';
import type { EnlaceModule } from '../../platform/module';

export interface AuditRequestInfo {
  actor: Actor | null;
  requestId: string;
  clientAddress: string | undefined;
}

export function createAuditTrail(_request: AuditRequestInfo): AuditTrail {
  const reads: AuditEntry[] = [];
  return {
    record: async (_em: EntityManager, _entry: AuditEntry) => undefined,
    noteRead: (entry) => reads.push(entry),
    flushReads: async () => undefined,
  };
}

export const auditModule: EnlaceModule = { name: 'audit', entities: [], resolvers: [] };
