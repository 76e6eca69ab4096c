import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RoleRequired } from '../../../platform/authz/access';
import { Role } from '../../../platform/authz/roles';
import type { RequestContext } from '../../../platform/context';
import { ApiToken } from './api-token.entity';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service';
import { CreatedApiToken } from './auth.types';
import { CreateApiTokenInput } from './user-admin.inputs';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @RoleRequired(Role.AGENCY_ADMIN)
  @Mutation(() => CreatedApiToken, { description: "Creates a token for the admin's agency; the secret is shown once" })
  createApiToken(
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
    @Ctx() context: RequestContext,
  ): Promise<CreatedApiToken> {
    return createApiToken(context, input);
  }

  @RoleRequired(Role.AGENCY_ADMIN)
  @Query(() => [ApiToken], { description: "The admin's agency's API tokens, newest first, revoked ones included" })
  apiTokens(@Ctx() context: RequestContext): Promise<ApiToken[]> {
    return listApiTokens(context);
  }

  @RoleRequired(Role.AGENCY_ADMIN)
  @Mutation(() => ApiToken, { description: 'Revokes a token; it is refused from its next request on' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ApiToken> {
    return revokeApiToken(context, id);
  }
}
