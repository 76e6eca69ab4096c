import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency, User } from '../identity';
import type { AgendaItem } from './agenda-item.entity';
import type { Meeting } from './meeting.entity';

/**
 * A focal point's (or the secretariat's) comment on one agenda item of circulated minutes, possibly a reply
 * to another comment of the same item. Kept after approval; never edited.
 */
@ObjectType({ description: 'A comment on circulated minutes, per agenda item, threaded' })
@Entity({ tableName: 'minutes_comment' })
@Index({ properties: ['meeting', 'createdAt'] })
export class MinutesComment {
  [OptionalProps]?: 'id' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne('Meeting', { ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @ManyToOne('AgendaItem', { ref: true, deleteRule: 'cascade' })
  agendaItem!: Ref<AgendaItem>;

  @ManyToOne('MinutesComment', { ref: true, deleteRule: 'cascade', nullable: true })
  replyTo?: Ref<MinutesComment> | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  author!: Ref<User>;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  authorAgency!: Ref<Agency>;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
