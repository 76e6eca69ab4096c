import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency, User } from '../identity';
import type { ActionItem } from './action-item.entity';
import { ActionStatus } from './follow-up.enums';

/** A progress note the owner agency posted on its action item, possibly moving its status. Never edited. */
@ObjectType({ description: 'Progress on an action item, posted by its owner agency' })
@Entity({ tableName: 'action_update' })
@Index({ properties: ['actionItem', 'createdAt'] })
export class ActionUpdate {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne('ActionItem', { ref: true, deleteRule: 'cascade' })
  actionItem!: Ref<ActionItem>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  author!: Ref<User>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  authorAgency!: Ref<Agency>;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => ActionStatus, { nullable: true, description: 'The status the update moved the action to' })
  @Enum({ items: () => ActionStatus, nativeEnumName: 'action_status', nullable: true })
  statusTo?: ActionStatus | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
