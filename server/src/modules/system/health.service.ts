import type { EntityManager } from '@mikro-orm/postgresql';
import { ENLACE_VERSION } from '../../platform/version';
import type { Health } from './health.types';
import { singleRow } from '../../platform/orm/single-row';

export async function readHealth(em: EntityManager, options: { exactDatabaseVersion: boolean }): Promise<Health> {
  const row = singleRow(
    await em
      .getConnection()
      .execute<{ version: string; now: Date }[]>(
        "SELECT 'PostgreSQL ' || current_setting('server_version') AS version, now() AS now",
      ),
    'database version and time',
  );
  const database = options.exactDatabaseVersion ? row.version : 'PostgreSQL';
  return { database, version: ENLACE_VERSION, databaseTime: new Date(row.now) };
}
