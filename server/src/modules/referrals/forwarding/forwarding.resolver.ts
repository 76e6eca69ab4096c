import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RoleRequired, SignedIn } from '../../../platform/authz/access';
import { Role } from '../../../platform/authz/roles';
import type { RequestContext } from '../../../platform/context';
import { Referral } from '../referral.entity';
import { forwardedToMyAgency, forwardRequestsToDecide, forwardsOf, referralOfForward } from './forwarding.queries';
import { decideReferralForward, forwardReferral } from './forwarding.service';
import { ReferralForward } from './referral-forward.entity';

@InputType({ description: 'Pass a referral on to a third agency, as its handling code allows' })
export class ForwardReferralInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => ID)
  recipientAgencyId!: string;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@Resolver(() => ReferralForward)
export class ReferralForwardingResolver {
  @SignedIn()
  @Query(() => [ReferralForward], { description: 'Who a referral was passed on to, and H3 requests' })
  referralForwards(@Arg('referralId', () => ID) referralId: string, @Ctx() context: RequestContext) {
    return forwardsOf(context, referralId);
  }

  @SignedIn()
  @Query(() => [ReferralForward], { description: "Referrals other agencies passed on to the caller's agency" })
  forwardedReferrals(
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 100' }) first: number,
    @Ctx() context: RequestContext,
  ) {
    return forwardedToMyAgency(context, first);
  }

  @SignedIn()
  @Query(() => [ReferralForward], {
    description: "H3 requests to pass on referrals the caller's agency sent, waiting for its approval; oldest first",
  })
  forwardRequestsToDecide(
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 100' }) first: number,
    @Ctx() context: RequestContext,
  ) {
    return forwardRequestsToDecide(context, first);
  }

  @RoleRequired(Role.LIAISON_OFFICER)
  @Mutation(() => ReferralForward, { description: 'H2: forwarded at once; H3: a request to the sender; H1: refused' })
  forwardReferral(
    @Arg('input', () => ForwardReferralInput) input: ForwardReferralInput,
    @Ctx() context: RequestContext,
  ) {
    return forwardReferral(context, input);
  }

  @RoleRequired(Role.LIAISON_OFFICER)
  @Mutation(() => ReferralForward, { description: 'The sending agency agrees to an H3 forward request' })
  approveReferralForward(@Arg('forwardId', () => ID) forwardId: string, @Ctx() context: RequestContext) {
    return decideReferralForward(context, { forwardId, approve: true });
  }

  @RoleRequired(Role.LIAISON_OFFICER)
  @Mutation(() => ReferralForward, {
    description: 'The sending agency refuses an H3 forward request (reason required)',
  })
  refuseReferralForward(
    @Arg('forwardId', () => ID) forwardId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() context: RequestContext,
  ) {
    return decideReferralForward(context, { forwardId, approve: false, reason });
  }

  @FieldResolver(() => ID)
  recipientAgencyId(@Root() forward: ReferralForward): string {
    return forward.recipientAgency.id;
  }

  @FieldResolver(() => ID)
  referralId(@Root() forward: ReferralForward): string {
    return forward.referral.id;
  }

  @FieldResolver(() => Referral, { nullable: true, description: 'null when the caller may not read it (yet)' })
  referral(@Root() forward: ReferralForward, @Ctx() context: RequestContext): Promise<Referral | null> {
    return referralOfForward(context, forward);
  }
}
