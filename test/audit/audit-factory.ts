import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { initOrm, policies } from '../../server/src/app';
import { createAuditTrail } from '../../server/src/modules/audit';
import type { AuditEntry } from '../../server/src/platform/audit/audit-trail';
import { buildAbility } from '../../server/src/platform/authz/ability';
import type { Actor } from '../../server/src/platform/authz/actor';
import { Role } from '../../server/src/platform/authz/roles';
import { dropDatabase, ensureDatabaseExists } from '../../server/src/platform/database/connect';
import { databaseName, withDatabase } from '../../server/src/platform/database/database-url';
import { createLogger } from '../../server/src/platform/logging/logger';
import { migrateDatabase } from '../../server/src/platform/orm/migrate';
import type { RequestContext } from '../../server/src/platform/context';
import { serverPartsOfContext } from '../support/test-config';

/** Someone acting in an agency; audit rows only need ids, so no agency or user rows are created. */
export function anActor(overrides: Partial<Actor> = {}): Actor {
  return {
    kind: 'user',
    id: randomUUID(),
    agencyId: randomUUID(),
    countryCode: 'CO',
    roles: [Role.CASE_WORKER],
    mechanismIds: [],
    secretariatMechanismIds: [],
    ...overrides,
  };
}

export const anEntry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  action: 'referral.send',
  entityType: 'Referral',
  entityId: randomUUID(),
  details: { status: 'SENT' },
  ...overrides,
});

/** Writes one event as `actor` would in a request, in its own transaction. */
export async function recordAs(orm: MikroORM, actor: Actor | null, entry: AuditEntry = anEntry()): Promise<void> {
  const trail = createAuditTrail({ actor, requestId: randomUUID(), clientAddress: '203.0.113.7' });
  await orm.em.fork().transactional((em) => trail.record(em, entry));
}

const serverParts = serverPartsOfContext();

/** A request context as createRequestContext builds it, minus HTTP: for running GraphQL operations directly. */
export function contextFor(orm: MikroORM, actor: Actor | null): RequestContext {
  const requestId = randomUUID();
  return {
    requestId,
    em: orm.em.fork(),
    logger: createLogger('silent'),
    clientAddress: '198.51.100.9',
    actor,
    ability: buildAbility(actor, policies),
    audit: createAuditTrail({ actor, requestId, clientAddress: '198.51.100.9' }),
    ...serverParts,
  };
}

/**
 * A database of its own, migrated: the tamper tests break the chain on purpose, which must not disturb other
 * test files sharing the run's database.
 */
export async function ownAuditDatabase(purpose: string): Promise<{ orm: MikroORM; drop(): Promise<void> }> {
  const url = withDatabase(process.env.DATABASE_URL!, `${databaseName(process.env.DATABASE_URL!)}_${purpose}`);
  await ensureDatabaseExists(url);
  const orm = await initOrm(url, { poolMax: 20 });
  await migrateDatabase(orm, createLogger('silent'));
  return {
    orm,
    drop: async () => {
      await orm.close();
      await dropDatabase(url);
    },
  };
}

/** Runs raw SQL as the database owner (the tests connect as owner), e.g. to tamper with the trail. */
export async function asOwner(em: EntityManager, ...statements: string[]): Promise<void> {
  await em.transactional(async (tx) => {
    for (const sql of statements) await tx.getConnection().execute(sql, [], 'run', tx.getTransactionContext());
  });
}
