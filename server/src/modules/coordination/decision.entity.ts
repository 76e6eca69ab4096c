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
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Mechanism, User } from '../identity';
import type { AgendaItem } from './agenda-item.entity';
import { DecisionStatus } from './follow-up.enums';
import type { Meeting } from './meeting.entity';

/**
 * A decision a mechanism took at a meeting, numbered per mechanism and year without gaps (`GT-MX-2026-D07`,
 * platform/numbering/gap-free-counter.ts). In force until superseded by a later decision or revoked.
 */
@ObjectType({ description: 'A decision of a mechanism, numbered per mechanism and year' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'decision' })
@Unique({ properties: ['mechanism', 'year', 'number'] })
@Index({ properties: ['meeting'] })
@Check({
  name: 'decision_superseded_by_another',
  expression: "(status = 'SUPERSEDED') = (superseded_by_id is not null)",
})
export class Decision {
  [OptionalProps]?: 'id' | 'status' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'restrict' })
  mechanism!: Ref<Mechanism>;

  @ManyToOne('Meeting', { ref: true, deleteRule: 'restrict' })
  meeting!: Ref<Meeting>;

  @ManyToOne('AgendaItem', { ref: true, deleteRule: 'set null', nullable: true })
  agendaItem?: Ref<AgendaItem> | null;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => String, { description: 'e.g. GT-MX-2026-D07' })
  @Property({ type: 'string', length: 40, unique: true })
  reference!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  text!: string;

  @Field(() => DecisionStatus)
  @Enum({ items: () => DecisionStatus, nativeEnumName: 'decision_status', default: DecisionStatus.IN_FORCE })
  status: DecisionStatus = DecisionStatus.IN_FORCE;

  @ManyToOne('Decision', { ref: true, deleteRule: 'restrict', nullable: true })
  supersededBy?: Ref<Decision> | null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => [String])
  restrictedFields?: string[];
}
