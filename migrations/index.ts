import type { MigrationObject } from '../server/src/platform/orm/migration';
import { Migration20261123162014Foundation } from './Migration20261123162014Foundation';
import { Migration20261123163145Identity } from './Migration20261123163145Identity';
import { Migration20261123163656AuditTrail } from './Migration20261123163656AuditTrail';
import { Migration20261123163941SignIn } from './Migration20261123163941SignIn';
import { Migration20261123164056Referrals } from './Migration20261123164056Referrals';
import { Migration20261123165602ReferralCollaboration } from './Migration20261123165602ReferralCollaboration';
import { Migration20261123180359ReferralInboxOrder } from './Migration20261123180359ReferralInboxOrder';
import { Migration20261123193129ReferralBoxCounts } from './Migration20261123193129ReferralBoxCounts';
import { Migration20261123193203ForwardRecipientsAndApiTokenAuthors } from './Migration20261123193203ForwardRecipientsAndApiTokenAuthors';
import { Migration20261123195041ForwardedToThirdAgencies } from './Migration20261123195041ForwardedToThirdAgencies';
import { Migration20261203225355MailDelivery } from './Migration20261203225355MailDelivery';
import { Migration20261204023000GapFreeCounters } from './Migration20261204023000GapFreeCounters';
import { Migration20261204023717ProtectionSurvivors } from './Migration20261204023717ProtectionSurvivors';
import { Migration20261204024030Coordination } from './Migration20261204024030Coordination';
import { Migration20261204024500RateLimits } from './Migration20261204024500RateLimits';
import { Migration20261204025156SeparationOfDuties } from './Migration20261204025156SeparationOfDuties';
import { Migration20261204030000IdempotencyKeys } from './Migration20261204030000IdempotencyKeys';
import { Migration20261204031500TotpLastStep } from './Migration20261204031500TotpLastStep';
import { Migration20261204035215ProtectionConsent } from './Migration20261204035215ProtectionConsent';
import { Migration20261204035307DecisionsAndActions } from './Migration20261204035307DecisionsAndActions';
import { Migration20261204040000TenantRowLevelSecurity } from './Migration20261204040000TenantRowLevelSecurity';
import { Migration20261204093139DurablePlan } from './Migration20261204093139DurablePlan';
import { Migration20261204093855Retention } from './Migration20261204093855Retention';
import { Migration20261204094238ServiceReferrals } from './Migration20261204094238ServiceReferrals';
import { Migration20261204095014StatisticianRole } from './Migration20261204095014StatisticianRole';
import { Migration20261204095939CoordinationLibrary } from './Migration20261204095939CoordinationLibrary';
import { Migration20261204100000PasswordReset } from './Migration20261204100000PasswordReset';
import { Migration20261204100044ServiceDirectory } from './Migration20261204100044ServiceDirectory';
import { Migration20261204100100ReferralAssignment } from './Migration20261204100100ReferralAssignment';
import { Migration20261204100543SolutionReferrals } from './Migration20261204100543SolutionReferrals';
import { Migration20261204102545CoordinationProtectionRowLevelSecurity } from './Migration20261204102545CoordinationProtectionRowLevelSecurity';
import { Migration20261204120000ProtectionReferral } from './Migration20261204120000ProtectionReferral';
import { Migration20261204125007DutyRoster } from './Migration20261204125007DutyRoster';
import { Migration20261204125500SolutionReferralSafeguards } from './Migration20261204125500SolutionReferralSafeguards';
import { Migration20261204132849IdentityChecks } from './Migration20261204132849IdentityChecks';
import { Migration20261204133758ActionEvidence } from './Migration20261204133758ActionEvidence';
import { Migration20261204134100IdentityReindex } from './Migration20261204134100IdentityReindex';
import { Migration20261204140000SurvivorStatisticColumns } from './Migration20261204140000SurvivorStatisticColumns';
import { Migration20261204150000AgencyRetentionTerms } from './Migration20261204150000AgencyRetentionTerms';
import { Migration20261204150100LibraryRowLevelSecurity } from './Migration20261204150100LibraryRowLevelSecurity';
import { Migration20261205090000AuditEventSignatures } from './Migration20261205090000AuditEventSignatures';
import { Migration20261205100000AssessmentsTrainings } from './Migration20261205100000AssessmentsTrainings';
import { Migration20261205110000IdentityCheckRowLevelSecurity } from './Migration20261205110000IdentityCheckRowLevelSecurity';
import { Migration20261205120000ServiceReferralConversation } from './Migration20261205120000ServiceReferralConversation';
import { Migration20261205120100ConsentFormScan } from './Migration20261205120100ConsentFormScan';
import { Migration20261205130000SurvivorStatisticsBackfill } from './Migration20261205130000SurvivorStatisticsBackfill';
import { Migration20261205140000Bulletins } from './Migration20261205140000Bulletins';
import { Migration20261205140100BulletinRowLevelSecurity } from './Migration20261205140100BulletinRowLevelSecurity';
import { Migration20261205150000Notifications } from './Migration20261205150000Notifications';
import { Migration20261206100000ReferralAnswerTimes } from './Migration20261206100000ReferralAnswerTimes';
import { Migration20261206100100ReferralPersonCount } from './Migration20261206100100ReferralPersonCount';
import { Migration20261206200000ReferralFigureAggregates } from './Migration20261206200000ReferralFigureAggregates';
import { Migration20261206200100RunningDeadlineIndexes } from './Migration20261206200100RunningDeadlineIndexes';
import { Migration20261207000000AnswerTimeBuckets } from './Migration20261207000000AnswerTimeBuckets';
import { Migration20261207000100DataQualityCounters } from './Migration20261207000100DataQualityCounters';
import { Migration20261207000200CounterIndexOnly } from './Migration20261207000200CounterIndexOnly';
import { Migration20261207000300ReferralSentAtIndex } from './Migration20261207000300ReferralSentAtIndex';
import { Migration20261207000400MechanismDayCounters } from './Migration20261207000400MechanismDayCounters';

