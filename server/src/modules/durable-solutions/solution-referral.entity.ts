import {
  ArrayType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency, Mechanism, User } from '../identity';
import { ProtectionService, Survivor } from '../protection';
import { DurablePlan } from './durable-plan.entity';
import { DurableCriterion, ReturnRisk, SolutionDestination, SolutionReferralStatus } from './durable-solutions.enums';

/**
 * A durable-solution referral: from the holding agency to an organisation in the country of origin, the same
 * country or a third country, through a mechanism both belong to, carrying only the chosen personal fields and
 * only while a consent covers the recipient, every purpose and the fields' categories (checked on every read).
 */
@ObjectType({ description: "A referral of a survivor's durable-solutions plan to another organisation" })
@Entity({ tableName: 'durable_solution_referral' })
@Index({ properties: ['recipientAgency', 'status'] })
export class SolutionReferral {
  [OptionalProps]?:
    | 'id'
    | 'status'
    | 'sentAt'
    | 'declineReason'
    | 'respondedAt'
    | 'respondedBy'
    | 'handedOverOn'
    | 'closedAt'
    | 'riskDetails'
    | 'returnRisk'
    | 'informedWish'
    | 'confirmedBy'
    | 'confirmedAt'
    | 'bestInterestsAssessedOn'
    | 'bestInterestsReference'
    | 'bestInterestsDeterminedOn'
    | 'determinationPanelRoles'
    | 'guardian';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => DurablePlan, { ref: true, deleteRule: 'cascade', index: true })
  plan!: Ref<DurablePlan>;

  @ManyToOne(() => Survivor, { ref: true, deleteRule: 'cascade' })
  survivor!: Ref<Survivor>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  holdingAgency!: Ref<Agency>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  recipientAgency!: Ref<Agency>;

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'restrict' })
  mechanism!: Ref<Mechanism>;

  @Field(() => SolutionDestination)
  @Enum({ items: () => SolutionDestination, nativeEnumName: 'solution_destination' })
  destination!: SolutionDestination;

  @Field(() => [ProtectionService], { description: 'What the sharing is for (each must be consented)' })
  @Enum({ items: () => ProtectionService, array: true, nativeEnumName: 'protection_service' })
  purposes!: ProtectionService[];

  @Field(() => [String], { description: 'The personal fields the recipient may read (names only)' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  sharedFields!: string[];

  @Field(() => [DurableCriterion], { description: 'The criteria the recipient assesses once it accepts' })
  @Enum({ items: () => DurableCriterion, array: true, nativeEnumName: 'durable_criterion' })
  entrustedCriteria!: DurableCriterion[];

  @Field(() => ReturnRisk, { nullable: true })
  @Enum({ items: () => ReturnRisk, nativeEnumName: 'return_risk', nullable: true })
  returnRisk: ReturnRisk | null = null;

  @Field(() => String, { nullable: true, description: 'The conditions (safe under conditions) or the reasons' })
  @Property({ type: 'string', length: 1000, nullable: true })
  riskDetails: string | null = null;

  @Field(() => Boolean, {
    description: "For a return assessed not safe: the person's informed wish to return is recorded in the plan",
  })
  @Property({ type: 'boolean', default: false })
  informedWish: boolean = false;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  confirmedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true, description: "When the holding agency's supervisor confirmed the sending" })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  confirmedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'For a child: the day of the best-interests assessment' })
  @Property({ type: 'date', nullable: true })
  bestInterestsAssessedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'For a child: the reference of the assessment attached' })
  @Property({ type: 'string', length: 200, nullable: true })
  bestInterestsReference: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'For a child returned or relocated: the day of the best-interests determination by a panel',
  })
  @Property({ type: 'date', nullable: true })
  bestInterestsDeterminedOn: string | null = null;

  @Field(() => [String], { nullable: true, description: "The determination panel members' roles (not names)" })
  @Property({ type: ArrayType, columnType: 'text[]', nullable: true })
  determinationPanelRoles: string[] | null = null;

  @Field(() => String, { nullable: true, description: "For a child: the guardian's role and organisation" })
  @Property({ type: 'string', length: 200, nullable: true })
  guardian: string | null = null;

  @Field(() => SolutionReferralStatus)
  @Enum({
    items: () => SolutionReferralStatus,
    nativeEnumName: 'solution_referral_status',
    default: SolutionReferralStatus.SENT,
  })
  status: SolutionReferralStatus = SolutionReferralStatus.SENT;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 1000, nullable: true })
  declineReason: string | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  sentBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  sentAt: Date = new Date();

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  respondedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  respondedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The day the person arrived and the hand-over was done' })
  @Property({ type: 'date', nullable: true })
  handedOverOn: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}
