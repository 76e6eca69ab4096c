import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired, SignedIn } from '../../../platform/authz/access';
import { Role } from '../../../platform/authz/roles';
import type { RequestContext } from '../../../platform/context';
import { Referral } from '../referral.entity';
import { assigneeOf, assigneesFor, assignReferral } from './assignment.service';
import { ReferralAssignee } from './assignment.types';

/** Who in the receiving agency is in charge of a referral. */
@Resolver(() => Referral)
export class ReferralAssignmentResolver {
  @SignedIn()
  @Query(() => [ReferralAssignee], {
    description: 'The liaison officers a referral may be assigned to; empty when the caller may not assign it',
  })
  referralAssignees(@Arg('referralId', () => ID) referralId: string, @Ctx() context: RequestContext) {
    return assigneesFor(context, referralId);
  }

  @RoleRequired(Role.LIAISON_OFFICER)
  @Mutation(() => Referral, { description: 'Puts a liaison officer of the receiving agency in charge (null: nobody)' })
  assignReferral(
    @Arg('id', () => ID) id: string,
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Referral> {
    return assignReferral(context, id, assigneeId);
  }

  @FieldResolver(() => ReferralAssignee, {
    nullable: true,
    description: "The receiving agency's officer in charge; shown to the receiving agency only",
  })
  assignedTo(@Root() referral: Referral, @Ctx() context: RequestContext): Promise<ReferralAssignee | null> {
    return assigneeOf(context, referral);
  }

  @FieldResolver(() => Boolean, { description: 'Whether an officer of the receiving agency is in charge' })
  assigned(@Root() referral: Referral): boolean {
    return Boolean(referral.assignedTo);
  }
}
