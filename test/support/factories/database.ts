import type { EntityManager } from '@mikro-orm/postgresql';
import { MikroORM } from '@mikro-orm/postgresql';
import { entities, initOrm } from '../../../server/src/app';
import { migrations } from '../../../migrations';
import { dropDatabase, ensureDatabaseExists } from '../../../server/src/platform/database/connect';
import { databaseName, withDatabase } from '../../../server/src/platform/database/database-url';
import { createLogger } from '../../../server/src/platform/logging/logger';
import { migrateDatabase } from '../../../server/src/platform/orm/migrate';
import { ormOptions } from '../../../server/src/platform/orm/orm-config';

/** The ORM on the test file's database; `countStatements` returns the SQL statements a piece of work sent. */
export async function startTestOrm() {
  const statements: string[] = [];
  let counting = false;
  const orm = await MikroORM.init({
    ...ormOptions({
      url: process.env.DATABASE_URL!,
      entities,
      migrations,
      log: (message) => {
        if (counting && message.startsWith('[query]')) statements.push(message);
      },
    }),
    debug: ['query'],
  });
  await migrateDatabase(orm, createLogger('silent'));
  return {
    orm,
    /** Runs `work` and returns the SQL statements it sent. */
    async countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
      statements.length = 0;
      counting = true;
      try {
        const result = await work();
        return { result, statements: [...statements] };
      } finally {
        counting = false;
      }
    },
  };
}

/**
 * A database of its own next to the file's, migrated: for tests that break things on purpose (the audit
 * tamper tests) or must not see the file's other rows.
 */
export async function ownDatabase(purpose: string): Promise<{ orm: MikroORM; drop(): Promise<void> }> {
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

/** Runs raw SQL as the database owner (the tests connect as owner), e.g. to tamper with the audit trail. */
export async function asOwner(em: EntityManager, ...statements: string[]): Promise<void> {
  await em.transactional(async (tx) => {
    for (const sql of statements) await tx.getConnection().execute(sql, [], 'run', tx.getTransactionContext());
  });
}
