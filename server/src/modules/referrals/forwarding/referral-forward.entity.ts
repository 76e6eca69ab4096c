import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { uuidv7 } from '../../../platform/ids';
import { Agency, User } from '../../identity';
import { Referral } from '../referral.entity';

export enum ReferralForwardStatus {
  /** H3: waiting for the sending agency's agreement. */
  REQUESTED = 'REQUESTED',
  /** The recipient agency may read the referral. */
  ACTIVE = 'ACTIVE',
  /** H3: the sending agency said no. */
  REFUSED = 'REFUSED',
}
registerEnumType(ReferralForwardStatus, { name: 'ReferralForwardStatus' });

/**
 * The receiving agency passing a referral on to a third agency, as the handling code allows. The row is the
 * forward's history (who asked, who decided, when, why); the audit trail has the same steps.
 */
@ObjectType({ description: 'A referral passed on by the receiving agency to a third agency' })
@Entity({ tableName: 'referral_forward' })
@Index({ name: 'referral_forward_recipient_index', properties: ['recipientAgency', 'status', 'referral'] })
@Index({
  name: 'referral_forward_open_unique',
  expression:
    'create unique index "referral_forward_open_unique" on "referral_forward" ("referral_id", "recipient_agency_id") where "status" <> \'REFUSED\'',
})
export class ReferralForward {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Referral, { ref: true, deleteRule: 'cascade', index: true })
  referral!: Ref<Referral>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  recipientAgency!: Ref<Agency>;

  @Field(() => ReferralForwardStatus)
  @Enum({ items: () => ReferralForwardStatus, nativeEnumName: 'referral_forward_status' })
  status!: ReferralForwardStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  requestedBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', length: 3, defaultRaw: 'now()' })
  requestedAt: Date = new Date();

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  decidedBy?: Ref<User> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', length: 3, nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the sending agency refused' })
  @Property({ type: 'text', nullable: true })
  refusalReason?: string | null;
}
