import { registerEnumType } from 'type-graphql';

/** The solution a survivor's plan works toward. */
export enum DurableSolution {
  VOLUNTARY_RETURN = 'VOLUNTARY_RETURN',
  LOCAL_INTEGRATION = 'LOCAL_INTEGRATION',
  RESETTLEMENT = 'RESETTLEMENT',
}

/** The IASC Framework on Durable Solutions' criteria, as a checklist per plan. */
export enum DurableCriterion {
  SAFETY_AND_SECURITY = 'SAFETY_AND_SECURITY',
  STANDARD_OF_LIVING = 'STANDARD_OF_LIVING',
  LIVELIHOODS = 'LIVELIHOODS',
  HOUSING_LAND_PROPERTY = 'HOUSING_LAND_PROPERTY',
  DOCUMENTATION = 'DOCUMENTATION',
  FAMILY_REUNIFICATION = 'FAMILY_REUNIFICATION',
  PUBLIC_AFFAIRS = 'PUBLIC_AFFAIRS',
  REMEDIES_AND_JUSTICE = 'REMEDIES_AND_JUSTICE',
}

export const ALL_CRITERIA: readonly DurableCriterion[] = Object.values(DurableCriterion);

export enum CriterionStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  MET = 'MET',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

export enum DurablePlanStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** How a plan ended; closing needs one and a reason. */
export enum DurablePlanOutcome {
  SOLUTION_SUSTAINED = 'SOLUTION_SUSTAINED',
  RE_TRAFFICKED = 'RE_TRAFFICKED',
  LOST_CONTACT = 'LOST_CONTACT',
  PERSON_WITHDREW = 'PERSON_WITHDREW',
}

registerEnumType(DurableSolution, {
  name: 'DurableSolution',
  description: 'Voluntary return and reintegration, local integration, or resettlement/relocation to a third country',
});
registerEnumType(DurableCriterion, { name: 'DurableCriterion', description: 'An IASC durable-solutions criterion' });
registerEnumType(CriterionStatus, { name: 'CriterionStatus' });
registerEnumType(DurablePlanStatus, { name: 'DurablePlanStatus' });
registerEnumType(DurablePlanOutcome, { name: 'DurablePlanOutcome' });

/** Where a solution referral goes, from the holding agency's side. */
export enum SolutionDestination {
  COUNTRY_OF_ORIGIN = 'COUNTRY_OF_ORIGIN',
  SAME_COUNTRY = 'SAME_COUNTRY',
  THIRD_COUNTRY = 'THIRD_COUNTRY',
}

export enum SolutionReferralStatus {
  /** A return to a place assessed "not safe", at the person's informed wish: a supervisor confirms before it goes. */
  AWAITING_CONFIRMATION = 'AWAITING_CONFIRMATION',
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  HANDED_OVER = 'HANDED_OVER',
  CLOSED = 'CLOSED',
}

/** The risk assessment of the place of return, recorded before a return referral is sent. */
export enum ReturnRisk {
  SAFE = 'SAFE',
  SAFE_WITH_CONDITIONS = 'SAFE_WITH_CONDITIONS',
  NOT_SAFE = 'NOT_SAFE',
}

registerEnumType(SolutionDestination, { name: 'SolutionDestination' });
registerEnumType(SolutionReferralStatus, { name: 'SolutionReferralStatus' });
registerEnumType(ReturnRisk, { name: 'ReturnRisk', description: 'Risk assessment of the place of return' });
