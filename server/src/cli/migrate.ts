import { migrateEnlace } from '../app';
import { runCli, withDatabase } from './with-database';

runCli(() =>
  withDatabase(async (orm, logger, runtimeRole) => {
    const applied = await migrateEnlace(orm, logger, undefined, runtimeRole);
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date\n');
  }),
);
