import type { MikroORM } from '@mikro-orm/postgresql';
import { createApiToken } from '../../../server/src/modules/identity/auth/api-token.service';
import type { Role } from '../../../server/src/platform/authz/roles';
import { contextFor } from './contexts';
import type { TestUser } from './people';

/** An API token issued by an agency admin through the real service, as the admin screen would. */
export async function anApiToken(
  orm: MikroORM,
  admin: TestUser,
  options: { roles: Role[]; scopes?: string[]; name?: string },
): Promise<{ secret: string; id: string }> {
  const created = await createApiToken(contextFor(orm, admin), {
    name: options.name ?? 'Sistema de casos',
    roles: options.roles,
    scopes: options.scopes ?? [],
  });
  return { secret: created.token, id: created.apiToken.id };
}
