// Issue 11: the application's database role must not own the audit table nor be able to disable its triggers.
// The server migrates as one role (DATABASE_MIGRATION_URL) and runs as another (DATABASE_URL).
import { Role } from '../../server/src/platform/authz/roles';
import { startTestServer, type TestServer } from '../support/test-server';
import { createRuntimeRole } from './runtime-role';
import { aUser, anAgency, signInAs } from '../support/factories';

let runtime: Awaited<ReturnType<typeof createRuntimeRole>>;
let api: TestServer;

beforeAll(async () => {
  runtime = await createRuntimeRole();
  api = await startTestServer({ DATABASE_URL: runtime.url, DATABASE_MIGRATION_URL: runtime.migrationUrl });
}, 60_000);
afterAll(async () => {
  await api?.stop();
  await runtime?.drop();
});

/** The SQLSTATE of what `sql` fails with as the runtime role, or "OK". */
async function asRuntime(sql: string): Promise<string> {
  const client = await runtime.connect();
  try {
    await client.query(sql);
    return 'OK';
  } catch (error) {
    return (error as { code: string }).code;
  } finally {
    await client.end();
  }
}

describe('the server runs as a role that cannot rewrite history', () => {
  it('works as that role: people sign in, and what they do is audited', async () => {
    expect((await api.graphql('{ health { database } }')).errors).toBeUndefined();
    const agency = await anAgency(api.server.orm);
    const admin = await aUser(api.server.orm, agency, { password: true, roles: [Role.AGENCY_ADMIN], totp: true });
    await signInAs(api, admin);
    const client = await runtime.connect();
    try {
      const audited = await client.query(
        'select count(*)::int as n from audit_event where actor_id = $1 or entity_id = $1::text',
        [admin.id],
      );
      expect(audited.rows[0].n).toBeGreaterThan(0);
      const [{ current_user: user }] = (await client.query('select current_user')).rows;
      expect(user).toBe(runtime.role);
    } finally {
      await client.end();
    }
  });

  it('owns no table, is no superuser and does not bypass row-level security', async () => {
    const client = await runtime.connect();
    try {
      const owned = await client.query(
        `select count(*)::int as n from pg_tables where schemaname in ('public', 'pgboss') and tableowner = current_user`,
      );
      expect(owned.rows[0].n).toBe(0);
      const flags = await client.query('select rolsuper, rolbypassrls from pg_roles where rolname = current_user');
      expect(flags.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
    } finally {
      await client.end();
    }
  });

  it.each([
    ['disable its triggers', 'alter table audit_event disable trigger all'],
    ['drop its append-only trigger', 'drop trigger audit_event_append_only on audit_event'],
    ['change a row', `update audit_event set action = 'nothing happened'`],
    ['delete rows', 'delete from audit_event'],
    ['empty it', 'truncate audit_event'],
    ['rewrite the migration history', 'delete from mikro_orm_migrations'],
    ['drop a table', 'drop table referral cascade'],
  ])('may not %s of the audit trail or the schema', async (_what, sql) => {
    expect(await asRuntime(sql)).toBe('42501');
  });
});
