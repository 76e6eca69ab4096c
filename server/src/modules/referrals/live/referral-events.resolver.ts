import { filter, pipe } from '@graphql-yoga/subscription';
import { Resolver, Root, Subscription } from 'type-graphql';
import { SignedIn } from '../../../platform/authz/access';
import type { RequestContext } from '../../../platform/context';
import { REFERRAL_READER_ROLES } from '../referral.policy';
import type { ReferralEventBus } from './referral-event-bus';
import { ReferralLiveEvent, RESYNC_EVENT_TYPE } from './referral-live-event';

/** The context of a graphql-ws operation: a request context plus the server's live-events bus. */
export type LiveContext = RequestContext & {
  referralEvents: ReferralEventBus;
  /** False (and the socket closed) once the session that opened the socket has ended. */
  stillSignedIn(): Promise<boolean>;
};

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
      // The bus of the server that holds this WebSocket (set by referral-events.websocket.ts).
      const { actor, referralEvents, stillSignedIn } = context as LiveContext;
      const reads = !!actor && actor.roles.some((role) => REFERRAL_READER_ROLES.includes(role));
      return pipe(
        referralEvents.subscribe('referral-events'),
        filter(
          (event: ReferralLiveEvent) =>
            reads && (event.type === RESYNC_EVENT_TYPE || event.agencyIds.includes(actor!.agencyId)),
        ),
        // Checked after the cheap filter, so only events this caller would receive cost a look-up.
        filter(() => stillSignedIn()),
      );
    },
  })
  referralEvents(@Root() event: ReferralLiveEvent): ReferralLiveEvent {
    return event;
  }
}
