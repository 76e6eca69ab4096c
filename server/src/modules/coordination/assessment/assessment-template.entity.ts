import { Entity, Index, JsonType, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../../platform/ids';
import { Mechanism, User } from '../../identity';

/** A question of a checklist: its key (`s1.q2`) is stable within the template or assessment that holds it. */
@ObjectType('AssessmentQuestion')
export class AssessmentQuestion {
  @Field(() => String, { description: 'Stable within its checklist, e.g. s1.q2' })
  key!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType('AssessmentSection')
export class AssessmentSection {
  @Field(() => String)
  title!: string;

  @Field(() => [AssessmentQuestion])
  questions!: AssessmentQuestion[];
}

/** A mechanism's checklist for assessing a crossing point or a border section, kept by its secretariat. */
@ObjectType({ description: "A mechanism's assessment checklist: sections of questions scored 1-4" })
@Entity({ tableName: 'assessment_template' })
@Index({ properties: ['mechanism', 'title'] })
export class AssessmentTemplate {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'restrict' })
  mechanism!: Ref<Mechanism>;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => [AssessmentSection])
  @Property({ type: JsonType, columnType: 'jsonb' })
  sections!: AssessmentSection[];

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
