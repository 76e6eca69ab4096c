import { OptionalProps, Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { User } from '../identity';
import type { Meeting } from './meeting.entity';

/** The minutes of one agenda item as they stood in an approved revision. */
@ObjectType({ description: 'The minutes of one agenda item in a revision' })
export class RevisedItem {
  @Field(() => ID)
  agendaItemId!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  minutes!: string;
}

/**
 * An approved text of a meeting's minutes, kept whole and never changed: revision 1 is what was approved, each
 * correction after approval adds the next number with its reason. Old revisions stay readable and comparable.
 */
@ObjectType({ description: "An approved revision of a meeting's minutes" })
@Entity({ tableName: 'minutes_revision' })
@Unique({ properties: ['meeting', 'number'] })
export class MinutesRevision {
  [OptionalProps]?: 'id';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne('Meeting', { ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  number!: number;

  @Field(() => String, { nullable: true, description: 'Why a correction was made; null for the first approval' })
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  approvedAt!: Date;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  approvedBy!: Ref<User>;

  @Field(() => [RevisedItem])
  @Property({ type: 'json' })
  items!: RevisedItem[];
}
