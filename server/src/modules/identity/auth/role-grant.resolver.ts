import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired } from '../../../platform/authz/access';
import { Role } from '../../../platform/authz/roles';
import type { RequestContext } from '../../../platform/context';
import { RoleGrantRequest } from './role-grant-request.entity';
import { decideRoleGrant, pendingRoleGrants } from './role-grant.service';

/** Four eyes on operational roles: the agency's other admins see the requests and approve or refuse them. */
@Resolver(() => RoleGrantRequest)
export class RoleGrantResolver {
  @RoleRequired(Role.AGENCY_ADMIN)
  @Query(() => [RoleGrantRequest], {
    description:
      "Operational roles asked for in the caller's agency, waiting for a second admin; oldest first, at most 200",
  })
  roleGrantRequests(@Ctx() context: RequestContext): Promise<RoleGrantRequest[]> {
    return pendingRoleGrants(context);
  }

  @RoleRequired(Role.AGENCY_ADMIN)
  @Mutation(() => RoleGrantRequest, { description: 'Grants the roles; only an admin other than the one who asked' })
  approveRoleGrant(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<RoleGrantRequest> {
    return decideRoleGrant(context, id, true);
  }

  @RoleRequired(Role.AGENCY_ADMIN)
  @Mutation(() => RoleGrantRequest, { description: 'Refuses the roles; only an admin other than the one who asked' })
  refuseRoleGrant(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<RoleGrantRequest> {
    return decideRoleGrant(context, id, false);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The user who would get the roles' })
  userId(@Root() grant: RoleGrantRequest): string | null {
    return grant.user?.id ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The user's name (colleagues of one agency see it)" })
  async userName(@Root() grant: RoleGrantRequest): Promise<string | null> {
    return grant.user ? ((await grant.user.load())?.name ?? null) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The API token that would get the roles' })
  apiTokenId(@Root() grant: RoleGrantRequest): string | null {
    return grant.apiToken?.id ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  async apiTokenName(@Root() grant: RoleGrantRequest): Promise<string | null> {
    return grant.apiToken ? ((await grant.apiToken.load())?.name ?? null) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the caller asked for it (and so may not decide it)' })
  requestedByMe(@Root() grant: RoleGrantRequest, @Ctx() context: RequestContext): boolean {
    return grant.requestedById === context.actor?.id;
  }
}
