import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { REFERRAL_EVENTS_CHANNEL } from '../../referrals';

/** Every coordination event's type starts with this; the shared bus also carries referral events. */
export const COORDINATION_EVENT_PREFIX = 'coordination.';

/**
 * That something changed in a mechanism's work (ADR 0033): a meeting (agenda, attendance, minutes, a comment, a
 * step, a decision, an action assigned) or an action item (progress, evidence, cancellation). It names ids only:
 * clients refetch through the normal, permission-checked queries.
 */
@ObjectType({ description: "Something changed in the work of one of your agency's mechanisms; refetch to see what" })
export class CoordinationLiveEvent {
  @Field(() => String, { description: 'coordination.meeting, coordination.action, or resync (refetch everything)' })
  type!: string;

  @Field(() => ID)
  mechanismId!: string;

  @Field(() => ID, { nullable: true })
  meetingId?: string | null;

  @Field(() => ID, { nullable: true })
  actionItemId?: string | null;

  @Field(() => Date)
  at!: Date;
}

export interface CoordinationActivity {
  type: 'coordination.meeting' | 'coordination.action';
  mechanismId: string;
  meetingId: string | null;
  actionItemId?: string | null;
}

/**
 * Queues a NOTIFY in the caller's transaction on the platform's live-events channel (the one LISTEN connection
 * per process the referrals module keeps): delivered at commit, never when the change rolls back. `agencyIds`
 * stays empty, so no referral subscriber receives it; the coordination subscription filters by mechanism.
 */
export async function announceCoordinationActivity(em: EntityManager, activity: CoordinationActivity): Promise<void> {
  const payload = JSON.stringify({
    type: activity.type,
    mechanismId: activity.mechanismId,
    meetingId: activity.meetingId,
    actionItemId: activity.actionItemId ?? null,
    at: new Date(),
    agencyIds: [],
  });
  await em
    .getConnection()
    .execute('select pg_notify(?, ?)', [REFERRAL_EVENTS_CHANNEL, payload], 'all', em.getTransactionContext());
}
