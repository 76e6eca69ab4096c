import type { EntityManager } from '@mikro-orm/postgresql';
import { ENLACE_VERSION } from '../../platform/version';
import type { Health } from './health.types';

export async function readHealth(em: EntityManager, options: { exactDatabaseVersion: boolean }): Promise<Health> {
  const [row] = await em
    .getConnection()
    .execute<{ version: string; now: Date }[]>(
      "SELECT 'PostgreSQL ' || current_setting('server_version') AS version, now() AS now",
    );
  const database = options.exactDatabaseVersion ? row.version : 'PostgreSQL';
  return { database, version: ENLACE_VERSION, databaseTime: new Date(row.now) };
}
