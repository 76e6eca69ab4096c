import type { FilterQuery } from '@mikro-orm/core';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { accessibleWhereFor } from '../../platform/authz/accessible-where';
import type { RequestContext } from '../../platform/context';
import { forbidden } from '../../platform/graphql/errors';
import { Referral } from '../referrals';
import { countDataQuality } from './data-quality-sources';
import { aggregatePlan } from './referral-aggregates.query';
import { periodCondition, ruleFor, scopeCondition } from './referral-statistics.service';
import { CellSuppression } from './statistics.enums';
import { ReferralStatisticsInput } from './statistics.types';

@InputType({ description: 'The same scope, period and disclosure level as referralStatistics' })
export class DataQualityInput extends ReferralStatisticsInput {}

@ObjectType({ description: 'How many of the referrals an indicator applies to have the problem it measures' })
export class DataQualityIndicator {
  @Field(() => String, {
    description:
      'CROSSING_POINT_MISSING, INCIDENT_DATE_MISSING, LOCATION_MISSING, NO_PERSON_RECORDED, CATEGORY_OTHER, ' +
      'ACKNOWLEDGED_LATE, NOT_ACKNOWLEDGED_PAST_DEADLINE, CLOSED_WITHOUT_OUTCOME, DECLINED_WITHOUT_REASON',
  })
  indicator!: string;

  @Field(() => Int, { description: 'The referrals the indicator applies to (e.g. the closed ones)' })
  base!: number;

  @Field(() => Int, { nullable: true, description: 'Those with the problem; null when suppressed' })
  flagged!: number | null;

  @Field(() => CellSuppression, { nullable: true })
  suppression!: CellSuppression | null;

  @Field(() => Float, { nullable: true, description: 'flagged / base, when both are published and base > 0' })
  share!: number | null;
}

@ObjectType()
export class DataQuality {
  @Field(() => Int)
  threshold!: number;

  @Field(() => [DataQualityIndicator])
  indicators!: DataQualityIndicator[];
}

/**
 * Data-quality indicators of the referrals the caller may count, in the scope and period asked for. An agency
 * reading its own may have them exactly; otherwise a small count of flagged referrals (1 to threshold - 1) and
 * one whose complement (base - flagged) is that small are hidden, since both would single out a few records.
 */
export async function dataQuality(context: RequestContext, input: DataQualityInput): Promise<DataQuality> {
  const scope = scopeCondition(context, input);
  const permitted = accessibleWhereFor(context.ability, 'count', 'ReferralFigures', Referral, context.em.getMetadata());
  if (permitted === null) throw forbidden();
  periodCondition(input); // refuses an empty period
  // Whole months from the counters the triggers keep, the rest row by row (ADR 0056).
  const plan = aggregatePlan(context.ability, { ...input, agencyId: context.actor!.agencyId });
  const { rows } = await countDataQuality(
    context.em,
    { $and: [permitted, scope] } as FilterQuery<Referral>,
    input,
    plan,
  );
  const { threshold } = ruleFor(input);
  const small = (n: number) => n > 0 && n < threshold;
  return {
    threshold,
    indicators: rows.map((row) => {
      const hidden = small(row.flagged) || small(row.base - row.flagged);
      return {
        indicator: row.indicator,
        base: row.base,
        flagged: hidden ? null : row.flagged,
        suppression: hidden ? CellSuppression.PRIMARY : null,
        share: hidden || row.base === 0 ? null : row.flagged / row.base,
      };
    }),
  };
}
