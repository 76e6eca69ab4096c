import type { InputLimits } from '../../platform/graphql/input-limits';
import { PLAN_LIMITS } from './durable-plan.inputs';

/** Texts of the module longer than the platform's default 1,000 characters (checked before any resolver runs). */
export const durableSolutionsInputLimits: InputLimits = {
  maxLength: {
    'DurablePlanInput.wishes': PLAN_LIMITS.wishes,
    'DurablePlanChangeInput.wishes': PLAN_LIMITS.wishes,
    'CriterionAssessmentInput.evidence': PLAN_LIMITS.evidence,
    'CriterionAssessmentChange.evidence': PLAN_LIMITS.evidence,
    'FollowUpReportInput.summary': 2_000,
  },
};
