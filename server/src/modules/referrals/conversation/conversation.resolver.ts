import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, ID, Info, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { SignedIn } from '../../../platform/authz/access';
import type { RequestContext } from '../../../platform/context';
import { selectedFieldsAt } from '../../../platform/graphql/selection';
import { conversationOf, postReferralMessage } from './conversation.service';
import { downloadPathOf, ReferralAttachment } from './referral-attachment.entity';
import { ReferralMessage } from './referral-message.entity';

@InputType({ description: 'A message to the other agencies on a referral; upload attachments first' })
export class PostReferralMessageInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => String)
  body!: string;

  @Field(() => [ID], { nullable: true, description: 'Ids returned by POST /api/referrals/:id/attachments' })
  attachmentIds?: string[] | null;
}

@Resolver(() => ReferralMessage)
export class ReferralConversationResolver {
  @SignedIn()
  @Query(() => [ReferralMessage], { description: 'The conversation on a referral, oldest first' })
  referralMessages(
    @Arg('referralId', () => ID) referralId: string,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // Attachments are joined only when asked for: the referral screen's first read does not show them.
    return conversationOf(context, referralId, {
      withAttachments: selectedFieldsAt(info, [])?.has('attachments') ?? true,
    });
  }

  @SignedIn()
  @Mutation(() => ReferralMessage)
  postReferralMessage(
    @Arg('input', () => PostReferralMessageInput) input: PostReferralMessageInput,
    @Ctx() context: RequestContext,
    @Arg('idempotencyKey', () => String, {
      nullable: true,
      description: 'Client-chosen; a retry with the same key returns the message posted first, never a second one',
    })
    idempotencyKey: string | null,
  ) {
    return postReferralMessage(context, { ...input, idempotencyKey });
  }

  @FieldResolver(() => ID)
  authorAgencyId(@Root() message: ReferralMessage): string {
    return message.authorAgency.id;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The user who wrote it; null when a system did' })
  authorId(@Root() message: ReferralMessage): string | null {
    return message.author?.id ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The name of the user who wrote it, as the conversation shows it; null when a system did',
  })
  async authorName(@Root() message: ReferralMessage): Promise<string | null> {
    // The authors of a conversation are loaded in one query (MikroORM's reference dataloader).
    const author = message.author ? await message.author.load({ dataloader: true }) : null;
    return author?.name ?? null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "The API token through which the agency's own system wrote it; null when a person did",
  })
  authorApiTokenId(@Root() message: ReferralMessage): string | null {
    return message.authorApiToken?.id ?? null;
  }

  @FieldResolver(() => [ReferralAttachment])
  async attachments(@Root() message: ReferralMessage): Promise<ReferralAttachment[]> {
    return message.attachments.isInitialized() ? message.attachments.getItems() : message.attachments.loadItems();
  }
}

@Resolver(() => ReferralAttachment)
export class ReferralAttachmentResolver {
  @FieldResolver(() => String, { description: 'Authenticated download route (GET); not a public URL' })
  downloadPath(@Root() attachment: ReferralAttachment): string {
    return downloadPathOf(attachment.id);
  }
}
