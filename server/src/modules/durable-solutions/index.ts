import type { RequestContext } from '../../platform/context';
import type { EnlaceModule } from '../../platform/module';
import { CriterionAssessment, DurablePlan, PlanCriterion } from './durable-plan.entity';
import { durablePlanPolicy, PLAN_PERSONAL_FIELDS } from './durable-plan.policy';
import {
  CriterionAssessmentResolver,
  DurablePlanResolver,
  PlanCriterionResolver,
  resolveDurablePlanReference,
} from './durable-plan.resolver';
import { durableSolutionsInputLimits } from './durable-solutions.input-limits';
import { FollowUp } from './follow-up.entity';
import { FollowUpCalendarResolver } from './follow-up-calendar';
import { followUpWatchJob } from './follow-up.service';
import { SolutionReferral } from './solution-referral.entity';
import { REFERRAL_PERSONAL_FIELDS, solutionReferralPolicy } from './solution-referral.policy';
import { FollowUpResolver, PlanReferralsResolver, SolutionReferralResolver } from './solution-referral.resolver';

export { DurablePlan, SolutionReferral };
// For demo data: plans and referrals made through the services themselves.
export { assessCriterion, closeDurablePlan, openDurablePlan } from './durable-plan.service';
export { recordHandOver, respondToSolutionReferral, sendSolutionReferral } from './solution-referral.service';
export {
  CriterionStatus,
  DurableCriterion,
  DurablePlanOutcome,
  DurablePlanStatus,
  DurableSolution,
} from './durable-solutions.enums';

/**
 * Durable solutions for survivors: the plan on the IASC criteria (return, local integration, resettlement),
 * owned by the holding agency's case worker, the person's wishes sealed with the survivor's data key. Builds on
 * the protection module through its index only.
 */
export const durableSolutionsModule: EnlaceModule<RequestContext> = {
  name: 'durable-solutions',
  inputLimits: durableSolutionsInputLimits,
  entities: [DurablePlan, PlanCriterion, CriterionAssessment, SolutionReferral, FollowUp],
  resolvers: [
    DurablePlanResolver,
    PlanCriterionResolver,
    CriterionAssessmentResolver,
    SolutionReferralResolver,
    PlanReferralsResolver,
    FollowUpResolver,
    FollowUpCalendarResolver,
  ],
  referenceResolvers: { DurablePlan: resolveDurablePlanReference },
  policies: [durablePlanPolicy, solutionReferralPolicy],
  guardedSubjects: ['DurablePlan', 'SolutionReferral'],
  jobs: [followUpWatchJob],
  personalData: [
    {
      subject: 'DurablePlan',
      fields: PLAN_PERSONAL_FIELDS,
      idOf: (plan) => (plan as DurablePlan).id,
      ownerAgencyOf: (plan) => (plan as DurablePlan).holdingAgency.id,
    },
    {
      subject: 'SolutionReferral',
      fields: REFERRAL_PERSONAL_FIELDS,
      idOf: (referral) => (referral as SolutionReferral).id,
      ownerAgencyOf: (referral) => (referral as SolutionReferral).holdingAgency.id,
    },
  ],
};
