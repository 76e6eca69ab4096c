import { filter, pipe } from '@graphql-yoga/subscription';
import { Resolver, Root, Subscription } from 'type-graphql';
import { SignedIn } from '../../../platform/authz/access';
import { Role } from '../../../platform/authz/roles';
import { RESYNC_EVENT_TYPE, type LiveContext } from '../../referrals';
import { COORDINATION_EVENT_PREFIX, CoordinationLiveEvent } from './coordination-live-event';

const NIL = '00000000-0000-0000-0000-000000000000';

/** What crosses the shared bus: a referral event, a coordination event (with its ids) or a resync. */
type BusEvent = { type: string; at: Date } & Partial<Omit<CoordinationLiveEvent, 'type' | 'at'>>;

@Resolver()
export class CoordinationEventsResolver {
  /**
   * Live events of the mechanisms the caller's agency belongs to (or runs), over graphql-ws on /graphql: who may
   * read a mechanism's meetings (coordination.policy.ts: its members, never the platform admin) learns that one
   * changed. A `resync` event means events may have been missed: refetch what is shown.
   */
  @SignedIn()
  @Subscription(() => CoordinationLiveEvent, {
    description: "Something changed in the work of one of your agency's mechanisms (meetings, action items)",
    subscribe: ({ context }) => {
      const { actor, referralEvents, stillSignedIn } = context as LiveContext;
      const mechanisms = new Set(
        actor && !actor.roles.includes(Role.PLATFORM_ADMIN)
          ? [...actor.mechanismIds, ...actor.secretariatMechanismIds]
          : [],
      );
      return pipe(
        referralEvents.subscribe('referral-events'),
        filter((event: BusEvent) =>
          event.type === RESYNC_EVENT_TYPE
            ? mechanisms.size > 0
            : event.type.startsWith(COORDINATION_EVENT_PREFIX) && mechanisms.has(event.mechanismId ?? ''),
        ),
        filter(() => stillSignedIn()),
      );
    },
  })
  coordinationEvents(@Root() event: BusEvent): CoordinationLiveEvent {
    return {
      type: event.type,
      mechanismId: event.mechanismId ?? NIL,
      meetingId: event.meetingId ?? null,
      actionItemId: event.actionItemId ?? null,
      at: event.at,
    };
  }
}
