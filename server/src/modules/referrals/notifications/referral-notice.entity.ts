import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { uuidv7 } from '../../../platform/ids';
import { Referral } from '../referral.entity';

export enum ReferralNoticeKind {
  /** The receiving agency's liaison officers: a deadline passed. */
  OVERDUE = 'OVERDUE',
  /** The receiving agency's admins: an IMMEDIATE referral was not acknowledged in time. */
  ESCALATION = 'ESCALATION',
}

/**
 * That a deadline notice went out, once per referral, kind and deadline: the unique key is what makes the
 * periodic check idempotent across retries and across server processes.
 */
@Entity({ tableName: 'referral_notice' })
@Unique({ name: 'referral_notice_once', properties: ['referral', 'kind', 'dueAt'] })
export class ReferralNotice {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Referral, { ref: true, deleteRule: 'cascade' })
  referral!: Ref<Referral>;

  @Enum({ items: () => ReferralNoticeKind, nativeEnumName: 'referral_notice_kind' })
  kind!: ReferralNoticeKind;

  @Property({ type: 'datetime', length: 3 })
  dueAt!: Date;

  @Property({ type: 'datetime', length: 3, defaultRaw: 'now()' })
  sentAt: Date = new Date();
}
