import {
  ArrayType,
  Check,
  Entity,
  Enum,
  Formula,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency, AgencyKind, Mechanism, User } from '../identity';
import { ReferralUrgency } from '../referrals';
import { ConsentOverride, SurvivorConsent } from './consent.entity';
import { ProtectionService } from './consent.enums';
import { DirectoryService } from './directory-service.entity';
import { sharingInForceSql } from './service-referral-sharing';
import { ServiceReferralStatus, SharedField } from './service-referral.enums';
import type { Survivor } from './survivor.entity';

/**
 * A case worker's referral of a survivor to a service of another agency (a shelter, a clinic, legal aid, a
 * counterpart across the border), through a mechanism both agencies are members of. It carries exactly the
 * fields the case worker chose (`sharedFields`), which the consent (or risk-to-life override) it was sent under
 * covers; the provider reads those and nothing else, while `sharingInForce` holds. The survivor's code is copied
 * so the provider always knows whom the referral is about; the note is sealed with the survivor's data key.
 */
@ObjectType({ description: 'A referral of a survivor to a service of another agency' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'service_referral' })
@Index({ name: 'service_referral_incoming', properties: ['recipientAgency', 'sentAt', 'id'] })
@Index({ name: 'service_referral_outgoing', properties: ['holdingAgency', 'sentAt', 'id'] })
@Check({ name: 'service_referral_covered', expression: '((consent_id IS NULL) <> (override_id IS NULL))' })
@Check({
  name: 'service_referral_declined_with_reason',
  expression: "((status = 'DECLINED'::service_referral_status) = (decline_reason IS NOT NULL))",
})
export class ServiceReferral {
  [OptionalProps]?:
    'id' | 'status' | 'sentAt' | 'updatedAt' | 'sharingInForce' | 'consentWithdrawnAt' | 'directoryService';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne('Survivor', { ref: true, deleteRule: 'cascade', index: true })
  survivor!: Ref<Survivor>;

  @Field(() => String, { description: "The survivor's pseudonymous code" })
  @Property({ type: 'string', length: 24 })
  survivorCode!: string;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  holdingAgency!: Ref<Agency>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  recipientAgency!: Ref<Agency>;

  /** The recipient's kind and country at sending, as consent names them. */
  @Enum({ items: () => AgencyKind, nativeEnumName: 'agency_kind', hidden: true })
  recipientAgencyKind!: AgencyKind;

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'restrict', index: true })
  mechanism!: Ref<Mechanism>;

  @Field(() => ProtectionService)
  @Enum({ items: () => ProtectionService, nativeEnumName: 'protection_service' })
  service!: ProtectionService;

  /** The provider's service picked from the directory, when the case worker picked one. */
  @ManyToOne(() => DirectoryService, { ref: true, deleteRule: 'restrict', nullable: true })
  directoryService: Ref<DirectoryService> | null = null;

  @Field(() => ReferralUrgency)
  @Enum({ items: () => ReferralUrgency, nativeEnumName: 'referral_urgency' })
  urgency!: ReferralUrgency;

  @Field(() => [SharedField], { description: 'The fields of the survivor the provider may read' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  sharedFields!: SharedField[];

  @ManyToOne(() => SurvivorConsent, { ref: true, deleteRule: 'restrict', nullable: true, index: true })
  consent: Ref<SurvivorConsent> | null = null;

  @ManyToOne(() => ConsentOverride, { ref: true, deleteRule: 'restrict', nullable: true, index: true })
  override: Ref<ConsentOverride> | null = null;

  /** What is needed, sealed with the survivor's data key (it may describe the person). */
  @Property({ type: 'blob', hidden: true })
  sealedNote!: Buffer;

  @Field(() => ServiceReferralStatus)
  @Enum({
    items: () => ServiceReferralStatus,
    nativeEnumName: 'service_referral_status',
    default: ServiceReferralStatus.SENT,
  })
  status: ServiceReferralStatus = ServiceReferralStatus.SENT;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 1000, nullable: true })
  declineReason: string | null = null;

  @Field(() => String, { nullable: true, description: 'What was delivered, or how the referral ended' })
  @Property({ type: 'string', length: 1000, nullable: true })
  outcome: string | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  sentBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  sentAt: Date = new Date();

  @Field(() => Date, { description: "The provider's answer (accept or decline) is due by then" })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  respondBy!: Date;

  @Field(() => Date, { description: 'The service is due to be delivered by then' })
  @Property({ type: 'Date', columnType: 'timestamptz' })
  deliverBy!: Date;

  /** The deadline running in the current status (respondBy while SENT, deliverBy while ACCEPTED), else null. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  dueAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Date, {
    nullable: true,
    description: 'When the consent this referral was sent under was withdrawn: the provider lost access then',
  })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  consentWithdrawnAt: Date | null = null;

  @Field(() => Boolean, { description: 'The provider may read the shared fields now (open, and consent in force)' })
  @Formula((alias) => sharingInForceSql(`${alias}`), { lazy: false })
  sharingInForce?: boolean;
}
