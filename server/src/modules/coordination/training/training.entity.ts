import {
  ArrayType,
  Check,
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../../platform/ids';
import { Agency, Mechanism, User } from '../../identity';

/** A training the mechanism delivered: what, when, where, by whom, to how many of each member agency. */
@ObjectType({ description: 'A training delivered by a mechanism' })
@Entity({ tableName: 'training' })
@Index({ properties: ['mechanism', 'heldOn'] })
export class Training {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'materialIds' | 'summary';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'restrict' })
  mechanism!: Ref<Mechanism>;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  topic!: string;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  heldOn!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  place!: string;

  @Field(() => [String])
  @Property({ type: ArrayType, columnType: 'text[]' })
  trainers!: string[];

  @Field(() => String)
  @Property({ type: 'text', default: '' })
  summary: string = '';

  /** Library documents of the same mechanism used as materials (each read within its handling code). */
  @Property({ type: ArrayType, columnType: 'uuid[]', defaultRaw: "'{}'" })
  materialIds: string[] = [];

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** How many people of one member agency took part in a training, by sex. */
@ObjectType({ description: 'Participants of one agency in a training, by sex' })
@Entity({ tableName: 'training_participation' })
@Unique({ properties: ['training', 'agency'] })
@Check({ name: 'training_participation_counts', expression: 'female >= 0 and male >= 0 and other_or_not_stated >= 0' })
export class TrainingParticipation {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Training, { ref: true, deleteRule: 'cascade' })
  training!: Ref<Training>;

  /** The training's mechanism, so row-level security reads one column. */
  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'restrict' })
  mechanism!: Ref<Mechanism>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  agency!: Ref<Agency>;

  @Field(() => Int)
  @Property({ type: 'int' })
  female!: number;

  @Field(() => Int)
  @Property({ type: 'int' })
  male!: number;

  @Field(() => Int)
  @Property({ type: 'int' })
  otherOrNotStated!: number;
}
