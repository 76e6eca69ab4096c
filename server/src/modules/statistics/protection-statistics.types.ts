import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ProtectionDimension, StatisticsScope } from './statistics.enums';
import { CoordinationStatisticsInput, StatisticsCell } from './statistics.types';

@ObjectType({ description: 'A one-way table of protection figures; cells add up to its total unless multi-valued' })
export class ProtectionTable {
  @Field(() => ProtectionDimension)
  dimension!: ProtectionDimension;

  @Field(() => Boolean, {
    description: 'EXPLOITATION and CRITERION_MET: one record may count in several cells, so they do not add up',
  })
  multiValued!: boolean;

  @Field(() => [StatisticsCell])
  cells!: StatisticsCell[];
}

@ObjectType({
  description:
    'Protection figures of a scope and period from de-identified columns only, always after disclosure control',
})
export class ProtectionStatistics {
  @Field(() => StatisticsScope)
  scope!: StatisticsScope;

  @Field(() => Int)
  threshold!: number;

  @Field(() => StatisticsCell, { description: 'Survivors registered in the period' })
  survivors!: StatisticsCell;

  @Field(() => StatisticsCell, { description: 'Referrals to services sent in the period' })
  serviceReferrals!: StatisticsCell;

  @Field(() => StatisticsCell, { description: 'Durable-solution plans opened in the period' })
  durablePlans!: StatisticsCell;

  @Field(() => StatisticsCell, { description: 'Consents withdrawn in the period' })
  consentWithdrawals!: StatisticsCell;

  @Field(() => [ProtectionTable])
  tables!: ProtectionTable[];
}

@InputType({
  description:
    "Scope, period and disclosure level; AGENCY: the caller's agency; MECHANISM: survivors referred to services " +
    'through it. Never exact: protection figures are always controlled',
})
export class ProtectionStatisticsInput extends CoordinationStatisticsInput {}
