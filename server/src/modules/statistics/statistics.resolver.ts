import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { RoleRequired } from '../../platform/authz/access';
import type { RequestContext } from '../../platform/context';
import { coordinationStatistics } from './coordination-statistics.service';
import { DataQuality, dataQuality, DataQualityInput } from './data-quality.service';
import { FigureRecords, figureRecords, FigureRecordsInput } from './figure-records';
import { protectionStatistics } from './protection-statistics.service';
import { ProtectionStatistics, ProtectionStatisticsInput } from './protection-statistics.types';
import { referralStatistics } from './referral-statistics.service';
import { StatisticsMechanism, statisticsMechanisms } from './statistics-mechanisms';
import { STATISTICS_ROLES } from './statistics.policy';
import {
  CoordinationStatistics,
  CoordinationStatisticsInput,
  ReferralStatistics,
  ReferralStatisticsInput,
} from './statistics.types';

@Resolver()
export class StatisticsResolver {
  @RoleRequired(...STATISTICS_ROLES)
  @Query(() => ReferralStatistics, {
    description: 'Referral figures of a scope and period, after disclosure control (suppressed counts are null)',
  })
  referralStatistics(
    @Arg('input', () => ReferralStatisticsInput) input: ReferralStatisticsInput,
    @Ctx() context: RequestContext,
  ): Promise<ReferralStatistics> {
    return referralStatistics(context, input);
  }

  @RoleRequired(...STATISTICS_ROLES)
  @Query(() => CoordinationStatistics, {
    description: 'Meetings held, decisions and action items of a scope and period, after disclosure control',
  })
  coordinationStatistics(
    @Arg('input', () => CoordinationStatisticsInput) input: CoordinationStatisticsInput,
    @Ctx() context: RequestContext,
  ): Promise<CoordinationStatistics> {
    return coordinationStatistics(context, input);
  }

  @RoleRequired(...STATISTICS_ROLES)
  @Query(() => [StatisticsMechanism], {
    description: 'The mechanisms the caller may ask figures of (all of them for a STATISTICIAN), with crossing points',
  })
  statisticsMechanisms(@Ctx() context: RequestContext): Promise<StatisticsMechanism[]> {
    return statisticsMechanisms(context);
  }

  @RoleRequired(...STATISTICS_ROLES)
  @Query(() => DataQuality, {
    description: 'Completeness, timeliness and consistency of the referrals in a scope and period, as counts',
  })
  referralDataQuality(
    @Arg('input', () => DataQualityInput) input: DataQualityInput,
    @Ctx() context: RequestContext,
  ): Promise<DataQuality> {
    return dataQuality(context, input);
  }

  @RoleRequired(...STATISTICS_ROLES)
  @Query(() => ProtectionStatistics, {
    description: 'Survivors, referrals to services, durable solutions and consent withdrawals, always controlled',
  })
  protectionStatistics(
    @Arg('input', () => ProtectionStatisticsInput) input: ProtectionStatisticsInput,
    @Ctx() context: RequestContext,
  ): Promise<ProtectionStatistics> {
    return protectionStatistics(context, input);
  }

  @RoleRequired(...STATISTICS_ROLES)
  @Query(() => FigureRecords, {
    description: 'The referrals behind a referral figure or data-quality indicator that the caller may open',
  })
  figureRecords(
    @Arg('input', () => FigureRecordsInput) input: FigureRecordsInput,
    @Ctx() context: RequestContext,
  ): Promise<FigureRecords> {
    return figureRecords(context, input);
  }
}
