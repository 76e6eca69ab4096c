import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { checkIdentity, registerIdentityRecord, rotateIdentityCheckKey } from './identity-check.service';
import { identityCheckLog, IdentityCheckNotice } from './identity-check-log';
import { IdentityReindexProgress, reindexRuns } from './identity-reindex';
import { forbidden } from '../../platform/graphql/errors';
import { IdentityCheckAnswer, IdentityCheckInput, IdentityRecordInput } from './identity-check.types';

@Resolver()
export class IdentityCheckResolver {
  @RoleRequired(Role.LIAISON_OFFICER, Role.CASE_WORKER)
  @Mutation(() => IdentityCheckAnswer, {
    description: 'Hit/no-hit check of a person or a document against what the mechanism’s agencies know',
  })
  checkIdentity(@Ctx() context: RequestContext, @Arg('input') input: IdentityCheckInput) {
    return checkIdentity(context, input);
  }

  @RoleRequired(Role.LIAISON_OFFICER, Role.CASE_WORKER)
  @Query(() => [IdentityCheckNotice], {
    description: "Checks that matched the caller's agency's records, newest first (the data owner's log)",
  })
  identityCheckLog(
    @Ctx() context: RequestContext,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'At most 200' }) limit: number,
  ) {
    return identityCheckLog(context, limit);
  }

  @RoleRequired(Role.PLATFORM_ADMIN)
  @Query(() => [IdentityReindexProgress], {
    description: 'Re-indexing runs after check key rotations, newest first (counts only)',
  })
  identityReindexRuns(
    @Ctx() context: RequestContext,
    @Arg('limit', () => Int, { defaultValue: 20, description: 'At most 100' }) limit: number,
  ) {
    if (!context.ability.can('read', 'IdentityReindexRun')) throw forbidden();
    return reindexRuns(context.em.fork(), limit);
  }

  @RoleRequired(Role.LIAISON_OFFICER, Role.CASE_WORKER)
  @Mutation(() => ID, { description: 'Registers what the caller’s agency knows, as blind indexes only' })
  async registerIdentityRecord(@Ctx() context: RequestContext, @Arg('input') input: IdentityRecordInput) {
    return (await registerIdentityRecord(context, input)).id;
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => Int, { description: 'Rotates the mechanism’s check key; answers the new version' })
  rotateIdentityCheckKey(@Ctx() context: RequestContext, @Arg('mechanismId', () => ID) mechanismId: string) {
    return rotateIdentityCheckKey(context, mechanismId);
  }
}
