import { Client } from 'pg';

/**
 * Two database roles, so that a flaw in the running application cannot rewrite history:
 * - the migration role owns the schema (tables, triggers, functions) and runs migrations;
 * - the runtime role, which the server's pool connects as, reads and writes rows and nothing more: it owns no
 *   table (so it cannot ALTER, DROP or DISABLE TRIGGER on any), may only INSERT and SELECT the audit trail, is
 *   no superuser and cannot bypass row-level security.
 * The embedded database gets both automatically (its superuser migrates, `enlace_app` runs); with DATABASE_URL
 * the operator creates the runtime role once (README, docs/security.md) and sets DATABASE_MIGRATION_URL.
 */
export const EMBEDDED_RUNTIME_ROLE = 'enlace_app';
// Like the embedded superuser's: only reachable on 127.0.0.1 from this machine.
export const EMBEDDED_RUNTIME_PASSWORD = 'enlace-app-local';

/** The user name of a connection URL. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username) || 'postgres';
}

/** `url` with another user and password. */
export function asRole(url: string, role: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(role);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/** Creates the login role if it does not exist (several processes may race: a duplicate is not an error). */
export async function ensureRuntimeRole(adminUrl: string, role: string, password: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
    if (found.rowCount) return;
    await admin
      .query(
        `create role ${admin.escapeIdentifier(role)} login password ${admin.escapeLiteral(password)} ` +
          'nosuperuser nocreatedb nocreaterole nobypassrls noreplication',
      )
      .catch((error: { code?: string }) => {
        if (error.code !== '42710' && error.code !== '23505') throw error; // created meanwhile by another process
      });
  } finally {
    await admin.end();
  }
}

type ExecuteSql = (text: string) => Promise<unknown>;

/**
 * Gives the runtime role what the application needs, on everything that exists now; run by the migration role
 * after every migration (new tables are covered the next time). The audit trail is append-only for it, and the
 * migration history is read-only.
 */
export async function grantRuntimeRole(executeSql: ExecuteSql, role: string): Promise<void> {
  const who = `"${role.replaceAll('"', '""')}"`;
  const statements = [
    `do $$ begin execute format('grant connect on database %I to ${who.replaceAll("'", "''")}', current_database()); end $$`,
    `grant usage on schema public to ${who}`,
    `grant select, insert, update, delete on all tables in schema public to ${who}`,
    `grant usage, select, update on all sequences in schema public to ${who}`,
    `revoke update, delete, truncate, references, trigger on audit_event from ${who}`,
    `revoke insert, update, delete, truncate on mikro_orm_migrations from ${who}`,
    `grant usage on schema pgboss to ${who}`,
    `grant select, insert, update, delete on all tables in schema pgboss to ${who}`,
    `grant usage, select, update on all sequences in schema pgboss to ${who}`,
  ];
  for (const statement of statements) await executeSql(statement);
}
