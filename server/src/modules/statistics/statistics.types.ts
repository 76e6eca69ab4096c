import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CellSuppression, DisclosureLevel, ReferralDimension, StatisticsScope } from './statistics.enums';

@ObjectType({ description: 'One figure after disclosure control: a suppressed count is null, never zero' })
export class StatisticsCell {
  @Field(() => String, { description: 'The category, country code, month (YYYY-MM), id... the row stands for' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'For a nested row (a crossing point): its parent key' })
  parent?: string | null;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => CellSuppression, { nullable: true })
  suppression!: CellSuppression | null;
}

@ObjectType({ description: 'A one-way table of referral counts; its cells add up to the total (suppressed ones too)' })
export class StatisticsTable {
  @Field(() => ReferralDimension)
  dimension!: ReferralDimension;

  @Field(() => [StatisticsCell])
  cells!: StatisticsCell[];
}

@ObjectType({
  description:
    'How long a step took, in hours: median and 90th percentile over `count` referrals. Whole months are read ' +
    'from a histogram with buckets 1 % wide: each percentile is within 0.5 % of (the exact value + 1 minute)',
})
export class DurationFigure {
  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Float, { nullable: true })
  medianHours!: number | null;

  @Field(() => Float, { nullable: true })
  p90Hours!: number | null;
}

@ObjectType({ description: 'Referral statistics of one scope and period, publication-safe' })
export class ReferralStatistics {
  @Field(() => StatisticsScope)
  scope!: StatisticsScope;

  @Field(() => Int, { description: 'Counts below this were suppressed (1: exact, an agency reading its own)' })
  threshold!: number;

  @Field(() => StatisticsCell)
  total!: StatisticsCell;

  @Field(() => [StatisticsTable])
  tables!: StatisticsTable[];

  @Field(() => StatisticsCell, { description: 'Referrals whose running deadline has passed (referral-overdue.ts)' })
  overdue!: StatisticsCell;

  @Field(() => Float, { nullable: true, description: 'overdue / total, when both are published' })
  overdueShare!: number | null;

  @Field(() => DurationFigure, { description: 'From sending to acknowledgement' })
  timeToAcknowledge!: DurationFigure;

  @Field(() => DurationFigure, { description: 'From sending to acceptance or decline' })
  timeToAnswer!: DurationFigure;
}

@InputType()
export class ReferralStatisticsInput {
  @Field(() => StatisticsScope)
  scope!: StatisticsScope;

  @Field(() => ID, { nullable: true, description: 'Required for scope MECHANISM' })
  mechanismId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Referrals sent at or after this moment' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Referrals sent before this moment' })
  to?: Date | null;

  @Field(() => DisclosureLevel, { nullable: true, defaultValue: DisclosureLevel.STANDARD })
  disclosure?: DisclosureLevel | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "Exact counts: only for scope AGENCY (an agency's own operational figures)",
  })
  exact?: boolean | null;
}

@ObjectType({ description: 'A table with its total, after disclosure control' })
export class FigureTable {
  @Field(() => StatisticsCell)
  total!: StatisticsCell;

  @Field(() => [StatisticsCell])
  cells!: StatisticsCell[];
}

@ObjectType({ description: 'Coordination figures of a scope and period: the work of the mechanisms' })
export class CoordinationStatistics {
  @Field(() => StatisticsScope)
  scope!: StatisticsScope;

  @Field(() => Int)
  threshold!: number;

  @Field(() => FigureTable, { description: 'Meetings that ended, started in the period, by kind' })
  meetingsHeld!: FigureTable;

  @Field(() => FigureTable, { description: 'Decisions recorded in the period, by status' })
  decisions!: FigureTable;

  @Field(() => FigureTable, {
    description:
      'Action items due in the period: DONE_ON_TIME, DONE_LATE, DONE_UNDATED, OPEN_OVERDUE, OPEN_NOT_DUE, CANCELLED',
  })
  actions!: FigureTable;
}

@InputType()
export class CoordinationStatisticsInput {
  @Field(() => StatisticsScope, { description: "AGENCY: the mechanisms of the caller's agency" })
  scope!: StatisticsScope;

  @Field(() => ID, { nullable: true, description: 'Required for scope MECHANISM' })
  mechanismId?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;

  @Field(() => DisclosureLevel, { nullable: true, defaultValue: DisclosureLevel.STANDARD })
  disclosure?: DisclosureLevel | null;
}
