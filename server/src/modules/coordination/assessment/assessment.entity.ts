import {
  ArrayType,
  Entity,
  Enum,
  Index,
  JsonType,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../../platform/ids';
import { Mechanism, User } from '../../identity';
import { AssessmentSection, AssessmentTemplate } from './assessment-template.entity';
import { AssessmentStatus } from './assessment.enums';

/** The answer to one question: a score 1-4 and a comment. */
@ObjectType('AssessmentAnswer')
export class AssessmentAnswer {
  @Field(() => String)
  questionKey!: string;

  @Field(() => Int, { nullable: true, description: '1 (not in place) to 4 (fully in place); null: not scored yet' })
  score!: number | null;

  @Field(() => String)
  comment!: string;
}

/**
 * An assessment of a crossing point or a border section against one of the mechanism's checklists. It keeps a
 * copy of the checklist's sections as they were when it was started (ADR 0047): a later change to the template
 * never changes what an assessment was answered on.
 */
@ObjectType({ description: 'An assessment of a crossing point or a border section' })
@Entity({ tableName: 'assessment' })
@Index({ properties: ['mechanism', 'assessedOn'] })
export class Assessment {
  [OptionalProps]?: 'id' | 'status' | 'createdAt' | 'updatedAt' | 'completedAt' | 'answers' | 'findings';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'restrict' })
  mechanism!: Ref<Mechanism>;

  @ManyToOne(() => AssessmentTemplate, { ref: true, deleteRule: 'restrict' })
  template!: Ref<AssessmentTemplate>;

  @Field(() => String, { description: 'The title of the checklist it was answered on' })
  @Property({ type: 'string', length: 200 })
  templateTitle!: string;

  @Field(() => String, { description: 'The crossing point or border section assessed' })
  @Property({ type: 'string', length: 200 })
  place!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  assessedOn!: string;

  @Field(() => [String])
  @Property({ type: ArrayType, columnType: 'text[]' })
  assessors!: string[];

  @Field(() => [AssessmentSection], { description: 'The questions as they were when the assessment began' })
  @Property({ type: JsonType, columnType: 'jsonb' })
  sections!: AssessmentSection[];

  @Field(() => [AssessmentAnswer])
  @Property({ type: JsonType, columnType: 'jsonb', defaultRaw: `'[]'` })
  answers: AssessmentAnswer[] = [];

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  findings: string = '';

  @Field(() => AssessmentStatus)
  @Enum({ items: () => AssessmentStatus, nativeEnumName: 'assessment_status', default: AssessmentStatus.DRAFT })
  status: AssessmentStatus = AssessmentStatus.DRAFT;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
