import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '../platform/config/repo-root';
import { migrateDatabase } from '../platform/orm/migrate';
import { runCli, withDatabase } from './with-database';

const MIGRATIONS_DIR = path.join(findRepoRoot(), 'migrations');

/** Brings the database up to date, then writes a migration with what the entities add, and lists it. */
runCli(() =>
  withDatabase(async (orm, logger) => {
    await migrateDatabase(orm, logger);
    const created = await orm.getMigrator().createMigration(undefined, false, false, process.argv[2] ?? 'change');
    if (!created.fileName) {
      process.stdout.write('No schema changes: no migration written\n');
      return;
    }
    const className = created.fileName.replace(/\.ts$/, '');
    const file = path.join(MIGRATIONS_DIR, created.fileName);
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace("from '@mikro-orm/migrations'", "from '../server/src/platform/orm/migration'")
        // MikroORM derives the class name from the raw migration name, which may not be an identifier
        .replace(/export class \S+ extends/, `export class ${className} extends`),
    );
    registerMigration(className);
    process.stdout.write(`Wrote and registered migrations/${created.fileName}\n`);
  }),
);

function registerMigration(className: string): void {
  const indexFile = path.join(MIGRATIONS_DIR, 'index.ts');
  const source = readFileSync(indexFile, 'utf8')
    .replace(/(\n\/\*\*)/, `import { ${className} } from './${className}';\n$1`)
    .replace(/\n\];\n?$/, `\n  { name: '${className}', class: ${className} },\n];\n`);
  writeFileSync(indexFile, source);
}
