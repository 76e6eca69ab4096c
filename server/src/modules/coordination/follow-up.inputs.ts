import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { ActionPriority, ActionStatus } from './follow-up.enums';

export const FOLLOW_UP_LIMITS = { decisionText: 4_000, actionTitle: 300, update: 2_000 } as const;

@InputType({ description: 'An action item assigned at a meeting' })
export class ActionItemInput {
  @Field(() => String, { description: `At most ${FOLLOW_UP_LIMITS.actionTitle} characters` })
  title!: string;

  @Field(() => ID, { description: 'A member agency of the mechanism' })
  ownerAgencyId!: string;

  @Field(() => ID, { nullable: true, description: 'A person of the owner agency' })
  ownerUserId?: string | null;

  @Field(() => GraphQLLocalDate, { description: "Due by the end of this day in the owner agency's time zone" })
  dueDate!: string;

  @Field(() => ActionPriority)
  priority!: ActionPriority;

  @Field(() => ID, { nullable: true, description: 'The decision it carries out' })
  decisionId?: string | null;
}

@InputType({ description: "What the follow-up board shows: a mechanism's action items, narrowed" })
export class FollowUpFilter {
  @Field(() => ID, { nullable: true })
  ownerAgencyId?: string | null;

  @Field(() => ID, { nullable: true })
  meetingId?: string | null;

  @Field(() => ID, { nullable: true })
  decisionId?: string | null;

  @Field(() => [ActionStatus], { nullable: true })
  statuses?: ActionStatus[] | null;

  @Field(() => Boolean, { defaultValue: false })
  overdueOnly!: boolean;
}
