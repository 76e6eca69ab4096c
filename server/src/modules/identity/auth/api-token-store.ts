import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../../../platform/authz/roles';
import { membershipColumns, type MembershipRow } from './actor-loader';
import { queryPrepared, rawStatement } from '../../../platform/orm/prepared-statements';
import { sha256 } from './secrets';

export const API_TOKEN_PREFIX = 'enl_';

export interface ApiTokenCaller {
  id: string;
  agencyId: string;
  countryCode: string;
  roles: Role[];
  scopes: string[];
  lastUsedAt: Date | null;
  /** The agency's mechanism memberships, read in the same statement (see actorOf). */
  memberships: MembershipRow;
}

/** The token's grant, or null when it is unknown, revoked, expired, or its agency was deactivated. */
export async function findApiTokenCaller(em: EntityManager, token: string): Promise<ApiTokenCaller | null> {
  const rows = await queryPrepared<
    MembershipRow & {
      id: string;
      agency_id: string;
      country_code: string;
      roles: Role[];
      scopes: string[];
      last_used_at: Date | null;
    }
  >(
    em,
    rawStatement(
      em,
      `select t.id, t.agency_id, a.country_code, t.roles::text[] as roles, t.scopes, t.last_used_at,
            ${membershipColumns('t.agency_id')}
       from api_token t join agency a on a.id = t.agency_id
      where t.token_hash = ? and t.revoked_at is null and t.approved_at is not null and (t.expires_at is null or t.expires_at > now()) and a.active`,
      [sha256(token)],
    ),
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    agencyId: row.agency_id,
    countryCode: row.country_code,
    roles: row.roles,
    scopes: row.scopes,
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at) : null,
    memberships: row,
  };
}

/** Records use for the admins' list ("last used"), at most once a minute per token. */
export async function touchApiToken(em: EntityManager, caller: ApiTokenCaller): Promise<void> {
  if (caller.lastUsedAt && Date.now() - caller.lastUsedAt.getTime() < 60_000) return;
  await em.execute('update api_token set last_used_at = now() where id = ?', [caller.id]);
}
