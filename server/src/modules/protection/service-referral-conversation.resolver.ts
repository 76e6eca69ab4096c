import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import type { RequestContext } from '../../platform/context';
import { CASELOAD_ROLES } from './protection.policy';
import { postServiceReferralMessage, serviceReferralConversation } from './service-referral-conversation.service';
import { ServiceReferralMessage } from './service-referral-conversation.view';

@InputType({ description: 'A message to the other side of a referral to a service; upload its files first' })
export class ServiceReferralMessageInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => String)
  body!: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Ids returned by POST /api/service-referrals/:id/files',
  })
  attachmentIds?: string[] | null;
}

/** The conversation on a referral to a service: between the referring agency and the provider. */
@Resolver(() => ServiceReferralMessage)
export class ServiceReferralConversationResolver {
  @RoleRequired(...CASELOAD_ROLES)
  @Query(() => [ServiceReferralMessage], { description: 'The conversation on a referral to a service, oldest first' })
  serviceReferralMessages(@Arg('referralId', () => ID) referralId: string, @Ctx() context: RequestContext) {
    return serviceReferralConversation(context, referralId);
  }

  @RoleRequired(...CASELOAD_ROLES)
  @Mutation(() => ServiceReferralMessage, { description: 'Posts a message on a referral to a service' })
  postServiceReferralMessage(
    @Arg('input', () => ServiceReferralMessageInput) input: ServiceReferralMessageInput,
    @Ctx() context: RequestContext,
    @Arg('idempotencyKey', () => String, {
      nullable: true,
      description: 'Client-chosen; a retry with the same key returns the message posted first, never a second one',
    })
    idempotencyKey: string | null,
  ) {
    return postServiceReferralMessage(context, { ...input, idempotencyKey });
  }
}
