import { registerEnumType } from 'type-graphql';

/** Whose figures: the caller's agency, one mechanism, or the whole region (STATISTICIAN). */
export enum StatisticsScope {
  AGENCY = 'AGENCY',
  MECHANISM = 'MECHANISM',
  REGION = 'REGION',
}

/** How strict the disclosure control is: cells below 5, or below 11 (Counter Trafficking Data Collaborative). */
export enum DisclosureLevel {
  STANDARD = 'STANDARD',
  CTDC = 'CTDC',
}

/** The one-way tables of referral statistics. */
export enum ReferralDimension {
  MECHANISM = 'MECHANISM',
  BORDER = 'BORDER',
  CROSSING_POINT = 'CROSSING_POINT',
  CATEGORY = 'CATEGORY',
  URGENCY = 'URGENCY',
  HANDLING_CODE = 'HANDLING_CODE',
  SENDING_COUNTRY = 'SENDING_COUNTRY',
  RECEIVING_COUNTRY = 'RECEIVING_COUNTRY',
  STATUS = 'STATUS',
  OUTCOME = 'OUTCOME',
  MONTH = 'MONTH',
  DECLINE_REASON = 'DECLINE_REASON',
}

export enum CellSuppression {
  PRIMARY = 'PRIMARY',
  SECONDARY = 'SECONDARY',
}

registerEnumType(StatisticsScope, { name: 'StatisticsScope' });
registerEnumType(DisclosureLevel, {
  name: 'DisclosureLevel',
  description: 'STANDARD: counts below 5 are suppressed; CTDC: below 11',
});
registerEnumType(ReferralDimension, { name: 'ReferralDimension' });
registerEnumType(CellSuppression, {
  name: 'CellSuppression',
  description: 'PRIMARY: the count itself is too small; SECONDARY: hidden so a small one cannot be recomputed',
});

/** The tables of protection statistics (survivors, referrals to services, durable solutions). */
export enum ProtectionDimension {
  SEX = 'SEX',
  AGE_BAND = 'AGE_BAND',
  NATIONALITY = 'NATIONALITY',
  EXPLOITATION = 'EXPLOITATION',
  SERVICE = 'SERVICE',
  SERVICE_STATUS = 'SERVICE_STATUS',
  SOLUTION = 'SOLUTION',
  PLAN_STATUS = 'PLAN_STATUS',
  PLAN_OUTCOME = 'PLAN_OUTCOME',
  CRITERION_MET = 'CRITERION_MET',
}

registerEnumType(ProtectionDimension, {
  name: 'ProtectionDimension',
  description:
    'SEX, AGE_BAND, NATIONALITY, EXPLOITATION: survivors registered; SERVICE, SERVICE_STATUS: referrals to services; ' +
    'SOLUTION, PLAN_STATUS, PLAN_OUTCOME, CRITERION_MET: durable-solution plans',
});
