import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The groups of indicators, as the common practitioner tools group them. */
export enum IndicatorCategory {
  RECRUITMENT = 'RECRUITMENT',
  MOVEMENT = 'MOVEMENT',
  COERCION = 'COERCION',
  EXPLOITATION = 'EXPLOITATION',
  CONTROL = 'CONTROL',
}

/** Version 1 of the trafficking-indicator screening form: each indicator is answered yes, no or unknown. */
export enum ScreeningIndicator {
  DECEIVED_ABOUT_WORK = 'DECEIVED_ABOUT_WORK',
  DECEIVED_ABOUT_CONDITIONS = 'DECEIVED_ABOUT_CONDITIONS',
  RECRUITMENT_FEE_OR_DEBT = 'RECRUITMENT_FEE_OR_DEBT',
  TRAVEL_ARRANGED_BY_OTHERS = 'TRAVEL_ARRANGED_BY_OTHERS',
  FALSE_OR_OTHERS_DOCUMENTS = 'FALSE_OR_OTHERS_DOCUMENTS',
  MOVED_BETWEEN_PLACES = 'MOVED_BETWEEN_PLACES',
  THREATS_TO_SELF_OR_FAMILY = 'THREATS_TO_SELF_OR_FAMILY',
  PHYSICAL_OR_SEXUAL_VIOLENCE = 'PHYSICAL_OR_SEXUAL_VIOLENCE',
  DEBT_BONDAGE = 'DEBT_BONDAGE',
  FORCED_SEX_WORK = 'FORCED_SEX_WORK',
  FORCED_LABOUR = 'FORCED_LABOUR',
  FORCED_CRIMINAL_ACTIVITY = 'FORCED_CRIMINAL_ACTIVITY',
  UNPAID_OR_WAGES_WITHHELD = 'UNPAID_OR_WAGES_WITHHELD',
  DOCUMENTS_CONFISCATED = 'DOCUMENTS_CONFISCATED',
  MOVEMENT_RESTRICTED = 'MOVEMENT_RESTRICTED',
  ISOLATED_OR_MONITORED = 'ISOLATED_OR_MONITORED',
}

export enum IndicatorAnswer {
  YES = 'YES',
  NO = 'NO',
  UNKNOWN = 'UNKNOWN',
}

/**
 * The result of a screening, from the answers (screeningLevel): HIGH — exploitation and at least one means
 * (deceptive recruitment, coercion or control), or, for a child, exploitation alone (no means is needed for a
 * child); MEDIUM — exploitation without a means, or indicators of two or more groups; LOW — anything less.
 * The case worker's conclusion is recorded beside it and decides what happens next.
 */
export enum ScreeningLevel {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export enum ScreeningConclusion {
  POSSIBLE_VICTIM_REFER = 'POSSIBLE_VICTIM_REFER',
  FOLLOW_UP_NEEDED = 'FOLLOW_UP_NEEDED',
  NO_INDICATION = 'NO_INDICATION',
}

export const SCREENING_FORM_VERSION = 1;

export const INDICATOR_CATEGORY: Readonly<Record<ScreeningIndicator, IndicatorCategory>> = {
  DECEIVED_ABOUT_WORK: IndicatorCategory.RECRUITMENT,
  DECEIVED_ABOUT_CONDITIONS: IndicatorCategory.RECRUITMENT,
  RECRUITMENT_FEE_OR_DEBT: IndicatorCategory.RECRUITMENT,
  TRAVEL_ARRANGED_BY_OTHERS: IndicatorCategory.MOVEMENT,
  FALSE_OR_OTHERS_DOCUMENTS: IndicatorCategory.MOVEMENT,
  MOVED_BETWEEN_PLACES: IndicatorCategory.MOVEMENT,
  THREATS_TO_SELF_OR_FAMILY: IndicatorCategory.COERCION,
  PHYSICAL_OR_SEXUAL_VIOLENCE: IndicatorCategory.COERCION,
  DEBT_BONDAGE: IndicatorCategory.COERCION,
  FORCED_SEX_WORK: IndicatorCategory.EXPLOITATION,
  FORCED_LABOUR: IndicatorCategory.EXPLOITATION,
  FORCED_CRIMINAL_ACTIVITY: IndicatorCategory.EXPLOITATION,
  UNPAID_OR_WAGES_WITHHELD: IndicatorCategory.EXPLOITATION,
  DOCUMENTS_CONFISCATED: IndicatorCategory.CONTROL,
  MOVEMENT_RESTRICTED: IndicatorCategory.CONTROL,
  ISOLATED_OR_MONITORED: IndicatorCategory.CONTROL,
};

const MEANS = [IndicatorCategory.RECRUITMENT, IndicatorCategory.COERCION, IndicatorCategory.CONTROL];

/** The documented level of a screening's answers (see ScreeningLevel). One rule, used when recording. */
export function screeningLevel(
  answers: readonly { indicator: ScreeningIndicator; answer: IndicatorAnswer }[],
  child: boolean,
): ScreeningLevel {
  const groups = new Set(
    answers.filter((item) => item.answer === IndicatorAnswer.YES).map((item) => INDICATOR_CATEGORY[item.indicator]),
  );
  const exploitation = groups.has(IndicatorCategory.EXPLOITATION);
  if (exploitation && (child || MEANS.some((group) => groups.has(group)))) return ScreeningLevel.HIGH;
  if (exploitation || groups.size >= 2) return ScreeningLevel.MEDIUM;
  return ScreeningLevel.LOW;
}

@ObjectType('ScreeningAnswer')
@InputType('ScreeningAnswerInput')
export class ScreeningAnswer {
  @Field(() => ScreeningIndicator)
  indicator!: ScreeningIndicator;

  @Field(() => IndicatorAnswer)
  answer!: IndicatorAnswer;

  @Field(() => String, { nullable: true, description: 'At most 500 characters' })
  notes?: string | null;
}

/** One screening, as held (sealed) in the survivor's record; screenings are kept, newest last. */
@ObjectType({ description: 'A trafficking-indicator screening held in the survivor record (personal data)' })
export class Screening {
  @Field(() => Int, { description: 'The version of the form answered' })
  formVersion!: number;

  @Field(() => [ScreeningAnswer])
  answers!: ScreeningAnswer[];

  @Field(() => ScreeningLevel)
  level!: ScreeningLevel;

  @Field(() => ScreeningConclusion)
  conclusion!: ScreeningConclusion;

  @Field(() => String, { description: "The case worker's reasons" })
  conclusionNotes!: string;

  @Field(() => String, { nullable: true, description: 'Where it was done, e.g. a border post' })
  place!: string | null;

  @Field(() => String, { description: 'The id of the user who screened' })
  screenedBy!: string;

  @Field(() => String, { description: 'ISO 8601 instant' })
  screenedAt!: string;
}

registerEnumType(IndicatorCategory, { name: 'IndicatorCategory' });
registerEnumType(ScreeningIndicator, { name: 'ScreeningIndicator' });
registerEnumType(IndicatorAnswer, { name: 'IndicatorAnswer' });
registerEnumType(ScreeningLevel, {
  name: 'ScreeningLevel',
  description:
    'HIGH: exploitation and a means (deception, coercion or control), or exploitation of a child; MEDIUM: exploitation without a means, or indicators of two or more groups; LOW: less',
});
registerEnumType(ScreeningConclusion, { name: 'ScreeningConclusion' });
