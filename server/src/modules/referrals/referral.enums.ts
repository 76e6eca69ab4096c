import { registerEnumType } from 'type-graphql';

/** Where a referral is in its life; the legal moves between them are in referral.lifecycle.ts. */
export enum ReferralStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  IN_PROGRESS = 'IN_PROGRESS',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum ReferralCategory {
  SMUGGLING_INCIDENT = 'SMUGGLING_INCIDENT',
  SUSPECTED_TRAFFICKING = 'SUSPECTED_TRAFFICKING',
  ABANDONED_OR_MISSING_MIGRANTS = 'ABANDONED_OR_MISSING_MIGRANTS',
  DOCUMENT_FRAUD = 'DOCUMENT_FRAUD',
  NETWORK_INTELLIGENCE = 'NETWORK_INTELLIGENCE',
  REQUEST_FOR_INFORMATION = 'REQUEST_FOR_INFORMATION',
  OTHER = 'OTHER',
}

/**
 * Declared most urgent first: PostgreSQL orders a native enum by declaration, so "order by urgency" puts
 * life-at-risk referrals on top without a CASE expression (and an index can serve it).
 */
export enum ReferralUrgency {
  IMMEDIATE = 'IMMEDIATE',
  URGENT = 'URGENT',
  ROUTINE = 'ROUTINE',
}

/** Set by the sender: how far the receiver may pass the referral on. */
export enum HandlingCode {
  H1 = 'H1',
  H2 = 'H2',
  H3 = 'H3',
}

/** Police evaluation of the source (A reliable ... X not assessed); accuracy is a 1-4 integer. */
export enum SourceReliability {
  A = 'A',
  B = 'B',
  C = 'C',
  X = 'X',
}

export enum ReferralPersonRole {
  SUSPECTED_SMUGGLER = 'SUSPECTED_SMUGGLER',
  SMUGGLED_MIGRANT = 'SMUGGLED_MIGRANT',
  POSSIBLE_VICTIM = 'POSSIBLE_VICTIM',
  WITNESS = 'WITNESS',
}

export enum PersonSex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  UNKNOWN = 'UNKNOWN',
}

/** How the receiving agency closed a referral; required to close. */
export enum ReferralOutcome {
  ARRESTS_MADE = 'ARRESTS_MADE',
  VICTIMS_ASSISTED = 'VICTIMS_ASSISTED',
  MIGRANTS_RESCUED = 'MIGRANTS_RESCUED',
  INFORMATION_PROVIDED = 'INFORMATION_PROVIDED',
  INVESTIGATION_OPENED = 'INVESTIGATION_OPENED',
  NO_FURTHER_ACTION = 'NO_FURTHER_ACTION',
}

registerEnumType(ReferralStatus, { name: 'ReferralStatus' });
registerEnumType(ReferralCategory, { name: 'ReferralCategory' });
registerEnumType(ReferralUrgency, {
  name: 'ReferralUrgency',
  description: 'IMMEDIATE: life at risk; URGENT; ROUTINE',
});
registerEnumType(HandlingCode, {
  name: 'HandlingCode',
  description:
    'H1: receiving agency only; H2: may go to other competent agencies of the receiving country; H3: no further sharing without the sender',
});
registerEnumType(SourceReliability, {
  name: 'SourceReliability',
  description: 'A reliable, B mostly, C not, X unknown',
});
registerEnumType(ReferralPersonRole, { name: 'ReferralPersonRole' });
registerEnumType(PersonSex, { name: 'PersonSex' });
registerEnumType(ReferralOutcome, { name: 'ReferralOutcome' });
