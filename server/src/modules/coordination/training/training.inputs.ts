import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TRAINING_LIMITS as L } from '../assessment/assessment.enums';

@InputType({ description: 'Participants of one member agency, by sex' })
export class TrainingParticipationInput {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => Int, { description: `0 to ${L.participantsPerCount}` })
  female!: number;

  @Field(() => Int, { description: `0 to ${L.participantsPerCount}` })
  male!: number;

  @Field(() => Int, { description: `Other or not stated: 0 to ${L.participantsPerCount}` })
  otherOrNotStated!: number;
}

@InputType({ description: 'A training delivered by a mechanism' })
export class TrainingInput {
  @Field(() => String, { description: `At most ${L.topic} characters` })
  topic!: string;

  @Field(() => GraphQLLocalDate)
  heldOn!: string;

  @Field(() => String, { description: `At most ${L.place} characters` })
  place!: string;

  @Field(() => [String], { description: `At most ${L.trainers} names of ${L.trainer} characters` })
  trainers!: string[];

  @Field(() => String, { defaultValue: '', description: `At most ${L.summary} characters` })
  summary!: string;

  @Field(() => [TrainingParticipationInput], { description: `One per member agency, at most ${L.agencies}` })
  participants!: TrainingParticipationInput[];

  @Field(() => [ID], { description: `Library documents of the mechanism, at most ${L.materials}` })
  materialIds!: string[];
}
