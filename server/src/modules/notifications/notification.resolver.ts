import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { SignedIn } from '../../platform/authz/access';
import type { RequestContext } from '../../platform/context';
import { RESYNC_EVENT_TYPE } from '../../platform/events/live-channel';
import type { LiveContext } from '../referrals';
import { Notification } from './notification.entity';
import {
  markAllNotificationsRead,
  markNotificationRead,
  myNotifications,
  NOTIFICATION_EVENT_PREFIX,
  NOTIFICATION_PAGE_MAX,
  unreadNotificationCount,
} from './notification.service';

@ObjectType({ description: 'That your notifications changed (one arrived, or some were read); refetch them' })
export class NotificationLiveEvent {
  @Field(() => String, { description: 'notification.new, notification.read, or resync (refetch)' })
  type!: string;

  @Field(() => Date)
  at!: Date;
}

/** What crosses the shared bus: a notification event names its users; others (referral, coordination) do not. */
type BusEvent = { type: string; at: Date; userIds?: string[] };

@Resolver(() => Notification)
export class NotificationResolver {
  @SignedIn()
  @Query(() => [Notification], { description: 'Your latest notifications, newest first' })
  myNotifications(
    @Arg('first', () => Int, { defaultValue: 20, description: `1 to ${NOTIFICATION_PAGE_MAX}` }) first: number,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Ctx() context: RequestContext,
  ) {
    return myNotifications(context, first, unreadOnly);
  }

  @SignedIn()
  @Query(() => Int, { description: 'How many of your notifications are unread' })
  unreadNotificationCount(@Ctx() context: RequestContext) {
    return unreadNotificationCount(context);
  }

  @SignedIn()
  @Mutation(() => Notification, { description: 'Marks one of your notifications read' })
  markNotificationRead(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return markNotificationRead(context, id);
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks all your notifications read; returns how many were unread' })
  markAllNotificationsRead(@Ctx() context: RequestContext) {
    return markAllNotificationsRead(context);
  }

  /** The caller's own notification events, over graphql-ws on /graphql: only events that name them. */
  @SignedIn()
  @Subscription(() => NotificationLiveEvent, {
    description: 'Your notifications changed: refetch the count and the list',
    subscribe: ({ context }) => {
      const { actor, referralEvents, stillSignedIn } = context as LiveContext;
      const userId = actor?.kind === 'user' ? actor.id : null;
      return pipe(
        referralEvents.subscribe('referral-events'),
        filter(
          (event: BusEvent) =>
            !!userId &&
            (event.type === RESYNC_EVENT_TYPE ||
              (event.type.startsWith(NOTIFICATION_EVENT_PREFIX) && !!event.userIds?.includes(userId))),
        ),
        filter(() => stillSignedIn()),
      );
    },
  })
  notificationEvents(@Root() event: BusEvent): NotificationLiveEvent {
    return { type: event.type, at: event.at };
  }
}
