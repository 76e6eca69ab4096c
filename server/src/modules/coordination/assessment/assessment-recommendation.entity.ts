import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../../platform/ids';
import { Mechanism } from '../../identity';
import type { ActionItem } from '../action-item.entity';
import type { Assessment } from './assessment.entity';

/** A recommendation of an assessment; made an action item, it links to it and counts as done when it is. */
@ObjectType({ description: 'A recommendation of an assessment' })
@Entity({ tableName: 'assessment_recommendation' })
@Index({ properties: ['assessment', 'position'] })
export class AssessmentRecommendation {
  [OptionalProps]?: 'id' | 'actionItem';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne('Assessment', { ref: true, deleteRule: 'cascade' })
  assessment!: Ref<Assessment>;

  /** Its assessment's mechanism, so row-level security reads one column. */
  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'restrict' })
  mechanism!: Ref<Mechanism>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @ManyToOne('ActionItem', { ref: true, deleteRule: 'set null', nullable: true })
  @Unique()
  actionItem?: Ref<ActionItem> | null;
}
