import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../../../platform/graphql/connection';
import { ActionItem } from '../action-item.entity';
import { FollowUpFilter } from '../follow-up.inputs';

export enum FollowUpSort {
  /** Soonest due first. */
  DUE = 'DUE',
  /** High priority first, then soonest due. */
  PRIORITY = 'PRIORITY',
  /** Most recently assigned first. */
  NEWEST = 'NEWEST',
}
registerEnumType(FollowUpSort, { name: 'FollowUpSort', description: 'Orders of the follow-up board' });

@ObjectType({ description: 'A page of action items of the follow-up board' })
export class ActionItemConnection extends ConnectionType(ActionItem) {
  @Field(() => Int, { description: 'How many action items match the filter' })
  totalCount!: number;
}

@ArgsType()
export class FollowUpPageArgs extends ConnectionArgs {
  @Field(() => ID)
  mechanismId!: string;

  @Field(() => FollowUpFilter, { nullable: true })
  filter?: FollowUpFilter | null;

  @Field(() => FollowUpSort, { defaultValue: FollowUpSort.DUE })
  sort: FollowUpSort = FollowUpSort.DUE;
}

@ObjectType({ description: 'Open and overdue actions of a mechanism assigned at one meeting or under one decision' })
export class GroupActionCount {
  @Field(() => ID, { description: 'The meeting or decision' })
  id!: string;

  @Field(() => String, { description: "The meeting's title or the decision's reference" })
  label!: string;

  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  overdue!: number;
}
