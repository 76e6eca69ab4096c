import { type MikroORM } from '@mikro-orm/postgresql';
import { initOrm } from '../../server/src/app';
import { Country } from '../../server/src/modules/identity';
import { migrateDatabase } from '../../server/src/platform/orm/migrate';
import { createLogger } from '../../server/src/platform/logging/logger';

describe('migrations', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await initOrm(process.env.DATABASE_URL!);
    await migrateDatabase(orm, createLogger('silent'));
  });
  afterAll(() => orm.close());

  it('describe exactly the schema the entities expect (no pending diff)', async () => {
    const pending = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(pending.trim()).toBe('');
  });

  it('are safe to run again: a second run applies nothing', async () => {
    await expect(migrateDatabase(orm, createLogger('silent'))).resolves.toEqual([]);
  });

  it('make the database itself refuse a country code that is not ISO 3166-1 alpha-2', async () => {
    const em = orm.em.fork();
    em.create(Country, { code: 'g1', names: { es: 'Inválido' }, defaultLocale: 'es', timeZone: 'UTC' });
    await expect(em.flush()).rejects.toThrow(/country_code_is_iso_alpha2/);
  });
});
