import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { SignedIn } from '../../../platform/authz/access';
import type { RequestContext } from '../../../platform/context';
import { ActionItem } from '../action-item.entity';
import { FollowUpBoard } from '../follow-up.resolver';
import { countsBy, followUpPage, readableActionItem } from './follow-up-page.service';
import { ActionItemConnection, FollowUpPageArgs, GroupActionCount } from './follow-up-page.types';

/** The follow-up board's pages and the action item page. */
@Resolver(() => ActionItem)
export class FollowUpPageResolver {
  @SignedIn()
  @Query(() => ActionItemConnection, {
    description: "A page of a mechanism's action items for the follow-up board, filtered and sorted",
  })
  followUpActions(@Args(() => FollowUpPageArgs) args: FollowUpPageArgs, @Ctx() context: RequestContext) {
    return followUpPage(context, args);
  }

  @SignedIn()
  @Query(() => ActionItem, { description: 'One action item of a mechanism the caller’s agency belongs to' })
  actionItem(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ActionItem> {
    return readableActionItem(context, id);
  }
}

/** The board's counts by meeting and by decision, beside its counts by agency. */
@Resolver(() => FollowUpBoard)
export class FollowUpBoardCountsResolver {
  @FieldResolver(() => [GroupActionCount], { description: 'Per meeting that assigned actions, latest first' })
  countsByMeeting(@Root() board: FollowUpBoard, @Ctx() context: RequestContext): Promise<GroupActionCount[]> {
    return countsBy(context, board.mechanismId, 'meeting');
  }

  @FieldResolver(() => [GroupActionCount], { description: 'Per decision that actions carry out, latest first' })
  countsByDecision(@Root() board: FollowUpBoard, @Ctx() context: RequestContext): Promise<GroupActionCount[]> {
    return countsBy(context, board.mechanismId, 'decision');
  }
}
