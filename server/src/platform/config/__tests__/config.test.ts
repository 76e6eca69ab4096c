import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig, publicLink } from '../config';
import { findRepoRoot } from '../repo-root';

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

describe('every setting in one schema', () => {
  const badValues: Record<string, string> = {
    ENLACE_ATTACHMENT_MAX_BYTES: 'ten megabytes',
    ENLACE_SESSION_IDLE_MINUTES: '0',
    ENLACE_SESSION_ABSOLUTE_MINUTES: '-5',
    SMTP_URL: 'http://mail.example.org',
    ENLACE_PUBLIC_URL: 'enlace.example.org',
    ENLACE_ATTACHMENTS_S3_PATH_STYLE: 'maybe',
    ENLACE_MAIL_RETRY_LIMIT: 'often',
    ENLACE_MAIL_RETRY_DELAY_SECONDS: '0',
    REFERRAL_DEADLINE_CHECK_CRON: 'every minute',
  };

  it.each(Object.entries(badValues))('refuses a bad %s with one line naming it, never falling back', (name, value) => {
    let message = '';
    try {
      loadConfig({ [name]: value });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`^Invalid configuration: ${name}: `));
    expect(message).not.toContain('\n');
  });

  it('parses ENLACE_PUBLIC_URL once, keeping a path prefix for links', () => {
    const config = loadConfig({ ENLACE_PUBLIC_URL: 'https://portal.example.org/enlace/' });
    expect(config.publicUrl).toBeInstanceOf(URL);
    expect(publicLink(config.publicUrl, '/referrals/42')).toBe('https://portal.example.org/enlace/referrals/42');
    expect(publicLink(loadConfig({}).publicUrl, '/referrals/42')).toBe('http://localhost:4000/referrals/42');
    expect(() => loadConfig({ ENLACE_PUBLIC_URL: 'https://portal.example.org/?x=1' })).toThrow(/ENLACE_PUBLIC_URL/);
  });

  it('takes S3 keys as a pair or not at all, and path style only with an endpoint', () => {
    expect(() =>
      loadConfig({ ENLACE_ATTACHMENTS_S3_BUCKET: 'files', ENLACE_ATTACHMENTS_S3_ACCESS_KEY_ID: 'key' }),
    ).toThrow(/ENLACE_ATTACHMENTS_S3_SECRET_ACCESS_KEY: required together with ENLACE_ATTACHMENTS_S3_ACCESS_KEY_ID/);
    // AWS itself, credentials from the chain (instance role, session token): virtual-hosted addresses.
    expect(
      loadConfig({ ENLACE_ATTACHMENTS_S3_BUCKET: 'files', ENLACE_ATTACHMENTS_S3_REGION: 'sa-east-1' }).attachments.s3,
    ).toEqual({
      bucket: 'files',
      region: 'sa-east-1',
      endpoint: undefined,
      accessKeyId: undefined,
      secretAccessKey: undefined,
      pathStyle: false,
      serverSideEncryption: undefined,
    });
    const selfHosted = loadConfig({
      ENLACE_ATTACHMENTS_S3_BUCKET: 'files',
      ENLACE_ATTACHMENTS_S3_ENDPOINT: 'http://127.0.0.1:9000',
      ENLACE_ATTACHMENTS_S3_ACCESS_KEY_ID: 'key',
      ENLACE_ATTACHMENTS_S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(selfHosted.attachments.s3).toMatchObject({ bucket: 'files', region: 'us-east-1', pathStyle: true });
    const forcedOff = loadConfig({
      ENLACE_ATTACHMENTS_S3_BUCKET: 'files',
      ENLACE_ATTACHMENTS_S3_ENDPOINT: 'http://127.0.0.1:9000',
      ENLACE_ATTACHMENTS_S3_PATH_STYLE: 'false',
    });
    expect(forcedOff.attachments.s3?.pathStyle).toBe(false);
    expect(loadConfig({}).attachments.s3).toBeNull();
  });

  it('requires encryption keys in production, never echoes them, and marks the development keys elsewhere', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/ENLACE_ENCRYPTION_KEYS: required in production/);
    expect(loadConfig({}).encryption.development).toBe(true);
    const given = loadConfig({ ENLACE_ENCRYPTION_KEYS: `new:${key},old:${key}`, ENLACE_BLIND_INDEX_KEY: key });
    expect(given.encryption).toMatchObject({ development: false, current: { id: 'new' } });
    expect([...given.encryption.byId.keys()]).toEqual(['new', 'old']);
    expect(() => loadConfig({ ENLACE_ENCRYPTION_KEYS: `a:${key}` })).toThrow(
      /ENLACE_BLIND_INDEX_KEY: must be set together/,
    );
    try {
      loadConfig({ ENLACE_ENCRYPTION_KEYS: 'a:dG9vLXNob3J0', ENLACE_BLIND_INDEX_KEY: key });
      throw new Error('accepted a short key');
    } catch (error) {
      expect((error as Error).message).toMatch(/ENLACE_ENCRYPTION_KEYS: key "a" must be 32 random bytes/);
      expect((error as Error).message).not.toContain('dG9vLXNob3J0');
    }
  });

  it('takes retention terms per kind over the defaults, within the bounds of each kind', () => {
    const { retention } = loadConfig({ ENLACE_RETENTION_DAYS: 'closedReferrals=3650, endedSessions=7' });
    expect(retention.days).toMatchObject({ closedReferrals: 3650, endedSessions: 7, invitations: 30 });
    expect(retention.cron).toBe('40 2 * * *');
    expect(loadConfig({ ENLACE_RETENTION_CRON: 'off' }).retention.cron).toBeNull();
    expect(() => loadConfig({ ENLACE_RETENTION_DAYS: 'closedReferrals=30' })).toThrow(
      /ENLACE_RETENTION_DAYS: closedReferrals must be a whole number of days from 365 to 9125/,
    );
    expect(() => loadConfig({ ENLACE_RETENTION_DAYS: 'forever=1' })).toThrow(/unknown kind "forever"/);
    expect(() => loadConfig({ ENLACE_RETENTION_DAYS: 'endedSessions=1.5' })).toThrow(/endedSessions must be/);
  });

  it('is what the README configuration table lists', () => {
    const readme = readFileSync(path.join(findRepoRoot(), 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Everyday commands'));
    const firstCells = table.split('\n').flatMap((line) => (line.startsWith('| `') ? line.split('|').slice(1, 2) : []));
    const listed = new Set(
      firstCells.flatMap((cell) => [...cell.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].flatMap((m) => m.slice(1, 2))),
    );
    expect(CONFIG_VARIABLES.filter((name) => !listed.has(name))).toEqual([]);
    expect([...listed].filter((name) => !CONFIG_VARIABLES.includes(name))).toEqual([]);
  });
});
