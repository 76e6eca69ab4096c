import { ConfigError, loadConfig } from '../config';

describe('configuration from the environment', () => {
  it('has working defaults: port 4000, embedded database, demo off', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, demo: false, env: 'development' });
    expect(config.embeddedPostgresPort).not.toBe(5432);
  });

  it('stops start-up with one readable line naming every bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).not.toContain('\n');
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/DATABASE_URL: must be a postgres/);
    }
  });

  it('never lets the embedded database take the system PostgreSQL port', () => {
    expect(() => loadConfig({ EMBEDDED_POSTGRES_PORT: '5432' })).toThrow(/EMBEDDED_POSTGRES_PORT/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 4000, databaseUrl: undefined });
  });
});
