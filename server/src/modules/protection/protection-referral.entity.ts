import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency, Mechanism, User } from '../identity';
import { Survivor } from './survivor.entity';

/** Where a referral to protection stands: sent by the border post, accepted (a survivor record opened) or declined. */
export enum ProtectionReferralStatus {
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(ProtectionReferralStatus, { name: 'ProtectionReferralStatus' });

/**
 * A referral to protection: a liaison officer (or case worker) screened a person at a border post, found
 * trafficking indicators and, with the person's consent, refers them to a protection agency of a mechanism both
 * agencies are members of. Known by a pseudonymous code (PR-CR-2026-00012, gap-free per sending agency and year).
 * The minimum the protection agency needs (name if given, age, sex, nationality, languages, where the person is
 * and how to reach them), the screening and the consent are sealed in `sealedData` with the referral's own data
 * key; only the receiving agency's case workers and supervisors read them (audited). The sender sees the code,
 * the status and, once accepted, the survivor's code.
 */
@ObjectType({
  description: 'A referral to protection from a screening at a border post; the person is behind the guard',
})
@Entity({ tableName: 'protection_referral' })
@Unique({ name: 'protection_referral_code_unique', properties: ['senderAgency', 'code'] })
@Index({ name: 'protection_referral_recipient', properties: ['recipientAgency', 'sentAt'] })
@Index({ name: 'protection_referral_sender', properties: ['senderAgency', 'sentAt'] })
@Check({
  name: 'protection_referral_declined_with_reason',
  expression: "((status = 'DECLINED'::protection_referral_status) = (decline_reason IS NOT NULL))",
})
export class ProtectionReferral {
  [OptionalProps]?: 'id' | 'status' | 'sentAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field(() => String, { description: 'Pseudonymous code, e.g. PR-CR-2026-00012' })
  @Property({ type: 'string', length: 24 })
  code!: string;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  senderAgency!: Ref<Agency>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  sentBy!: Ref<User>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  recipientAgency!: Ref<Agency>;

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'restrict' })
  mechanism!: Ref<Mechanism>;

  @Field(() => ProtectionReferralStatus)
  @Enum({
    items: () => ProtectionReferralStatus,
    nativeEnumName: 'protection_referral_status',
    default: ProtectionReferralStatus.SENT,
  })
  status: ProtectionReferralStatus = ProtectionReferralStatus.SENT;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  sentAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  answeredAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  answeredBy: Ref<User> | null = null;

  @Field(() => String, { nullable: true, description: 'Why the protection agency declined (at most 1,000 characters)' })
  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  /** The survivor record the protection agency opened from it (set when accepted). */
  @ManyToOne(() => Survivor, { ref: true, deleteRule: 'set null', nullable: true })
  survivor: Ref<Survivor> | null = null;

  @Field(() => String, { nullable: true, description: "The survivor record's code, once the referral was accepted" })
  @Property({ type: 'string', length: 24, nullable: true })
  survivorCode: string | null = null;

  /** BorderReferralData as JSON, sealed with the referral's data key. */
  @Property({ type: 'blob', hidden: true, lazy: false })
  sealedData!: Buffer;

  @Property({ type: 'blob', hidden: true })
  dataKey!: Buffer;

  @Property({ type: 'string', length: 32, hidden: true, index: true })
  keyId!: string;
}
