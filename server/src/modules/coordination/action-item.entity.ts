import {
  Entity,
  Enum,
  Formula,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { uuidv7 } from '../../platform/ids';
import { Agency, Mechanism, User } from '../identity';
import type { Decision } from './decision.entity';
import { ActionPriority, ActionStatus } from './follow-up.enums';
import type { Meeting } from './meeting.entity';

/**
 * The end of an action's due date in its owner agency's time zone, in SQL: the one definition of when an action
 * falls due (an action due on 10 March owed by a Mexican agency is overdue from 11 March 00:00 in Mexico City).
 * Written into `due_at` whenever the due date or the owner changes (action-item.service.ts).
 */
export const DUE_AT_SQL = `((?::date + 1)::timestamp at time zone
  (select c.time_zone from agency a join country c on c.code = a.country_code where a.id = ?))`;

/** "Overdue": still owed and past the end of its due date. The one expression, used by entity and queries. */
export const overdueSql = (alias: string) =>
  `(${alias}.status in ('OPEN', 'IN_PROGRESS') and ${alias}.due_at <= now())`;

/** Something a member agency undertook at a meeting: what, by when, how urgent, and where it stands. */
@ObjectType({ description: 'An action item owed by a member agency' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'action_item' })
@Index({ properties: ['ownerAgency', 'status', 'dueAt'] })
@Index({ properties: ['mechanism', 'status', 'dueAt'] })
export class ActionItem {
  [OptionalProps]?: 'id' | 'status' | 'createdAt' | 'updatedAt' | 'overdue';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @ManyToOne(() => Mechanism, { ref: true, deleteRule: 'restrict' })
  mechanism!: Ref<Mechanism>;

  /** The meeting that assigned it; null for an action made of an assessment's recommendation. */
  @ManyToOne('Meeting', { ref: true, deleteRule: 'restrict', nullable: true })
  meeting?: Ref<Meeting> | null;

  @ManyToOne('Decision', { ref: true, deleteRule: 'set null', nullable: true })
  decision?: Ref<Decision> | null;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @ManyToOne(() => Agency, { ref: true, deleteRule: 'restrict' })
  ownerAgency!: Ref<Agency>;

  /** A person of the owner agency (users of other agencies are not in a reader's directory: id only). */
  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict', nullable: true })
  ownerUser?: Ref<User> | null;

  @Field(() => GraphQLLocalDate)
  @Property({ type: 'date' })
  dueDate!: string;

  /** The end of the due date in the owner agency's time zone (DUE_AT_SQL). */
  @Field(() => Date, { description: "The end of the due date in the owner agency's time zone" })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => ActionPriority)
  @Enum({ items: () => ActionPriority, nativeEnumName: 'action_priority' })
  priority!: ActionPriority;

  @Field(() => ActionStatus)
  @Enum({ items: () => ActionStatus, nativeEnumName: 'action_status', default: ActionStatus.OPEN })
  status: ActionStatus = ActionStatus.OPEN;

  @Field(() => Boolean, { description: 'Still owed after the end of its due date (computed by the database)' })
  @Formula((alias) => overdueSql(`${alias}`), { lazy: false })
  overdue?: boolean;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy!: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => [String])
  restrictedFields?: string[];
}
