import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import { Role } from '../../platform/authz/roles';
import type { RequestContext } from '../../platform/context';
import { CASELOAD_ROLES } from './protection.policy';
import {
  INDICATOR_CATEGORY,
  IndicatorCategory,
  Screening,
  ScreeningAnswer,
  ScreeningConclusion,
  SCREENING_FORM_VERSION,
  ScreeningIndicator,
} from './screening.form';
import { recordScreening } from './screening.service';
import { openPersonalData } from './survivor-sealing';
import { Survivor } from './survivor.entity';

@InputType({ description: 'A screening as the case worker completed it' })
export class ScreeningInput {
  @Field(() => [ScreeningAnswer], { description: 'Every indicator of the form, once' })
  answers!: ScreeningAnswer[];

  @Field(() => ScreeningConclusion)
  conclusion!: ScreeningConclusion;

  @Field(() => String, { description: "The case worker's reasons: 10 to 2,000 characters" })
  conclusionNotes!: string;

  @Field(() => String, { nullable: true, description: 'Where, e.g. a border post; at most 200 characters' })
  place?: string | null;
}

@ObjectType({ description: 'An indicator of the screening form and its group' })
export class ScreeningFormIndicator {
  @Field(() => ScreeningIndicator)
  indicator!: ScreeningIndicator;

  @Field(() => IndicatorCategory)
  category!: IndicatorCategory;
}

@ObjectType({ description: 'The current trafficking-indicator screening form' })
export class ScreeningForm {
  @Field(() => Int)
  version!: number;

  @Field(() => [ScreeningFormIndicator])
  indicators!: ScreeningFormIndicator[];
}

/** Screenings: the form, recording one, and the survivor's screenings (personal data, behind the guard). */
@Resolver(() => Survivor)
export class ScreeningResolver {
  // Not personal data: also for liaison officers, who screen at border posts (referrals to protection).
  @RoleRequired(...CASELOAD_ROLES, Role.LIAISON_OFFICER)
  @Query(() => ScreeningForm, { description: 'The indicators of the current screening form, by group' })
  screeningForm(): ScreeningForm {
    return {
      version: SCREENING_FORM_VERSION,
      indicators: (Object.keys(INDICATOR_CATEGORY) as ScreeningIndicator[]).map((indicator) => ({
        indicator,
        category: INDICATOR_CATEGORY[indicator],
      })),
    };
  }

  @RoleRequired(...CASELOAD_ROLES)
  @Mutation(() => Survivor, { description: "Records a screening in a survivor's record (sealed)" })
  recordScreening(
    @Arg('survivorId', () => ID) survivorId: string,
    @Arg('input', () => ScreeningInput) input: ScreeningInput,
    @Ctx() context: RequestContext,
  ) {
    return recordScreening(context, survivorId, input);
  }

  @FieldResolver(() => [Screening], { nullable: true, description: 'Trafficking-indicator screenings, oldest first' })
  screenings(@Root() survivor: Survivor, @Ctx() context: RequestContext): Screening[] {
    return openPersonalData(context.config.encryption, survivor).screenings ?? [];
  }
}
