import { filter, pipe } from '@graphql-yoga/subscription';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { SignedIn } from '../../platform/authz/access';
import { REFERRAL_EVENTS_CHANNEL, RESYNC_EVENT_TYPE, type LiveContext } from '../referrals';
import { CASELOAD_ROLES } from './protection.policy';
import type { ServiceReferral } from './service-referral.entity';

/** Every service-referral event's type starts with this; the shared bus also carries other modules' events. */
export const SERVICE_REFERRAL_EVENT_PREFIX = 'protection.service-referral.';
const NIL = '00000000-0000-0000-0000-000000000000';

/** That something happened on a referral to a service (a step, a message, a file): ids only, refetch to see it. */
@ObjectType({ description: 'Something happened on a referral to a service your agency works on; refetch it' })
export class ServiceReferralLiveEvent {
  @Field(() => String, { description: 'protection.service-referral.message, .file, .step, or resync' })
  type!: string;

  @Field(() => ID)
  serviceReferralId!: string;

  @Field(() => Date)
  at!: Date;
}

type BusEvent = { type: string; at: Date; serviceReferralId?: string; partyAgencyIds?: string[] };

/**
 * Queues a NOTIFY in the caller's transaction on the platform's live-events channel: delivered at commit, never
 * when the change rolls back. `agencyIds` stays empty so no case-referral subscriber receives it; the two sides
 * are named apart (`partyAgencyIds`) for this module's subscription.
 */
export async function announceServiceReferralActivity(
  em: EntityManager,
  referral: ServiceReferral,
  type: string,
): Promise<void> {
  const payload = JSON.stringify({
    type,
    serviceReferralId: referral.id,
    partyAgencyIds: [referral.holdingAgency.id, referral.recipientAgency.id],
    agencyIds: [],
    at: new Date(),
  });
  await em
    .getConnection()
    .execute('select pg_notify(?, ?)', [REFERRAL_EVENTS_CHANNEL, payload], 'all', em.getTransactionContext());
}

@Resolver()
export class ServiceReferralEventsResolver {
  /**
   * Live events of the referrals to services the caller's agency sent or received, over graphql-ws on /graphql:
   * only the case workers and protection supervisors who may read those referrals receive them.
   */
  @SignedIn()
  @Subscription(() => ServiceReferralLiveEvent, {
    description: 'Something happened on a referral to a service sent by or to your agency',
    subscribe: ({ context }) => {
      const { actor, referralEvents, stillSignedIn } = context as LiveContext;
      const reads = !!actor && actor.kind === 'user' && actor.roles.some((role) => CASELOAD_ROLES.includes(role));
      return pipe(
        referralEvents.subscribe('referral-events'),
        filter(
          (event: BusEvent) =>
            reads &&
            (event.type === RESYNC_EVENT_TYPE ||
              (event.type.startsWith(SERVICE_REFERRAL_EVENT_PREFIX) &&
                (event.partyAgencyIds ?? []).includes(actor!.agencyId))),
        ),
        filter(() => stillSignedIn()),
      );
    },
  })
  serviceReferralEvents(@Root() event: BusEvent): ServiceReferralLiveEvent {
    return { type: event.type, serviceReferralId: event.serviceReferralId ?? NIL, at: event.at };
  }
}
