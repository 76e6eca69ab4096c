import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ActionPriority } from '../follow-up.enums';
import { ASSESSMENT_LIMITS as L } from './assessment.enums';

@InputType({ description: 'A section of a checklist: a title and its questions' })
export class AssessmentSectionInput {
  @Field(() => String, { description: `At most ${L.sectionTitle} characters` })
  title!: string;

  @Field(() => [String], { description: `At most ${L.questionsPerSection} questions of ${L.question} characters` })
  questions!: string[];
}

@InputType({ description: 'A checklist template: a title and its sections' })
export class AssessmentTemplateInput {
  @Field(() => String, { description: `At most ${L.title} characters` })
  title!: string;

  @Field(() => [AssessmentSectionInput], { description: `At most ${L.sections} sections` })
  sections!: AssessmentSectionInput[];
}

@InputType({ description: 'What is assessed, when and by whom (the checklist is given when it is started)' })
export class AssessmentInput {
  @Field(() => String, { description: `The crossing point or border section, at most ${L.place} characters` })
  place!: string;

  @Field(() => GraphQLLocalDate)
  assessedOn!: string;

  @Field(() => [String], { description: `At most ${L.assessors} names of ${L.assessor} characters` })
  assessors!: string[];
}

@InputType({ description: 'The answer to one question' })
export class AssessmentAnswerInput {
  @Field(() => String)
  questionKey!: string;

  @Field(() => Int, { nullable: true, description: '1 to 4; null: not scored yet' })
  score?: number | null;

  @Field(() => String, { defaultValue: '', description: `At most ${L.comment} characters` })
  comment!: string;
}

@InputType({ description: 'A recommendation: with its id to keep it (and its action), without to add one' })
export class AssessmentRecommendationInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, { description: `At most ${L.recommendation} characters` })
  text!: string;
}

@InputType({ description: 'Everything the assessment form saves at once (a draft only)' })
export class AssessmentContentInput extends AssessmentInput {
  @Field(() => [AssessmentAnswerInput])
  answers!: AssessmentAnswerInput[];

  @Field(() => String, { description: `At most ${L.findings} characters` })
  findings!: string;

  @Field(() => [AssessmentRecommendationInput], { description: `At most ${L.recommendations}` })
  recommendations!: AssessmentRecommendationInput[];
}

@InputType({ description: 'The action item a recommendation becomes' })
export class RecommendationActionInput {
  @Field(() => ID, { description: 'A member agency of the mechanism' })
  ownerAgencyId!: string;

  @Field(() => ID, { nullable: true, description: 'A person of the owner agency' })
  ownerUserId?: string | null;

  @Field(() => GraphQLLocalDate, { description: "Due by the end of this day in the owner agency's time zone" })
  dueDate!: string;

  @Field(() => ActionPriority)
  priority!: ActionPriority;

  @Field(() => String, {
    nullable: true,
    description: 'The action title; the recommendation text (cut to 300) when omitted',
  })
  title?: string | null;
}
