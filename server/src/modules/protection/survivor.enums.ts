import { registerEnumType } from 'type-graphql';

/** Where a survivor's case stands. */
export enum SurvivorCaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** Why a case was closed; required to close. */
export enum SurvivorClosureReason {
  SERVICES_COMPLETED = 'SERVICES_COMPLETED',
  DURABLE_SOLUTION = 'DURABLE_SOLUTION',
  TRANSFERRED = 'TRANSFERRED',
  PERSON_DECLINED = 'PERSON_DECLINED',
  LOST_CONTACT = 'LOST_CONTACT',
  DECEASED = 'DECEASED',
  OTHER = 'OTHER',
}

/** What makes a survivor need particular care; shown in the caseload so supervisors can triage. */
export enum SurvivorVulnerability {
  CHILD = 'CHILD',
  UNACCOMPANIED_OR_SEPARATED_CHILD = 'UNACCOMPANIED_OR_SEPARATED_CHILD',
  DISABILITY = 'DISABILITY',
  PREGNANCY = 'PREGNANCY',
  MEDICAL_NEEDS = 'MEDICAL_NEEDS',
  LGBTIQ = 'LGBTIQ',
}

/** Exploitation and crimes a survivor suffered (with where and when: personal data, encrypted). */
export enum ExploitationKind {
  SEXUAL_EXPLOITATION = 'SEXUAL_EXPLOITATION',
  FORCED_LABOUR = 'FORCED_LABOUR',
  FORCED_CRIMINALITY = 'FORCED_CRIMINALITY',
  DOMESTIC_SERVITUDE = 'DOMESTIC_SERVITUDE',
  FORCED_MARRIAGE = 'FORCED_MARRIAGE',
  AGGRAVATED_SMUGGLING = 'AGGRAVATED_SMUGGLING',
  EXTORTION = 'EXTORTION',
  KIDNAPPING = 'KIDNAPPING',
  SEXUAL_VIOLENCE = 'SEXUAL_VIOLENCE',
}

export enum SurvivorSex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  INTERSEX = 'INTERSEX',
  UNKNOWN = 'UNKNOWN',
}

registerEnumType(SurvivorCaseStatus, { name: 'SurvivorCaseStatus' });
registerEnumType(SurvivorClosureReason, { name: 'SurvivorClosureReason' });
registerEnumType(SurvivorVulnerability, { name: 'SurvivorVulnerability' });
registerEnumType(ExploitationKind, { name: 'ExploitationKind' });
registerEnumType(SurvivorSex, { name: 'SurvivorSex', description: 'Sex as recorded; gender identity is separate' });
