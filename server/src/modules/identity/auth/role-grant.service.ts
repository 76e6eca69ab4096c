import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { findOnePermitted } from '../../../platform/authz/accessible-query';
import { accessibleWhere } from '../../../platform/authz/accessible-where';
import type { Role } from '../../../platform/authz/roles';
import type { RequestContext } from '../../../platform/context';
import { badInput, conflict, forbidden, notFound } from '../../../platform/graphql/errors';
import { inUnitOfWork } from '../../../platform/orm/unit-of-work';
import { Agency } from '../agency.entity';
import type { User } from '../user.entity';
import type { ApiToken } from './api-token.entity';
import { issueInvitation, logInvitationLinkInDevelopment } from './invitation.service';
import { RoleGrantRequest, RoleGrantStatus } from './role-grant-request.entity';
import { rolesProblem } from './role-grants';
import { isUuid } from './user-input.rules';

/**
 * Records, in the caller's transaction, that an admin asks for operational roles for a user or an API token.
 * Nothing is granted yet: another admin of the agency decides (decideRoleGrant).
 */
export async function requestRoleGrant(
  context: RequestContext,
  em: EntityManager,
  request: { agencyId: string; user?: User; apiToken?: ApiToken; roles: Role[]; withInvitation?: boolean },
): Promise<RoleGrantRequest> {
  if (context.actor?.kind !== 'user') throw forbidden();
  const grant = em.create(RoleGrantRequest, {
    agency: request.agencyId,
    user: request.user ?? null,
    apiToken: request.apiToken ?? null,
    roles: [...new Set(request.roles)],
    withInvitation: request.withInvitation ?? false,
    status: RoleGrantStatus.PENDING,
    requestedById: context.actor.id,
    requestedAt: new Date(),
  });
  await em.flush();
  await context.audit.record(em, {
    action: 'roleGrant.request',
    entityType: request.user ? 'User' : 'ApiToken',
    entityId: request.user?.id ?? request.apiToken!.id,
    ownerAgencyId: request.agencyId,
    details: { roleGrantRequestId: grant.id, roles: grant.roles },
  });
  return grant;
}

/** Requests of the caller's agency waiting for a decision, oldest first (the caller's own included: shown, not decidable). */
export async function pendingRoleGrants(context: RequestContext): Promise<RoleGrantRequest[]> {
  const visible = accessibleWhere(context.ability, 'read', RoleGrantRequest, context.em.getMetadata());
  if (!visible) return [];
  return context.em.find(
    RoleGrantRequest,
    { $and: [visible, { status: RoleGrantStatus.PENDING }] },
    { orderBy: { requestedAt: 'asc', id: 'asc' }, limit: 200, populate: ['user', 'apiToken'] },
  );
}

/**
 * A second admin of the agency approves or refuses. Never the admin who asked, never the person who would get
 * the roles; a request of another agency answers like a missing one. Approval applies the roles (checked again:
 * the rules hold at the moment of granting), mails the invitation of a new user, or lets the token work.
 */
export async function decideRoleGrant(
  context: RequestContext,
  id: string,
  approve: boolean,
): Promise<RoleGrantRequest> {
  const actor = context.actor;
  if (actor?.kind !== 'user') throw forbidden();
  let link: string | null = null;
  const decided = await inUnitOfWork(context, async (em) => {
    const grant = isUuid(id)
      ? await findOnePermitted(
          em,
          context.ability,
          'decide',
          RoleGrantRequest,
          { id },
          {
            lockMode: LockMode.PESSIMISTIC_WRITE,
          },
        )
      : null;
    if (!grant) throw notFound('RoleGrantRequest');
    if (grant.requestedById === actor.id || grant.user?.id === actor.id)
      throw forbidden('error.roleGrant.secondAdminRequired', 'Another admin of the agency must decide');
    if (grant.status !== RoleGrantStatus.PENDING)
      throw conflict('error.roleGrant.alreadyDecided', 'This request was already decided');
    grant.status = approve ? RoleGrantStatus.APPROVED : RoleGrantStatus.REFUSED;
    grant.decidedById = actor.id;
    grant.decidedAt = new Date();
    if (approve) {
      const problem = rolesProblem(grant.roles);
      if (problem) throw badInput({ roles: problem });
      const user = await grant.user?.load();
      const apiToken = await grant.apiToken?.load();
      if (user) user.roles = [...grant.roles];
      if (apiToken) apiToken.approvedAt = new Date();
      await em.flush();
      if (user && grant.withInvitation) {
        const agency = await em.findOneOrFail(Agency, { id: grant.agency.id });
        link = await issueInvitation(context, em, user, agency.name, grant.requestedById);
      }
    }
    await em.flush();
    await context.audit.record(em, {
      action: approve ? 'roleGrant.approve' : 'roleGrant.refuse',
      entityType: grant.user ? 'User' : 'ApiToken',
      entityId: grant.user?.id ?? grant.apiToken!.id,
      ownerAgencyId: grant.agency.id,
      details: { roleGrantRequestId: grant.id, roles: grant.roles, requestedById: grant.requestedById },
    });
    return grant;
  });
  if (link) logInvitationLinkInDevelopment(context, link);
  return decided;
}
