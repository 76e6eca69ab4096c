import { migrateDatabase } from '../platform/orm/migrate';
import { runCli, withDatabase } from './with-database';

runCli(() =>
  withDatabase(async (orm, logger) => {
    const applied = await migrateDatabase(orm, logger);
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date\n');
  }),
);
