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
