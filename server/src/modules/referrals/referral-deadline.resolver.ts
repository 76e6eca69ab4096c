import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RoleRequired, SignedIn } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { ReferralDeadlineRule } from './referral-deadline.entity';
import { configureDeadlines, mechanismDeadlines } from './referral-deadline.service';
import { ReferralDeadlineInput } from './referral.inputs';

@Resolver(() => ReferralDeadlineRule)
export class ReferralDeadlineResolver {
  @SignedIn()
  @Query(() => [ReferralDeadlineRule], { description: "A mechanism's referral deadlines, one per urgency" })
  referralDeadlines(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Ctx() context: RequestContext,
  ): Promise<ReferralDeadlineRule[]> {
    return mechanismDeadlines(context, mechanismId);
  }

  @RoleRequired(Role.SECRETARIAT)
  @Mutation(() => [ReferralDeadlineRule], { description: "Sets a mechanism's deadlines (its secretariat only)" })
  configureReferralDeadlines(
    @Arg('mechanismId', () => ID) mechanismId: string,
    @Arg('deadlines', () => [ReferralDeadlineInput]) deadlines: ReferralDeadlineInput[],
    @Ctx() context: RequestContext,
  ): Promise<ReferralDeadlineRule[]> {
    return configureDeadlines(context, mechanismId, deadlines);
  }
}
