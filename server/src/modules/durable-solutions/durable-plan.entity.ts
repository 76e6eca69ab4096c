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
import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency, User } from '../identity';
import { Survivor } from '../protection';
import {
  CriterionStatus,
  DurableCriterion,
  DurablePlanOutcome,
  DurablePlanStatus,
  DurableSolution,
} from './durable-solutions.enums';

/**
 * A survivor's durable-solutions plan: one per survivor, held by the survivor's holding agency and owned by its
 * case worker. The person's own stated wishes are personal data, sealed with the survivor's data key
 * (durable-wishes.ts). After a hand-over the receiving organisation is the partner (co-owner for reintegration)
 * and may hold the lead.
 */
@ObjectType({ description: "A survivor's durable-solutions plan on the IASC criteria" })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'durable_plan' })
@Unique({ name: 'durable_plan_one_per_survivor', properties: ['survivor'] })
@Index({ name: 'durable_plan_holding', properties: ['holdingAgency', 'status'] })
@Check({
  name: 'durable_plan_closed_with_outcome',
  expression: "((status = 'CLOSED') = (outcome IS NOT NULL AND closure_reason IS NOT NULL))",
})
export class DurablePlan {
  [OptionalProps]?: 'id' | 'status' | 'createdAt' | 'updatedAt' | 'outcome' | 'closureReason' | 'closedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Survivor, { ref: true, deleteRule: 'cascade' })
  survivor!: Ref<Survivor>;

  /** The survivor's holding agency, copied so rules decide on the row itself. */
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  holdingAgency!: Ref<Agency>;

  /** The holding agency's case worker who owns the plan. */
  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', index: true })
  caseWorker!: Ref<User>;

  /** After a hand-over: the receiving organisation, co-owner of the plan for reintegration. */
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict', nullable: true, index: true })
  partnerAgency: Ref<Agency> | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true, index: true })
  partnerCaseWorker: Ref<User> | null = null;

  /** Who holds the lead: the holding agency until a hand-over moves it. */
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  leadAgency!: Ref<Agency>;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  handedOverAt: Date | null = null;

  @Field(() => DurableSolution)
  @Enum({ items: () => DurableSolution, nativeEnumName: 'durable_solution' })
  solution!: DurableSolution;

  @Field(() => DurablePlanStatus)
  @Enum({ items: () => DurablePlanStatus, nativeEnumName: 'durable_plan_status', default: DurablePlanStatus.OPEN })
  status: DurablePlanStatus = DurablePlanStatus.OPEN;

  @Field(() => DurablePlanOutcome, { nullable: true })
  @Enum({ items: () => DurablePlanOutcome, nativeEnumName: 'durable_plan_outcome', nullable: true })
  outcome: DurablePlanOutcome | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 1000, nullable: true })
  closureReason: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  /** The person's own stated wishes, in their words, sealed with the survivor's data key. */
  @Property({ type: 'blob', hidden: true })
  sealedWishes!: Buffer;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Where a plan stands on one criterion now; each change is also kept as a CriterionAssessment. */
@ObjectType({ description: 'The current entry of a plan for one IASC criterion' })
@Entity({ tableName: 'durable_plan_criterion' })
@Unique({ name: 'durable_plan_criterion_unique', properties: ['plan', 'criterion'] })
export class PlanCriterion {
  [OptionalProps]?: 'id' | 'status' | 'evidence' | 'responsibleOrganisation' | 'assessedOn' | 'assessedBy';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => DurablePlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<DurablePlan>;

  @Field(() => DurableCriterion)
  @Enum({ items: () => DurableCriterion, nativeEnumName: 'durable_criterion' })
  criterion!: DurableCriterion;

  @Field(() => CriterionStatus)
  @Enum({ items: () => CriterionStatus, nativeEnumName: 'criterion_status', default: CriterionStatus.NOT_STARTED })
  status: CriterionStatus = CriterionStatus.NOT_STARTED;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  evidence: string | null = null;

  @Field(() => String, { nullable: true, description: 'The organisation responsible for this criterion' })
  @Property({ type: 'string', length: 200, nullable: true })
  responsibleOrganisation: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @Property({ type: 'date', nullable: true })
  assessedOn: string | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  assessedBy: Ref<User> | null = null;

  /** Whose entry this is: the holding agency's, or after a hand-over possibly the partner's. */
  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  entryAgency!: Ref<Agency>;
}

/** One assessment of one criterion, append-only: the plan's history over time. */
@ObjectType({ description: 'An assessment of one criterion, as recorded (the history of the plan)' })
@Entity({ tableName: 'durable_criterion_assessment' })
@Index({ properties: ['plan', 'recordedAt'] })
export class CriterionAssessment {
  [OptionalProps]?: 'id' | 'recordedAt' | 'evidence' | 'responsibleOrganisation';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => DurablePlan, { ref: true, deleteRule: 'cascade' })
  plan!: Ref<DurablePlan>;

  @Field(() => DurableCriterion)
  @Enum({ items: () => DurableCriterion, nativeEnumName: 'durable_criterion' })
  criterion!: DurableCriterion;

  @Field(() => CriterionStatus)
  @Enum({ items: () => CriterionStatus, nativeEnumName: 'criterion_status' })
  status!: CriterionStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  evidence: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  responsibleOrganisation: string | null = null;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  assessedOn!: string;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  assessedBy!: Ref<User>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Field(() => Date)
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();
}
