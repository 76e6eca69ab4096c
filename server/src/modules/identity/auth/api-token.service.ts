import type { RequestContext } from '../../../platform/context';
import { ADMIN_ROLES } from '../../../platform/authz/roles';
import { badInput, forbidden, notFound } from '../../../platform/graphql/errors';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { ApiToken } from './api-token.entity';
import { API_TOKEN_PREFIX } from './api-token-store';
import type { CreatedApiToken } from './auth.types';
import { newSecret, sha256 } from './secrets';
import type { CreateApiTokenInput } from './user-admin.inputs';
import { isUuid, nameProblem, problemsOf } from './user-input.rules';
import { assertMayGrant, operationalRolesAdded, rolesProblem } from './role-grants';
import { requestRoleGrant } from './role-grant.service';

/**
 * API tokens belong to an agency and are managed by that agency's admins (signed in as people, never by
 * another token). Every query is bounded by the admin's own agency, so another agency's token is NOT_FOUND.
 */
function ownAgencyOfAdmin(context: RequestContext): { agencyId: string; userId: string } {
  if (context.actor?.kind !== 'user') throw forbidden();
  return { agencyId: context.actor.agencyId, userId: context.actor.id };
}

export async function createApiToken(context: RequestContext, input: CreateApiTokenInput): Promise<CreatedApiToken> {
  const { agencyId, userId } = ownAgencyOfAdmin(context);
  const scopes = [...new Set(input.scopes ?? [])];
  const roles = [...new Set(input.roles)];
  const knownScopes = context.apiScopes ?? [];
  const problems = problemsOf({
    'input.name': nameProblem(input.name),
    'input.roles': roles.some((role) => ADMIN_ROLES.includes(role))
      ? 'error.apiToken.adminRoleNotAllowed'
      : rolesProblem(roles),
    'input.scopes':
      scopes.length === 0
        ? 'error.scopes.required'
        : scopes.every((scope) => knownScopes.includes(scope))
          ? null
          : 'error.scope.invalid',
    'input.expiresAt': input.expiresAt && input.expiresAt <= new Date() ? 'error.apiToken.expiryInPast' : null,
  });
  if (Object.keys(problems).length > 0) throw badInput(problems);
  // A token carries no role a person could not be given: operational roles need a second admin, as for people.
  assertMayGrant(context, roles, [], { agencyId });
  const needsApproval = operationalRolesAdded(roles).length > 0;
  return inUnitOfWork(context, async (em) => {
    const token = newSecret(API_TOKEN_PREFIX);
    const apiToken = em.create(ApiToken, {
      agency: agencyId,
      name: input.name.trim(),
      roles,
      scopes,
      displayPrefix: token.slice(0, 10),
      tokenHash: sha256(token),
      createdById: userId,
      createdAt: new Date(),
      expiresAt: input.expiresAt ?? null,
      approvedAt: needsApproval ? null : new Date(),
    });
    await em.flush();
    await context.audit.record(em, {
      action: 'apiToken.create',
      entityType: 'ApiToken',
      entityId: apiToken.id,
      ownerAgencyId: agencyId,
      details: { roles: apiToken.roles, scopes },
    });
    if (needsApproval) await requestRoleGrant(context, em, { agencyId, apiToken, roles });
    return { apiToken, token };
  });
}

export async function listApiTokens(context: RequestContext): Promise<ApiToken[]> {
  const { agencyId } = ownAgencyOfAdmin(context);
  return context.em.find(ApiToken, { agency: agencyId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
}

/** Takes effect on the token's next request: the authenticator reads the row every time. */
export async function revokeApiToken(context: RequestContext, id: string): Promise<ApiToken> {
  const { agencyId } = ownAgencyOfAdmin(context);
  return inUnitOfWork(context, async (em) => {
    const apiToken = isUuid(id) ? await em.findOne(ApiToken, { id, agency: agencyId }) : null;
    if (!apiToken) throw notFound('ApiToken');
    apiToken.revokedAt ??= new Date();
    await em.flush();
    await context.audit.record(em, {
      action: 'apiToken.revoke',
      entityType: 'ApiToken',
      entityId: apiToken.id,
      ownerAgencyId: agencyId,
    });
    return apiToken;
  });
}
