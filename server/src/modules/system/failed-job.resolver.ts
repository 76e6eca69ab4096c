import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { FAILED_JOBS_MAX_PAGE } from '../../platform/jobs/failed-jobs';
import { decideFailedJob, listFailed } from './failed-job.service';
import { FailedJobPage } from './failed-job.types';

@Resolver()
export class FailedJobResolver {
  @RoleRequired(Role.PLATFORM_ADMIN)
  @Query(() => FailedJobPage, {
    description: `Background jobs (mails, timers) that failed for good, most recently failed first; first: 1 to ${FAILED_JOBS_MAX_PAGE}`,
  })
  failedJobs(
    @Ctx() context: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page' }) after?: string,
  ): Promise<FailedJobPage> {
    return listFailed(context, { first, after });
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
