import type { MikroORM } from '@mikro-orm/postgresql';
import { apiScopes } from '../../../server/src/app';
import { createApiToken } from '../../../server/src/modules/identity/auth/api-token.service';
import { knownApiScopes } from '../../../server/src/platform/authz/api-scopes';
import type { Role } from '../../../server/src/platform/authz/roles';
import { contextFor } from './contexts';
import type { TestUser } from './people';

/**
 * An API token issued by an agency admin through the real service, as the admin screen would. A token with an
 * operational role waits for a second admin of the agency (test/security covers that); unless `pending` is
 * asked for, it is approved here as that second admin would.
 */
export async function anApiToken(
  orm: MikroORM,
  admin: TestUser,
  options: { roles: Role[]; scopes?: string[]; name?: string; pending?: boolean },
): Promise<{ secret: string; id: string }> {
  const context = { ...contextFor(orm, admin), apiScopes: knownApiScopes(apiScopes) };
  const created = await createApiToken(context, {
    name: options.name ?? 'Sistema de casos',
    roles: options.roles,
    // What the migration gave tokens from before scopes were enforced, short of the audit trail.
    scopes: options.scopes ?? ['referrals:write', 'directory:read'],
  });
  if (!options.pending) {
    await orm.em
      .fork()
      .execute('update api_token set approved_at = coalesce(approved_at, now()) where id = ?', [created.apiToken.id]);
  }
  return { secret: created.token, id: created.apiToken.id };
}
