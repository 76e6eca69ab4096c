import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createAuditTrail } from '../../../server/src/modules/audit';
import type { AuditEntry } from '../../../server/src/platform/audit/audit-trail';
import type { Actor } from '../../../server/src/platform/authz/actor';
import { testConfig } from '../test-config';
import { at } from '../indexing';

/** An audit entry (a referral sent, unless told otherwise). */
export const anEntry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  action: 'referral.send',
  entityType: 'Referral',
  entityId: randomUUID(),
  details: { status: 'SENT' },
  ...overrides,
});

/**
 * Writes one audit event as `actor` would in a request, in its own transaction, through the real writer
 * (hash chain included); returns the new event's id.
 */
export async function anAuditEvent(
  orm: MikroORM,
  actor: Actor | null,
  entry: AuditEntry = anEntry(),
  request: { requestId?: string; clientAddress?: string } = {},
): Promise<string> {
  const requestId = request.requestId ?? randomUUID();
  const trail = createAuditTrail(
    { actor, requestId, clientAddress: request.clientAddress ?? '203.0.113.7' },
    testConfig().audit.signingKey,
  );
  const em = orm.em.fork();
  await em.transactional((tx) => trail.record(tx, entry));
  const row = at(
    await em
      .getConnection()
      .execute<{ id: string }[]>('select id from audit_event where request_id = ? order by seq desc limit 1', [
        requestId,
      ]),
    0,
  );
  return row.id;
}
