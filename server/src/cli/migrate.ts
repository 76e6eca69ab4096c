import { migrateEnlace } from '../app';
import { runCli, withDatabase } from './with-database';

runCli(() =>
  withDatabase(async (orm, logger) => {
    const applied = await migrateEnlace(orm, logger);
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date\n');
  }),
);
