import { filter, pipe } from '@graphql-yoga/subscription';
import { Resolver, Root, Subscription } from 'type-graphql';
import { SignedIn } from '../../../platform/authz/access';
import type { RequestContext } from '../../../platform/context';
import { REFERRAL_READER_ROLES } from '../referral.policy';
import { referralEventBus } from './referral-event-bus';
import { ReferralLiveEvent } from './referral-live-event';

@Resolver()
export class ReferralEventsResolver {
  /**
   * Live events for the caller's agency, over graphql-ws on /graphql. Only users who read referral content
   * (liaison officers, case workers) receive any; each event names the referral, not its content.
   */
  @SignedIn()
  @Subscription(() => ReferralLiveEvent, {
    description: "Something happened to a referral the caller's agency works on",
    subscribe: ({ context }) => {
      const { actor } = context as RequestContext;
      const reads = !!actor && actor.roles.some((role) => REFERRAL_READER_ROLES.includes(role));
      return pipe(
        referralEventBus.subscribe('referral-events'),
        filter((event: ReferralLiveEvent) => reads && event.agencyIds.includes(actor!.agencyId)),
      );
    },
  })
  referralEvents(@Root() event: ReferralLiveEvent): ReferralLiveEvent {
    return event;
  }
}
