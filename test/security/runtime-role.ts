import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { asRole, ensureRuntimeRole } from '../../server/src/platform/database/runtime-role';

/**
 * A runtime role for this test file's database, as an operator creates one for DATABASE_URL (docs/security.md):
 * a login role that owns nothing. The file's DATABASE_URL (the test server's superuser) is the migration role.
 */
export async function createRuntimeRole() {
  const migrationUrl = process.env.DATABASE_URL!;
  const role = `enlace_rt_${randomBytes(4).toString('hex')}`;
  const password = randomBytes(12).toString('hex');
  await ensureRuntimeRole(migrationUrl, role, password);
  const url = asRole(migrationUrl, role, password);
  return {
    role,
    url,
    migrationUrl,
    /** A plain connection as the runtime role. */
    async connect(): Promise<Client> {
      const client = new Client({ connectionString: url });
      await client.connect();
      return client;
    },
    /** Takes the role's grants away in this database, then drops the role (roles are cluster-wide). */
    async drop(): Promise<void> {
      const admin = new Client({ connectionString: migrationUrl });
      await admin.connect();
      try {
        await admin.query(`drop owned by ${admin.escapeIdentifier(role)}`);
        await admin.query(`drop role ${admin.escapeIdentifier(role)}`);
      } finally {
        await admin.end();
      }
    },
  };
}
