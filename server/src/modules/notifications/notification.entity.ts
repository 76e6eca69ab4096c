import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { User } from '../identity';

/** What a notification tells its reader; the client words it in the reader's language. */
export enum NotificationKind {
  /** A referral was sent to the reader's agency. */
  REFERRAL_RECEIVED = 'REFERRAL_RECEIVED',
  /** The other side wrote in a referral's conversation. */
  REFERRAL_MESSAGE = 'REFERRAL_MESSAGE',
  /** A referral's deadline passed. */
  REFERRAL_OVERDUE = 'REFERRAL_OVERDUE',
  /** An IMMEDIATE referral was not acknowledged in time (to the receiving agency's admins). */
  REFERRAL_ESCALATION = 'REFERRAL_ESCALATION',
  /** The receiving agency asks to forward one of the reader's agency's referrals (H3: the sender decides). */
  FORWARD_REQUESTED = 'FORWARD_REQUESTED',
  /** A meeting of one of the reader's agency's mechanisms was scheduled. */
  MEETING_SCHEDULED = 'MEETING_SCHEDULED',
  /** A survivor withdrew a consent the reader's agency relies on. */
  CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN',
}

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification tells its reader' });

/** What a notification is about: the client links `<subject type>` + `subjectId` to its page. */
export enum NotificationSubject {
  REFERRAL = 'REFERRAL',
  MEETING = 'MEETING',
  SURVIVOR = 'SURVIVOR',
}

registerEnumType(NotificationSubject, { name: 'NotificationSubject', description: 'What a notification is about' });

/**
 * One user's notice that something needs their attention (ADR 0051). It names the record by id and its
 * reference number, never a person: opening it goes through the record's own permission-checked page. Written
 * in the transaction of the event it tells of; read and marked only by its user (notification.policy.ts, and
 * row-level security under it).
 */
@ObjectType({ description: 'Something that needs your attention; open the record it names to see what' })
@Entity({ tableName: 'notification' })
@Index({ name: 'notification_user_created_idx', properties: ['userId', 'createdAt'] })
// The bell's count: a user's unread rows only.
@Index({
  name: 'notification_unread_idx',
  expression: 'create index "notification_unread_idx" on "notification" ("user_id") where read_at is null',
})
// The retention sweep's purge of read notifications.
@Index({
  name: 'notification_read_at_idx',
  expression: 'create index "notification_read_at_idx" on "notification" ("read_at") where read_at is not null',
})
export class Notification {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  /** Whose it is (the user's id: the row never needs the user loaded). Not exposed: always the caller. */
  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade', updateRule: 'cascade' })
  userId!: string;

  @Field(() => NotificationKind)
  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @Field(() => NotificationSubject)
  @Enum({ items: () => NotificationSubject, nativeEnumName: 'notification_subject' })
  subjectType!: NotificationSubject;

  @Field(() => ID, { description: 'The record the notification is about' })
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => String, { nullable: true, description: "The record's reference number (e.g. MX-2026-000123), if any" })
  @Property({ type: 'varchar', length: 64, nullable: true })
  reference: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', length: 3, defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When the reader opened or marked it; null while unread' })
  @Property({ type: 'datetime', length: 3, nullable: true })
  readAt: Date | null = null;
}