/**
 * Every migration, in order. Listed by hand (not globbed) so compiled and TypeScript runs see the same set;
 * `pnpm migration:create <name>` writes a new file and adds it here.
 */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123162014Foundation', class: Migration20261123162014Foundation },
  { name: 'Migration20261123163145Identity', class: Migration20261123163145Identity },
  { name: 'Migration20261123163656AuditTrail', class: Migration20261123163656AuditTrail },
  { name: 'Migration20261123163941SignIn', class: Migration20261123163941SignIn },
  { name: 'Migration20261123164056Referrals', class: Migration20261123164056Referrals },
  { name: 'Migration20261123165602ReferralCollaboration', class: Migration20261123165602ReferralCollaboration },
  { name: 'Migration20261123180359ReferralInboxOrder', class: Migration20261123180359ReferralInboxOrder },
  { name: 'Migration20261123193129ReferralBoxCounts', class: Migration20261123193129ReferralBoxCounts },
  {
    name: 'Migration20261123193203ForwardRecipientsAndApiTokenAuthors',
    class: Migration20261123193203ForwardRecipientsAndApiTokenAuthors,
  },
  { name: 'Migration20261123195041ForwardedToThirdAgencies', class: Migration20261123195041ForwardedToThirdAgencies },
  { name: 'Migration20261203225355MailDelivery', class: Migration20261203225355MailDelivery },
  { name: 'Migration20261204023000GapFreeCounters', class: Migration20261204023000GapFreeCounters },
  { name: 'Migration20261204023717ProtectionSurvivors', class: Migration20261204023717ProtectionSurvivors },
  { name: 'Migration20261204024030Coordination', class: Migration20261204024030Coordination },
  { name: 'Migration20261204024500RateLimits', class: Migration20261204024500RateLimits },
  { name: 'Migration20261204025156SeparationOfDuties', class: Migration20261204025156SeparationOfDuties },
  { name: 'Migration20261204030000IdempotencyKeys', class: Migration20261204030000IdempotencyKeys },
  { name: 'Migration20261204031500TotpLastStep', class: Migration20261204031500TotpLastStep },
  { name: 'Migration20261204035215ProtectionConsent', class: Migration20261204035215ProtectionConsent },
  { name: 'Migration20261204035307DecisionsAndActions', class: Migration20261204035307DecisionsAndActions },
  { name: 'Migration20261204040000TenantRowLevelSecurity', class: Migration20261204040000TenantRowLevelSecurity },
  { name: 'Migration20261204093139DurablePlan', class: Migration20261204093139DurablePlan },
  { name: 'Migration20261204093855Retention', class: Migration20261204093855Retention },
  { name: 'Migration20261204094238ServiceReferrals', class: Migration20261204094238ServiceReferrals },
  { name: 'Migration20261204095014StatisticianRole', class: Migration20261204095014StatisticianRole },
  { name: 'Migration20261204095939CoordinationLibrary', class: Migration20261204095939CoordinationLibrary },
  { name: 'Migration20261204100000PasswordReset', class: Migration20261204100000PasswordReset },
  { name: 'Migration20261204100044ServiceDirectory', class: Migration20261204100044ServiceDirectory },
  { name: 'Migration20261204100100ReferralAssignment', class: Migration20261204100100ReferralAssignment },
  { name: 'Migration20261204100543SolutionReferrals', class: Migration20261204100543SolutionReferrals },
  {
    name: 'Migration20261204102545CoordinationProtectionRowLevelSecurity',
    class: Migration20261204102545CoordinationProtectionRowLevelSecurity,
  },
  { name: 'Migration20261204120000ProtectionReferral', class: Migration20261204120000ProtectionReferral },
  { name: 'Migration20261204125007DutyRoster', class: Migration20261204125007DutyRoster },
  {
    name: 'Migration20261204125500SolutionReferralSafeguards',
    class: Migration20261204125500SolutionReferralSafeguards,
  },
  { name: 'Migration20261204132849IdentityChecks', class: Migration20261204132849IdentityChecks },
  { name: 'Migration20261204133758ActionEvidence', class: Migration20261204133758ActionEvidence },
  { name: 'Migration20261204134100IdentityReindex', class: Migration20261204134100IdentityReindex },
  { name: 'Migration20261204140000SurvivorStatisticColumns', class: Migration20261204140000SurvivorStatisticColumns },
  { name: 'Migration20261204150000AgencyRetentionTerms', class: Migration20261204150000AgencyRetentionTerms },
  { name: 'Migration20261204150100LibraryRowLevelSecurity', class: Migration20261204150100LibraryRowLevelSecurity },
  { name: 'Migration20261205090000AuditEventSignatures', class: Migration20261205090000AuditEventSignatures },
  { name: 'Migration20261205100000AssessmentsTrainings', class: Migration20261205100000AssessmentsTrainings },
  {
    name: 'Migration20261205110000IdentityCheckRowLevelSecurity',
    class: Migration20261205110000IdentityCheckRowLevelSecurity,
  },
  {
    name: 'Migration20261205120000ServiceReferralConversation',
    class: Migration20261205120000ServiceReferralConversation,
  },
  { name: 'Migration20261205120100ConsentFormScan', class: Migration20261205120100ConsentFormScan },
  {
    name: 'Migration20261205130000SurvivorStatisticsBackfill',
    class: Migration20261205130000SurvivorStatisticsBackfill,
  },
  { name: 'Migration20261205140000Bulletins', class: Migration20261205140000Bulletins },
  { name: 'Migration20261205140100BulletinRowLevelSecurity', class: Migration20261205140100BulletinRowLevelSecurity },
  { name: 'Migration20261205150000Notifications', class: Migration20261205150000Notifications },
  { name: 'Migration20261206100000ReferralAnswerTimes', class: Migration20261206100000ReferralAnswerTimes },
  { name: 'Migration20261206100100ReferralPersonCount', class: Migration20261206100100ReferralPersonCount },
  {
    name: 'Migration20261206200000ReferralFigureAggregates',
    class: Migration20261206200000ReferralFigureAggregates,
  },
  { name: 'Migration20261206200100RunningDeadlineIndexes', class: Migration20261206200100RunningDeadlineIndexes },
  { name: 'Migration20261207000000AnswerTimeBuckets', class: Migration20261207000000AnswerTimeBuckets },
  { name: 'Migration20261207000100DataQualityCounters', class: Migration20261207000100DataQualityCounters },
  { name: 'Migration20261207000200CounterIndexOnly', class: Migration20261207000200CounterIndexOnly },
  { name: 'Migration20261207000300ReferralSentAtIndex', class: Migration20261207000300ReferralSentAtIndex },
  { name: 'Migration20261207000400MechanismDayCounters', class: Migration20261207000400MechanismDayCounters },
];
