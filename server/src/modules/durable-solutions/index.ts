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

export { DurablePlan };
export { CriterionStatus, DurableCriterion, DurablePlanOutcome, DurableSolution } from './durable-solutions.enums';

/**
 * Durable solutions for survivors: the plan on the IASC criteria (return, local integration, resettlement),
 * owned by the holding agency's case worker, the person's wishes sealed with the survivor's data key. Builds on
 * the protection module through its index only.
 */
export const durableSolutionsModule: EnlaceModule<RequestContext> = {
  name: 'durable-solutions',
  inputLimits: durableSolutionsInputLimits,
  entities: [DurablePlan, PlanCriterion, CriterionAssessment],
  resolvers: [DurablePlanResolver, PlanCriterionResolver, CriterionAssessmentResolver],
  referenceResolvers: { DurablePlan: resolveDurablePlanReference },
  policies: [durablePlanPolicy],
  guardedSubjects: ['DurablePlan'],
  personalData: [
    {
      subject: 'DurablePlan',
      fields: PLAN_PERSONAL_FIELDS,
      idOf: (plan) => (plan as DurablePlan).id,
      ownerAgencyOf: (plan) => (plan as DurablePlan).holdingAgency.id,
    },
  ],
};
