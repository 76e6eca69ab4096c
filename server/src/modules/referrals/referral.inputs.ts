import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  HandlingCode,
  PersonSex,
  ReferralCategory,
  ReferralPersonRole,
  ReferralUrgency,
  SourceReliability,
} from './referral.enums';
import { IdentityDocument, Vehicle } from './referral-person.types';

@InputType({ description: 'A person involved, with what is known about them' })
export class ReferralPersonInput {
  @Field(() => ReferralPersonRole)
  role!: ReferralPersonRole;

  @Field(() => String, { nullable: true })
  givenNames?: string | null;

  @Field(() => String, { nullable: true })
  familyNames?: string | null;

  @Field(() => [String], { nullable: true })
  aliases?: string[] | null;

  @Field(() => PersonSex, { nullable: true })
  sex?: PersonSex | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => Int, { nullable: true })
  estimatedAge?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code' })
  nationality?: string | null;

  @Field(() => [IdentityDocument], { nullable: true })
  identityDocuments?: IdentityDocument[] | null;

  @Field(() => [String], { nullable: true })
  phones?: string[] | null;

  @Field(() => [Vehicle], { nullable: true })
  vehicles?: Vehicle[] | null;
}

/** The content of a referral the sender writes; shared by create and edit. */
@InputType({ description: 'What the sender writes in a referral draft' })
export class ReferralDraftInput {
  @Field(() => ID)
  receivingAgencyId!: string;

  @Field(() => ID, { description: 'The mechanism both agencies are active members of' })
  mechanismId!: string;

  @Field(() => ReferralCategory)
  category!: ReferralCategory;

  @Field(() => ReferralUrgency)
  urgency!: ReferralUrgency;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  narrative!: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  incidentDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'A crossing point of the mechanism' })
  crossingPointId?: string | null;

  @Field(() => String, { nullable: true })
  placeDescription?: string | null;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field(() => HandlingCode)
  handlingCode!: HandlingCode;

  @Field(() => SourceReliability)
  sourceReliability!: SourceReliability;

  @Field(() => Int, { description: '1 to 4' })
  informationAccuracy!: number;

  @Field(() => [ReferralPersonInput], { nullable: true })
  persons?: ReferralPersonInput[] | null;
}

@InputType({ description: 'Deadlines of one urgency, in minutes from sending' })
export class ReferralDeadlineInput {
  @Field(() => ReferralUrgency)
  urgency!: ReferralUrgency;

  @Field(() => Int)
  acknowledgeWithinMinutes!: number;

  @Field(() => Int)
  answerWithinMinutes!: number;
}
