import path from 'node:path';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { DataloaderType, defineConfig, type Options } from '@mikro-orm/postgresql';
import { findRepoRoot } from '../config/repo-root';

export interface OrmSettings {
  url: string;
  /** Where MikroORM's own messages (migrator progress) go; they would otherwise be coloured text on stdout. */
  log?: (message: string) => void;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  poolMax?: number;
}

/**
 * Entities and migrations are listed explicitly (no folder globbing) so the same configuration works for
 * compiled JavaScript, for jest's on-the-fly TypeScript, and for the CLI.
 */
export function ormOptions(settings: OrmSettings): Options {
  return defineConfig({
    clientUrl: settings.url,
    entities: settings.entities,
    discovery: { requireEntitiesArray: true, disableDynamicFileAccess: true },
    // Every request forks its own EntityManager; using the global one is a bug we want to hear about.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // Relation fields in GraphQL call Ref.load(); the dataloader batches those calls per tick (no N+1).
    dataloader: DataloaderType.ALL,
    logger: settings.log ?? (() => undefined),
    colors: false,
    pool: { min: 0, max: settings.poolMax ?? 10 },
    extensions: [Migrator],
    // The statistics' counters are written by triggers and read in SQL only (ADR 0056): no entity describes them.
    schemaGenerator: { skipTables: ['referral_figure_count', 'referral_answer_time_count', 'referral_quality_count'] },
    migrations: {
      migrationsList: settings.migrations,
      // Where `migration:create` writes new files: the top-level migrations/ folder.
      path: path.join(findRepoRoot(), 'migrations'),
      pathTs: path.join(findRepoRoot(), 'migrations'),
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      // The file name is also the class name, so keep it a valid identifier: Migration<timestamp><PascalName>.
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${pascalCase(name ?? '')}`,
    },
  });
}

function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}
