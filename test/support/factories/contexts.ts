import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { policies } from '../../../server/src/app';
import { createAuditTrail } from '../../../server/src/modules/audit';
import type { AuditEntry } from '../../../server/src/platform/audit/audit-trail';
import { buildAbility } from '../../../server/src/platform/authz/ability';
import type { Actor } from '../../../server/src/platform/authz/actor';
import type { RequestContext } from '../../../server/src/platform/context';
import { createLogger } from '../../../server/src/platform/logging/logger';
import { serverPartsOfContext, testConfig } from '../test-config';

let serverParts: ReturnType<typeof serverPartsOfContext> | undefined;

export interface ContextOptions {
  /**
   * 'remembered' (the default): audit entries are kept in `audited` instead of written, for tests that check
   * what a service audits; 'written': the real audit trail, as a request writes it.
   */
  audit?: 'remembered' | 'written';
  clientAddress?: string;
}

/**
 * A request context as the app builds one for a caller (a test user, an actor, or nobody), minus HTTP: for
 * calling services and resolvers directly.
 */
export function contextFor(
  orm: MikroORM,
  who: { actor: Actor } | Actor | null,
  options: ContextOptions = {},
): RequestContext & { audited: AuditEntry[] } {
  serverParts ??= serverPartsOfContext();
  const actor = who && 'actor' in who ? who.actor : who;
  const requestId = randomUUID();
  const clientAddress = options.clientAddress ?? '127.0.0.1';
  const audited: AuditEntry[] = [];
  return {
    requestId,
    em: orm.em.fork(),
    logger: createLogger('silent'),
    clientAddress,
    actor,
    ability: buildAbility(actor, policies),
    audit:
      options.audit === 'written'
        ? createAuditTrail({ actor, requestId, clientAddress }, testConfig().audit.signingKey)
        : {
            record: async (_em, entry) => void audited.push(entry),
            noteRead: (entry) => void audited.push(entry),
            flushReads: async () => undefined,
          },
    ...serverParts,
    audited,
  };
}
