import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { ConnectionArgs } from '../../platform/graphql/connection';
import { decideFailedJob, listFailed } from './failed-job.service';
import { FailedJobConnection } from './failed-job.types';

@Resolver()
export class FailedJobResolver {
  @RoleRequired(Role.PLATFORM_ADMIN)
  @Query(() => FailedJobConnection, {
    description: 'Background jobs (mails, timers) that failed for good, most recently failed first',
  })
  failedJobs(@Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() context: RequestContext) {
    return listFailed(context, page);
  }

  @RoleRequired(Role.PLATFORM_ADMIN)
  @Mutation(() => Boolean, { description: 'Gives a failed job one more attempt' })
  retryFailedJob(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<boolean> {
    return decideFailedJob(context, id, 'retry');
  }

  @RoleRequired(Role.PLATFORM_ADMIN)
  @Mutation(() => Boolean, { description: 'Removes a failed job for good (a mail stays FAILED in the outbox)' })
  discardFailedJob(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<boolean> {
    return decideFailedJob(context, id, 'discard');
  }
}
