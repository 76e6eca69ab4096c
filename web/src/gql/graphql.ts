/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a user does in their agency */
export type Role =
  | 'LIAISON_OFFICER'
  | 'CASE_WORKER'
  | 'PROTECTION_SUPERVISOR'
  | 'SECRETARIAT'
  | 'AGENCY_ADMIN'
  | 'AUDITOR'
  | 'STATISTICIAN'
  | 'PLATFORM_ADMIN';

export type RoleGrantStatus = 'PENDING' | 'APPROVED' | 'REFUSED';

export type AgencyKind =
  | 'BORDER_POLICE'
  | 'MIGRATION_AUTHORITY'
  | 'PUBLIC_PROSECUTOR'
  | 'PROTECTION_SERVICES'
  | 'LABOUR_INSPECTION'
  | 'NGO_SERVICE_PROVIDER'
  | 'HEALTH_SERVICES'
  | 'INTERNATIONAL_ORGANISATION';

export type AgencyFilter = {
  /** At most 10 characters. */
  countryCode?: string | null | undefined;
  kind?: AgencyKind | null | undefined;
  /** Include deactivated agencies (for administrators) */
  includeInactive?: boolean | null | undefined;
};

/** BINATIONAL: exactly 2 countries; TRINATIONAL: exactly 3; REGIONAL: 2 or more; NATIONAL: one country, 2 or more agencies (a national referral mechanism) */
export type MechanismKind = 'BINATIONAL' | 'TRINATIONAL' | 'REGIONAL' | 'NATIONAL';

/** IMMEDIATE: life at risk; URGENT; ROUTINE */
export type ReferralUrgency = 'IMMEDIATE' | 'URGENT' | 'ROUTINE';

/** What a notification tells its reader */
export type NotificationKind =
  | 'REFERRAL_RECEIVED'
  | 'REFERRAL_MESSAGE'
  | 'REFERRAL_OVERDUE'
  | 'REFERRAL_ESCALATION'
  | 'FORWARD_REQUESTED'
  | 'MEETING_SCHEDULED'
  | 'CONSENT_WITHDRAWN';

/** What a notification is about */
export type NotificationSubject = 'REFERRAL' | 'MEETING' | 'SURVIVOR';

export type ReferralStatus =
  'DRAFT' | 'SENT' | 'ACKNOWLEDGED' | 'ACCEPTED' | 'DECLINED' | 'IN_PROGRESS' | 'CLOSED' | 'WITHDRAWN';

export type ReferralCategory =
  | 'SMUGGLING_INCIDENT'
  | 'SUSPECTED_TRAFFICKING'
  | 'ABANDONED_OR_MISSING_MIGRANTS'
  | 'DOCUMENT_FRAUD'
  | 'NETWORK_INTELLIGENCE'
  | 'REQUEST_FOR_INFORMATION'
  | 'OTHER';

/** H1: receiving agency only; H2: may go to other competent agencies of the receiving country; H3: no further sharing without the sender */
export type HandlingCode = 'H1' | 'H2' | 'H3';

/** A reliable, B mostly, C not, X unknown */
export type SourceReliability = 'A' | 'B' | 'C' | 'X';

export type ReferralOutcome =
  | 'ARRESTS_MADE'
  | 'VICTIMS_ASSISTED'
  | 'MIGRANTS_RESCUED'
  | 'INFORMATION_PROVIDED'
  | 'INVESTIGATION_OPENED'
  | 'NO_FURTHER_ACTION';

export type ReferralPersonRole = 'SUSPECTED_SMUGGLER' | 'SMUGGLED_MIGRANT' | 'POSSIBLE_VICTIM' | 'WITNESS';

export type PersonSex = 'FEMALE' | 'MALE' | 'OTHER' | 'UNKNOWN';

/** A step of a referral's life (each has its mutation, e.g. SEND: sendReferral) */
export type ReferralAction = 'SEND' | 'WITHDRAW' | 'ACKNOWLEDGE' | 'ACCEPT' | 'DECLINE' | 'START' | 'CLOSE';

/** Narrows a list of referrals; all given conditions apply */
export type ReferralFilter = {
  /** At most 100 items. */
  statuses?: Array<ReferralStatus> | null | undefined;
  /** At most 100 items. */
  categories?: Array<ReferralCategory> | null | undefined;
  /** At most 100 items. */
  urgencies?: Array<ReferralUrgency> | null | undefined;
  /** A UUID. */
  mechanismId?: string | number | null | undefined;
  /** true: only overdue; false: only not overdue */
  overdue?: boolean | null | undefined;
  /** true: only referrals assigned to the caller ("my referrals") */
  assignedToMe?: boolean | null | undefined;
  createdFrom?: string | null | undefined;
  /** Exclusive */
  createdBefore?: string | null | undefined;
  /** Words of the title or narrative (Spanish, Portuguese, English). At most 200 characters. */
  search?: string | null | undefined;
};

export type ReferralBox = 'INBOX' | 'OUTBOX';

export type ReferralForwardStatus = 'REQUESTED' | 'ACTIVE' | 'REFUSED';

export type MeetingKind = 'ORDINARY' | 'EXTRAORDINARY' | 'TECHNICAL_WORKING_GROUP' | 'JOINT_OPERATION_DEBRIEF';

export type MinutesStatus = 'DRAFT' | 'CIRCULATED' | 'APPROVED';

export type AttendanceStatus = 'PRESENT' | 'BY_VIDEO' | 'EXCUSED' | 'ABSENT';

export type DecisionStatus = 'IN_FORCE' | 'SUPERSEDED' | 'REVOKED';

export type ActionPriority = 'HIGH' | 'MEDIUM' | 'LOW';

/** OVERDUE is not a status: `overdue` is derived from the due date (action-item.entity.ts) */
export type ActionStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';

export type DiffLineKind = 'SAME' | 'ADDED' | 'REMOVED';

/** What the follow-up board shows: a mechanism's action items, narrowed */
export type FollowUpFilter = {
  /** A UUID. */
  ownerAgencyId?: string | number | null | undefined;
  /** A UUID. */
  meetingId?: string | number | null | undefined;
  /** A UUID. */
  decisionId?: string | number | null | undefined;
  /** At most 100 items. */
  statuses?: Array<ActionStatus> | null | undefined;
  overdueOnly?: boolean;
};

/** Orders of the follow-up board */
export type FollowUpSort = 'DUE' | 'PRIORITY' | 'NEWEST';

export type LibraryDocumentKind =
  | 'PROTOCOL'
  | 'STANDARD_OPERATING_PROCEDURE'
  | 'AGREEMENT'
  | 'TRAINING_MATERIAL'
  | 'DIAGNOSTIC_STUDY'
  | 'AWARENESS_MATERIAL';

/** H1: mechanism members (focal points) only; H2: every user of member agencies; H3: named agencies only */
export type LibraryHandlingCode = 'H1' | 'H2' | 'H3';

export type AssessmentStatus = 'DRAFT' | 'COMPLETED';

/** Whether a person or a system acted */
export type AuditActorKind = 'USER' | 'API_TOKEN';

/** Filters on the own agency's audit trail */
export type AuditTrailFilter = {
  /** Events at or after this instant */
  from?: string | null | undefined;
  /** Events before this instant */
  to?: string | null | undefined;
  /** At most 100 characters. */
  action?: string | null | undefined;
  /** At most 100 characters. */
  entityType?: string | null | undefined;
  /** At most 100 characters. */
  entityId?: string | null | undefined;
  /** A record's reference as people know it: a referral's reference (and its persons), a survivor's code. At most 1000 characters. */
  reference?: string | null | undefined;
  /** Only what this user or API token did. A UUID. */
  actorId?: string | number | null | undefined;
};

/** Filters on other agencies' access to the own agency's records */
export type DataOwnerAccessFilter = {
  /** Events at or after this instant */
  from?: string | null | undefined;
  /** Events before this instant */
  to?: string | null | undefined;
  /** At most 100 characters. */
  action?: string | null | undefined;
  /** At most 100 characters. */
  entityType?: string | null | undefined;
  /** At most 100 characters. */
  entityId?: string | null | undefined;
  /** A record's reference as people know it: a referral's reference (and its persons), a survivor's code. At most 1000 characters. */
  reference?: string | null | undefined;
  /** Only what this other agency did. A UUID. */
  actorAgencyId?: string | number | null | undefined;
};

/** A service a survivor is referred to */
export type ProtectionService =
  | 'SAFE_SHELTER'
  | 'MEDICAL_CARE'
  | 'PSYCHOSOCIAL_SUPPORT'
  | 'LEGAL_AID'
  | 'DOCUMENTATION'
  | 'FAMILY_TRACING'
  | 'INTERPRETATION'
  | 'EDUCATION'
  | 'LIVELIHOOD';

export type SurvivorCaseStatus = 'OPEN' | 'CLOSED';

export type SurvivorClosureReason =
  'SERVICES_COMPLETED' | 'DURABLE_SOLUTION' | 'TRANSFERRED' | 'PERSON_DECLINED' | 'LOST_CONTACT' | 'DECEASED' | 'OTHER';

export type SurvivorVulnerability =
  'CHILD' | 'UNACCOMPANIED_OR_SEPARATED_CHILD' | 'DISABILITY' | 'PREGNANCY' | 'MEDICAL_NEEDS' | 'LGBTIQ';

export type ConsentDataCategory =
  'IDENTITY' | 'AGE_AND_SEX' | 'LANGUAGES' | 'DOCUMENTS' | 'CONTACT' | 'LOCATION' | 'EXPLOITATION' | 'VULNERABILITIES';

export type ConsentMethod = 'SIGNED_FORM' | 'VERBAL_WITH_WITNESS';

export type ConsentGivenBy = 'PERSON' | 'CHILD_AND_GUARDIAN';

export type ConsentStatus = 'ACTIVE' | 'NOT_YET_VALID' | 'EXPIRED' | 'WITHDRAWN';

/** Sex as recorded; gender identity is separate */
export type SurvivorSex = 'FEMALE' | 'MALE' | 'INTERSEX' | 'UNKNOWN';

export type ExploitationKind =
  | 'SEXUAL_EXPLOITATION'
  | 'FORCED_LABOUR'
  | 'FORCED_CRIMINALITY'
  | 'DOMESTIC_SERVITUDE'
  | 'FORCED_MARRIAGE'
  | 'AGGRAVATED_SMUGGLING'
  | 'EXTORTION'
  | 'KIDNAPPING'
  | 'SEXUAL_VIOLENCE';

/** A field of the survivor's data a referral carries */
export type SharedField =
  | 'givenNames'
  | 'familyNames'
  | 'aliases'
  | 'dateOfBirth'
  | 'estimatedAge'
  | 'sex'
  | 'genderIdentity'
  | 'nationality'
  | 'languages'
  | 'identityDocuments'
  | 'phones'
  | 'email'
  | 'currentLocation'
  | 'exploitations'
  | 'vulnerabilities';

export type ServiceReferralStatus = 'SENT' | 'ACCEPTED' | 'DECLINED' | 'DELIVERED' | 'CLOSED';

export type ServiceAvailability = 'AVAILABLE' | 'LIMITED' | 'FULL' | 'SUSPENDED';

export type ServiceReferralStep = 'ACCEPT' | 'DECLINE' | 'DELIVER' | 'CLOSE';

export type ScreeningIndicator =
  | 'DECEIVED_ABOUT_WORK'
  | 'DECEIVED_ABOUT_CONDITIONS'
  | 'RECRUITMENT_FEE_OR_DEBT'
  | 'TRAVEL_ARRANGED_BY_OTHERS'
  | 'FALSE_OR_OTHERS_DOCUMENTS'
  | 'MOVED_BETWEEN_PLACES'
  | 'THREATS_TO_SELF_OR_FAMILY'
  | 'PHYSICAL_OR_SEXUAL_VIOLENCE'
  | 'DEBT_BONDAGE'
  | 'FORCED_SEX_WORK'
  | 'FORCED_LABOUR'
  | 'FORCED_CRIMINAL_ACTIVITY'
  | 'UNPAID_OR_WAGES_WITHHELD'
  | 'DOCUMENTS_CONFISCATED'
  | 'MOVEMENT_RESTRICTED'
  | 'ISOLATED_OR_MONITORED';

export type IndicatorAnswer = 'YES' | 'NO' | 'UNKNOWN';

/** HIGH: exploitation and a means (deception, coercion or control), or exploitation of a child; MEDIUM: exploitation without a means, or indicators of two or more groups; LOW: less */
export type ScreeningLevel = 'HIGH' | 'MEDIUM' | 'LOW';

export type ScreeningConclusion = 'POSSIBLE_VICTIM_REFER' | 'FOLLOW_UP_NEEDED' | 'NO_INDICATION';

/** Narrows the caseload */
export type CaseloadFilter = {
  status?: SurvivorCaseStatus | null | undefined;
  vulnerability?: SurvivorVulnerability | null | undefined;
  /** Cases assigned to this case worker. A UUID. */
  caseWorkerId?: string | number | null | undefined;
  /** Only cases assigned to the caller (as case worker or supervisor) */
  mine?: boolean | null | undefined;
  /** Start of a code, e.g. SV-CR-2026-003; at most 24 characters. */
  codePrefix?: string | null | undefined;
};

/** INCOMING: sent to the caller's agency; OUTGOING: sent by it */
export type ServiceReferralBox = 'INCOMING' | 'OUTGOING';

export type IndicatorCategory = 'RECRUITMENT' | 'MOVEMENT' | 'COERCION' | 'EXPLOITATION' | 'CONTROL';

export type ProtectionReferralStatus = 'SENT' | 'ACCEPTED' | 'DECLINED';

export type ProtectionReferralAnswer = 'ACCEPT' | 'DECLINE';

export type ProtectionReferralBox = 'INCOMING' | 'OUTGOING';

/** The kinds of an agency's records it keeps for its own term */
export type AgencyRetentionKind =
  /** Referrals the agency sent, once closed, declined or withdrawn */
  | 'CLOSED_REFERRALS'
  /** Survivor records the agency holds, once closed */
  | 'CLOSED_SURVIVORS';

/** Voluntary return and reintegration, local integration, or resettlement/relocation to a third country */
export type DurableSolution = 'VOLUNTARY_RETURN' | 'LOCAL_INTEGRATION' | 'RESETTLEMENT';

export type DurablePlanStatus = 'OPEN' | 'CLOSED';

export type DurablePlanOutcome = 'SOLUTION_SUSTAINED' | 'RE_TRAFFICKED' | 'LOST_CONTACT' | 'PERSON_WITHDREW';

/** An IASC durable-solutions criterion */
export type DurableCriterion =
  | 'SAFETY_AND_SECURITY'
  | 'STANDARD_OF_LIVING'
  | 'LIVELIHOODS'
  | 'HOUSING_LAND_PROPERTY'
  | 'DOCUMENTATION'
  | 'FAMILY_REUNIFICATION'
  | 'PUBLIC_AFFAIRS'
  | 'REMEDIES_AND_JUSTICE';

export type CriterionStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'MET' | 'NOT_APPLICABLE';

export type SolutionDestination = 'COUNTRY_OF_ORIGIN' | 'SAME_COUNTRY' | 'THIRD_COUNTRY';

/** Risk assessment of the place of return */
export type ReturnRisk = 'SAFE' | 'SAFE_WITH_CONDITIONS' | 'NOT_SAFE';

export type SolutionReferralStatus =
  'AWAITING_CONFIRMATION' | 'SENT' | 'ACCEPTED' | 'DECLINED' | 'HANDED_OVER' | 'CLOSED';

/** No hit; known to an agency (contact its desk); or a possible match to confirm with the owner */
export type IdentityCheckOutcome = 'NO_HIT' | 'HIT' | 'POSSIBLE_MATCH';

export type IdentityReindexStatus = 'RUNNING' | 'DONE' | 'SUPERSEDED';

/** Routes and modus operandi of smuggling networks, indicators at a crossing point, false documents */
export type BulletinKind = 'ROUTE_MODUS_OPERANDI' | 'CROSSING_INDICATORS' | 'FALSE_DOCUMENT';

export type BulletinStatus = 'DRAFT' | 'PUBLISHED';

export type StatisticsScope = 'AGENCY' | 'MECHANISM' | 'REGION';

/** PRIMARY: the count itself is too small; SECONDARY: hidden so a small one cannot be recomputed */
export type CellSuppression = 'PRIMARY' | 'SECONDARY';

export type ReferralDimension =
  | 'MECHANISM'
  | 'BORDER'
  | 'CROSSING_POINT'
  | 'CATEGORY'
  | 'URGENCY'
  | 'HANDLING_CODE'
  | 'SENDING_COUNTRY'
  | 'RECEIVING_COUNTRY'
  | 'STATUS'
  | 'OUTCOME'
  | 'MONTH'
  | 'DECLINE_REASON';

export type ReferralStatisticsInput = {
  scope: StatisticsScope;
  /** Required for scope MECHANISM. A UUID. */
  mechanismId?: string | number | null | undefined;
  /** Referrals sent at or after this moment */
  from?: string | null | undefined;
  /** Referrals sent before this moment */
  to?: string | null | undefined;
  disclosure?: DisclosureLevel | null | undefined;
  /** Exact counts: only for scope AGENCY (an agency's own operational figures) */
  exact?: boolean | null | undefined;
};

/** STANDARD: counts below 5 are suppressed; CTDC: below 11 */
export type DisclosureLevel = 'STANDARD' | 'CTDC';

export type CoordinationStatisticsInput = {
  /** AGENCY: the mechanisms of the caller's agency */
  scope: StatisticsScope;
  /** Required for scope MECHANISM. A UUID. */
  mechanismId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  disclosure?: DisclosureLevel | null | undefined;
};

/** The same scope, period and disclosure level as referralStatistics */
export type DataQualityInput = {
  scope: StatisticsScope;
  /** Required for scope MECHANISM. A UUID. */
  mechanismId?: string | number | null | undefined;
  /** Referrals sent at or after this moment */
  from?: string | null | undefined;
  /** Referrals sent before this moment */
  to?: string | null | undefined;
  disclosure?: DisclosureLevel | null | undefined;
  /** Exact counts: only for scope AGENCY (an agency's own operational figures) */
  exact?: boolean | null | undefined;
};

/** SEX, AGE_BAND, NATIONALITY, EXPLOITATION: survivors registered; SERVICE, SERVICE_STATUS: referrals to services; SOLUTION, PLAN_STATUS, PLAN_OUTCOME, CRITERION_MET: durable-solution plans */
export type ProtectionDimension =
  | 'SEX'
  | 'AGE_BAND'
  | 'NATIONALITY'
  | 'EXPLOITATION'
  | 'SERVICE'
  | 'SERVICE_STATUS'
  | 'SOLUTION'
  | 'PLAN_STATUS'
  | 'PLAN_OUTCOME'
  | 'CRITERION_MET';

/** Scope, period and disclosure level; AGENCY: the caller's agency; MECHANISM: survivors referred to services through it. Never exact: protection figures are always controlled */
export type ProtectionStatisticsInput = {
  /** AGENCY: the mechanisms of the caller's agency */
  scope: StatisticsScope;
  /** Required for scope MECHANISM. A UUID. */
  mechanismId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  disclosure?: DisclosureLevel | null | undefined;
};

/** The records behind one figure: a data-quality `indicator`, or a referral table cell (`dimension`, `key`, and `parent` for a crossing point), in the same scope and period as the figure */
export type FigureRecordsInput = {
  scope: StatisticsScope;
  /** Required for scope MECHANISM. A UUID. */
  mechanismId?: string | number | null | undefined;
  /** Referrals sent at or after this moment */
  from?: string | null | undefined;
  /** Referrals sent before this moment */
  to?: string | null | undefined;
  disclosure?: DisclosureLevel | null | undefined;
  /** Exact counts: only for scope AGENCY (an agency's own operational figures) */
  exact?: boolean | null | undefined;
  /** A data-quality indicator, e.g. CLOSED_WITHOUT_OUTCOME. At most 1000 characters. */
  indicator?: string | null | undefined;
  dimension?: ReferralDimension | null | undefined;
  /** The cell's key; at most 200 characters. */
  key?: string | null | undefined;
  /** A crossing point's mechanism; at most 200 characters. */
  parent?: string | null | undefined;
};

/** A system-to-system token for the caller's agency */
export type CreateApiTokenInput = {
  /** What the token is for, e.g. "Case management system". At most 200 characters. */
  name: string;
  /** Roles the token acts with; admin roles are not allowed. At most 10 items. */
  roles: Array<Role>;
  /** Scopes such as "referrals:read". At most 20 items. At most 100 characters. */
  scopes?: Array<string> | null | undefined;
  /** When the token stops working; none means until revoked */
  expiresAt?: string | null | undefined;
};

/** SIGNED_IN, or what the user must do next with the same session: give or enrol a TOTP code */
export type SignInStatus = 'SIGNED_IN' | 'TOTP_REQUIRED' | 'TOTP_ENROLMENT_REQUIRED';

/** A person to invite into an agency; they set their own password from the mailed link */
export type InviteUserInput = {
  /** A UUID. */
  agencyId: string | number;
  /** At most 254 characters. */
  email: string;
  /** At most 200 characters. */
  name: string;
  /** At most 10 items. */
  roles: Array<Role>;
  /** es, en, pt or fr. At most 10 characters. */
  locale: string;
  /** IANA time zone, e.g. America/Bogota. At most 64 characters. */
  timeZone: string;
};

/** Changes to a user made by an admin; omitted fields stay as they are */
export type UpdateUserInput = {
  /** At most 200 characters. */
  name?: string | null | undefined;
  /** At most 10 items. */
  roles?: Array<Role> | null | undefined;
  /** At most 10 characters. */
  locale?: string | null | undefined;
  /** At most 64 characters. */
  timeZone?: string | null | undefined;
};

/** Changes to the signed-in user's own profile; omitted fields stay as they are */
export type UpdateMyProfileInput = {
  /** At most 200 characters. */
  name?: string | null | undefined;
  /** At most 10 characters. */
  locale?: string | null | undefined;
  /** At most 64 characters. */
  timeZone?: string | null | undefined;
};

/** A country to add to the portal */
export type CreateCountryInput = {
  /** ISO 3166-1 alpha-2, e.g. GT. At most 10 characters. */
  code: string;
  names: LocalizedNamesInput;
  /** es, en, pt or fr. At most 10 characters. */
  defaultLocale: string;
  /** IANA time zone, e.g. America/Guatemala. At most 64 characters. */
  timeZone: string;
};

export type LocalizedNamesInput = {
  /** At most 200 characters. */
  es: string;
  /** At most 200 characters. */
  en?: string | null | undefined;
  /** At most 200 characters. */
  pt?: string | null | undefined;
  /** At most 200 characters. */
  fr?: string | null | undefined;
};

export type UpdateCountryInput = {
  /** At most 10 characters. */
  code: string;
  names?: LocalizedNamesInput | null | undefined;
  /** At most 10 characters. */
  defaultLocale?: string | null | undefined;
  /** At most 64 characters. */
  timeZone?: string | null | undefined;
};

/** An agency to add: the tenant its users work in */
export type CreateAgencyInput = {
  /** ISO 3166-1 alpha-2 code of its country. At most 10 characters. */
  countryCode: string;
  kind: AgencyKind;
  /** At most 200 characters. */
  name: string;
  /** At most 20 characters. */
  acronym: string;
  /** At most 1000 characters. */
  contactPoint?: string | null | undefined;
};

/** Changes to an agency; omitted fields stay as they are */
export type UpdateAgencyInput = {
  /** A UUID. */
  id: string | number;
  kind?: AgencyKind | null | undefined;
  /** At most 200 characters. */
  name?: string | null | undefined;
  /** At most 20 characters. */
  acronym?: string | null | undefined;
  /** At most 1000 characters. */
  contactPoint?: string | null | undefined;
  /** false: the agency can no longer sign in or be addressed */
  active?: boolean | null | undefined;
};

/** A coordination mechanism to set up */
export type CreateMechanismInput = {
  kind: MechanismKind;
  names: LocalizedNamesInput;
  /** ISO codes of the member countries. At most 10 items. At most 10 characters. */
  countryCodes: Array<string>;
  /** Member agencies; each must belong to a member country. At most 50 items. A UUID. */
  memberAgencyIds: Array<string | number>;
  /** The agency that runs the secretariat; must be a member. A UUID. */
  secretariatAgencyId: string | number;
  /** At most 50 items. */
  crossingPoints?: Array<CrossingPointInput>;
};

export type CrossingPointInput = {
  /** e.g. Rumichaca (Ipiales–Tulcán). At most 200 characters. */
  name: string;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
};

/** Changes to a mechanism; omitted fields stay as they are */
export type UpdateMechanismInput = {
  /** A UUID. */
  id: string | number;
  names?: LocalizedNamesInput | null | undefined;
  /** At most 10 items. At most 10 characters. */
  countryCodes?: Array<string> | null | undefined;
  /** At most 50 items. A UUID. */
  memberAgencyIds?: Array<string | number> | null | undefined;
  /** A UUID. */
  secretariatAgencyId?: string | number | null | undefined;
  /** Replaces the list of crossing points. At most 50 items. */
  crossingPoints?: Array<CrossingPointInput> | null | undefined;
  active?: boolean | null | undefined;
};

/** Deadlines of one urgency, in minutes from sending */
export type ReferralDeadlineInput = {
  urgency: ReferralUrgency;
  acknowledgeWithinMinutes: number;
  answerWithinMinutes: number;
};

/** What the sender writes in a referral draft */
export type ReferralDraftInput = {
  /** A UUID. */
  receivingAgencyId: string | number;
  /** The mechanism both agencies are active members of. A UUID. */
  mechanismId: string | number;
  category: ReferralCategory;
  urgency: ReferralUrgency;
  /** At most 300 characters. */
  title: string;
  /** At most 20000 characters. */
  narrative: string;
  incidentDate?: unknown;
  /** A crossing point of the mechanism. A UUID. */
  crossingPointId?: string | number | null | undefined;
  /** At most 300 characters. */
  placeDescription?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  handlingCode: HandlingCode;
  sourceReliability: SourceReliability;
  /** 1 to 4 */
  informationAccuracy: number;
  /** At most 200 items. */
  persons?: Array<ReferralPersonInput> | null | undefined;
};

/** A person involved, with what is known about them */
export type ReferralPersonInput = {
  role: ReferralPersonRole;
  /** At most 200 characters. */
  givenNames?: string | null | undefined;
  /** At most 200 characters. */
  familyNames?: string | null | undefined;
  /** At most 20 items. At most 200 characters. */
  aliases?: Array<string> | null | undefined;
  sex?: PersonSex | null | undefined;
  dateOfBirth?: unknown;
  estimatedAge?: number | null | undefined;
  /** ISO 3166-1 alpha-2 code. At most 10 characters. */
  nationality?: string | null | undefined;
  /** At most 10 items. */
  identityDocuments?: Array<IdentityDocumentInput> | null | undefined;
  /** At most 10 items. At most 40 characters. */
  phones?: Array<string> | null | undefined;
  /** At most 10 items. */
  vehicles?: Array<VehicleInput> | null | undefined;
};

export type IdentityDocumentInput = {
  /** PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, ... At most 40 characters. */
  kind: string;
  /** At most 60 characters. */
  number: string;
  /** ISO 3166-1 alpha-2 code of the issuing country. At most 10 characters. */
  issuingCountry?: string | null | undefined;
};

export type VehicleInput = {
  /** At most 20 characters. */
  plate?: string | null | undefined;
  /** Make, model, colour. At most 300 characters. */
  description?: string | null | undefined;
};

/** A message to the other agencies on a referral; upload attachments first */
export type PostReferralMessageInput = {
  /** A UUID. */
  referralId: string | number;
  /** At most 10000 characters. */
  body: string;
  /** Ids returned by POST /api/referrals/:id/attachments. At most 10 items. A UUID. */
  attachmentIds?: Array<string | number> | null | undefined;
};

/** Pass a referral on to a third agency, as its handling code allows */
export type ForwardReferralInput = {
  /** A UUID. */
  referralId: string | number;
  /** A UUID. */
  recipientAgencyId: string | number;
  /** At most 2000 characters. */
  comment?: string | null | undefined;
};

/** When, where and what a meeting is (its mechanism is given when it is created) */
export type MeetingInput = {
  /** At most 200 characters. */
  title: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string;
  /** IANA time zone, e.g. America/Guatemala. At most 1000 characters. */
  timeZone: string;
  /** A crossing point of the mechanism. A UUID. */
  crossingPointId?: string | number | null | undefined;
  /** At most 200 characters. */
  placeText?: string | null | undefined;
  /** An https:// link. At most 1000 characters. */
  videoLink?: string | null | undefined;
  /** One to four of es, en, pt, fr. At most 100 items. At most 1000 characters. */
  languages: Array<string>;
  /** Member agencies invited (at most 50). At most 100 items. A UUID. */
  invitedAgencyIds: Array<string | number>;
};

/** One agenda item; an id keeps an existing item (and its minutes) */
export type AgendaItemInput = {
  /** A UUID. */
  id?: string | number | null | undefined;
  /** At most 300 characters. */
  title: string;
  /** A member agency. A UUID. */
  presenterAgencyId?: string | number | null | undefined;
  /** HH:MM in the meeting time zone. At most 1000 characters. */
  slotStart?: string | null | undefined;
  /** 1 to 1440 */
  durationMinutes?: number | null | undefined;
};

/** A person at the meeting */
export type AttendanceInput = {
  /** At most 200 characters. */
  name: string;
  /** At most 200 characters. */
  jobTitle?: string | null | undefined;
  /** A member agency. A UUID. */
  agencyId: string | number;
  status: AttendanceStatus;
};

/** The corrected minutes of one agenda item */
export type CorrectedMinutesInput = {
  /** A UUID. */
  agendaItemId: string | number;
  /** Markdown, at most 20000 characters. */
  minutes: string;
};

/** An action item assigned at a meeting */
export type ActionItemInput = {
  /** At most 300 characters. */
  title: string;
  /** A member agency of the mechanism. A UUID. */
  ownerAgencyId: string | number;
  /** A person of the owner agency. A UUID. */
  ownerUserId?: string | number | null | undefined;
  /** Due by the end of this day in the owner agency's time zone */
  dueDate: unknown;
  priority: ActionPriority;
  /** The decision it carries out. A UUID. */
  decisionId?: string | number | null | undefined;
};

/** A document of a mechanism's library (its files are uploaded as versions) */
export type LibraryDocumentInput = {
  kind: LibraryDocumentKind;
  /** At most 300 characters. */
  title: string;
  /** es, pt, en or fr: the language of the document (and of its search). At most 1000 characters. */
  language: string;
  /** At most 4000 characters. */
  summary: string;
  handlingCode: LibraryHandlingCode;
  /** H3: the member agencies that may read it (at most 50). At most 100 items. A UUID. */
  namedAgencyIds?: Array<string | number>;
};

/** A line of the 24/7 contact roster: a desk or officer, when it answers, how to reach it */
export type DutyContactInput = {
  /** A crossing point of the mechanism, or none for the whole border. A UUID. */
  crossingPointId?: string | number | null | undefined;
  /** At most 200 characters. */
  deskName: string;
  /** At most 200 characters. */
  officerName?: string | null | undefined;
  /** IANA time zone of the hours, e.g. America/Guatemala. At most 1000 characters. */
  timeZone: string;
  /** Around the clock, every day: days and times are then ignored */
  alwaysOn: boolean;
  /** ISO days a shift starts: 1 Monday … 7 Sunday. At most 7 items. */
  days?: Array<number>;
  /** HH:MM local time the shift starts. At most 1000 characters. */
  from?: string | null | undefined;
  /** HH:MM local time it ends; earlier than `from` runs past midnight. At most 1000 characters. */
  until?: string | null | undefined;
  /** es, pt, en, fr. At most 4 items. At most 1000 characters. */
  languages?: Array<string>;
  /** At most 40 characters. */
  phone: string;
  /** At most 1000 characters. */
  radioChannel?: string | null | undefined;
  /** At most 1000 characters. */
  email?: string | null | undefined;
  /** At most 1000 characters. */
  secureChannel?: string | null | undefined;
};

/** A checklist template: a title and its sections */
export type AssessmentTemplateInput = {
  /** At most 200 characters. */
  title: string;
  /** At most 20 sections. */
  sections: Array<AssessmentSectionInput>;
};

/** A section of a checklist: a title and its questions */
export type AssessmentSectionInput = {
  /** At most 200 characters. */
  title: string;
  /** At most 30 questions of 500 characters. */
  questions: Array<string>;
};

/** What is assessed, when and by whom (the checklist is given when it is started) */
export type AssessmentInput = {
  /** The crossing point or border section, at most 200 characters. */
  place: string;
  assessedOn: unknown;
  /** At most 10 names of 120 characters. */
  assessors: Array<string>;
};

/** Everything the assessment form saves at once (a draft only) */
export type AssessmentContentInput = {
  /** The crossing point or border section, at most 200 characters. */
  place: string;
  assessedOn: unknown;
  /** At most 10 names of 120 characters. */
  assessors: Array<string>;
  /** At most 600 items. */
  answers: Array<AssessmentAnswerInput>;
  /** At most 10000 characters. */
  findings: string;
  /** At most 30. */
  recommendations: Array<AssessmentRecommendationInput>;
};

/** The answer to one question */
export type AssessmentAnswerInput = {
  /** At most 1000 characters. */
  questionKey: string;
  /** 1 to 4; null: not scored yet */
  score?: number | null | undefined;
  /** At most 2000 characters. */
  comment?: string;
};

/** A recommendation: with its id to keep it (and its action), without to add one */
export type AssessmentRecommendationInput = {
  /** A UUID. */
  id?: string | number | null | undefined;
  /** At most 1000 characters. */
  text: string;
};

/** The action item a recommendation becomes */
export type RecommendationActionInput = {
  /** A member agency of the mechanism. A UUID. */
  ownerAgencyId: string | number;
  /** A person of the owner agency. A UUID. */
  ownerUserId?: string | number | null | undefined;
  /** Due by the end of this day in the owner agency's time zone */
  dueDate: unknown;
  priority: ActionPriority;
  /** The action title; the recommendation text (cut to 300) when omitted. At most 1000 characters. */
  title?: string | null | undefined;
};

/** A training delivered by a mechanism */
export type TrainingInput = {
  /** At most 300 characters. */
  topic: string;
  heldOn: unknown;
  /** At most 200 characters. */
  place: string;
  /** At most 10 names of 120 characters. */
  trainers: Array<string>;
  /** At most 4000 characters. */
  summary?: string;
  /** One per member agency, at most 30. At most 100 items. */
  participants: Array<TrainingParticipationInput>;
  /** Library documents of the mechanism, at most 20. At most 100 items. A UUID. */
  materialIds: Array<string | number>;
};

/** Participants of one member agency, by sex */
export type TrainingParticipationInput = {
  /** A UUID. */
  agencyId: string | number;
  /** 0 to 10000 */
  female: number;
  /** 0 to 10000 */
  male: number;
  /** Other or not stated: 0 to 10000 */
  otherOrNotStated: number;
};

/** A survivor's informed consent, as given */
export type ConsentInput = {
  /** A UUID. */
  survivorId: string | number;
  /** At least one. At most 100 items. */
  categories: Array<ConsentDataCategory>;
  /** One agency; or else a kind of agency in a country. A UUID. */
  recipientAgencyId?: string | number | null | undefined;
  recipientAgencyKind?: AgencyKind | null | undefined;
  /** ISO 3166-1 alpha-2, with recipientAgencyKind. At most 1000 characters. */
  recipientCountryCode?: string | null | undefined;
  /** At least one. At most 100 items. */
  purposes: Array<ProtectionService>;
  validFrom: unknown;
  /** At most two years after validFrom */
  validUntil: unknown;
  method: ConsentMethod;
  /** SIGNED_FORM: the form's reference; at most 100 characters. */
  signedFormReference?: string | null | undefined;
  /** VERBAL_WITH_WITNESS: the witness; at most 200 characters. */
  witnessName?: string | null | undefined;
  givenBy: ConsentGivenBy;
  /** CHILD_AND_GUARDIAN: the child's assent was given */
  childAssent?: boolean | null | undefined;
  /** CHILD_AND_GUARDIAN: the guardian; at most 200 characters. */
  guardianName?: string | null | undefined;
  /** The version of the consent text read to the person. A UUID. */
  consentTextId: string | number;
};

/** A survivor record; limits are given per field */
export type SurvivorInput = {
  /** At most 200 characters. */
  givenNames?: string | null | undefined;
  /** At most 200 characters. */
  familyNames?: string | null | undefined;
  /** At most 10, each at most 200 characters. */
  aliases?: Array<string> | null | undefined;
  dateOfBirth?: unknown;
  /** When the date of birth is not known: 0 to 120 */
  estimatedAge?: number | null | undefined;
  sex?: SurvivorSex | null | undefined;
  /** As the person describes it; at most 100 characters. */
  genderIdentity?: string | null | undefined;
  /** ISO 3166-1 alpha-2 code. At most 1000 characters. */
  nationality?: string | null | undefined;
  /** ISO 639 codes (es, en, pt, fr, miskito: miq, ...); at most 10. At most 100 items. At most 1000 characters. */
  languages?: Array<string> | null | undefined;
  /** At most 10. */
  identityDocuments?: Array<SurvivorDocumentInput> | null | undefined;
  /** At most 5, each at most 40 characters. */
  phones?: Array<string> | null | undefined;
  /** At most 254 characters. */
  email?: string | null | undefined;
  /** Where the person is now; at most 300 characters. */
  currentLocation?: string | null | undefined;
  /** At most 20. */
  exploitations?: Array<ExploitationInput> | null | undefined;
  /** At most 100 items. */
  vulnerabilities?: Array<SurvivorVulnerability> | null | undefined;
};

export type SurvivorDocumentInput = {
  /** PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, BIRTH_CERTIFICATE, OTHER. At most 1000 characters. */
  kind: string;
  /** At most 60 characters. */
  number: string;
  /** ISO 3166-1 alpha-2 code of the issuing country. At most 1000 characters. */
  issuingCountry?: string | null | undefined;
};

export type ExploitationInput = {
  kind: ExploitationKind;
  /** ISO 3166-1 alpha-2 code of the country where it happened. At most 1000 characters. */
  countryCode?: string | null | undefined;
  /** Place, at most 300 characters. */
  place?: string | null | undefined;
  startedOn?: unknown;
  endedOn?: unknown;
  /** At most 2,000 characters. */
  notes?: string | null | undefined;
};

/** Who works on a survivor's case; only users of the holding agency with the right role */
export type SurvivorAssignmentInput = {
  /** A UUID. */
  survivorId: string | number;
  /** A CASE_WORKER of the holding agency. A UUID. */
  caseWorkerId: string | number;
  /** A PROTECTION_SUPERVISOR of the holding agency; null: none. A UUID. */
  supervisorId?: string | number | null | undefined;
};

/** A referral of a survivor to a service, with the fields the provider may read */
export type ServiceReferralInput = {
  /** A UUID. */
  survivorId: string | number;
  /** The provider agency; a fellow member of a mechanism of the referring agency. A UUID. */
  recipientAgencyId: string | number;
  /** The mechanism both agencies are members of; absent: their national mechanism, or else another one. A UUID. */
  mechanismId?: string | number | null | undefined;
  /** The provider's service from the directory: it must be the recipient's and offer the service. A UUID. */
  directoryServiceId?: string | number | null | undefined;
  /** What the survivor is referred for (the purpose consent covers) */
  service: ProtectionService;
  urgency: ReferralUrgency;
  /** At least one; each must be in a category the consent covers. At most 100 items. */
  sharedFields: Array<SharedField>;
  /** What is needed; at most 2,000 characters. */
  note?: string | null | undefined;
};

/** A step on a referral to a service */
export type ServiceReferralStepInput = {
  /** A UUID. */
  referralId: string | number;
  step: ServiceReferralStep;
  /** DECLINE: the reason (required); DELIVER and CLOSE: the outcome. At most 1,000 characters. */
  text?: string | null | undefined;
};

/** A service of the caller's agency, as its admin describes it */
export type DirectoryServiceInput = {
  /** Absent: a new service. A UUID. */
  id?: string | number | null | undefined;
  /** At most 200 characters. */
  name: string;
  /** At most 2,000 characters. */
  description?: string | null | undefined;
  /** At least one. At most 100 items. */
  types: Array<ProtectionService>;
  /** At most 500 characters. */
  eligibility?: string | null | undefined;
  minimumAge?: number | null | undefined;
  maximumAge?: number | null | undefined;
  /** ISO 639 codes; at most 20. At most 100 items. At most 1000 characters. */
  languages?: Array<string> | null | undefined;
  /** At most 300 characters. */
  hours?: string | null | undefined;
  /** At most 300 characters. */
  areaServed?: string | null | undefined;
  /** At most 300 characters. */
  address?: string | null | undefined;
  /** At most 60 characters. */
  phone?: string | null | undefined;
  /** At most 200 characters. */
  email?: string | null | undefined;
  capacity?: number | null | undefined;
  availability?: ServiceAvailability | null | undefined;
  /** False takes it out of the directory */
  active?: boolean | null | undefined;
};

/** A screening as the case worker completed it */
export type ScreeningInput = {
  /** Every indicator of the form, once. At most 100 items. */
  answers: Array<ScreeningAnswerInput>;
  conclusion: ScreeningConclusion;
  /** The case worker's reasons: 10 to 2,000 characters. At most 2000 characters. */
  conclusionNotes: string;
  /** Where, e.g. a border post; at most 200 characters. */
  place?: string | null | undefined;
};

export type ScreeningAnswerInput = {
  indicator: ScreeningIndicator;
  answer: IndicatorAnswer;
  /** At most 500 characters. */
  notes?: string | null | undefined;
};

/** A referral to protection after a screening at a border post */
export type ProtectionReferralInput = {
  /** The protection agency, a member of a mechanism with the sending agency. A UUID. */
  recipientAgencyId: string | number;
  person: BorderReferralPersonInput;
  /** The screening; its conclusion must be POSSIBLE_VICTIM_REFER */
  screening: ScreeningInput;
  consent: BorderReferralConsentInput;
  /** For the protection agency; at most 2,000 characters. */
  note?: string | null | undefined;
};

export type BorderReferralPersonInput = {
  /** If the person gave them; at most 200 characters. */
  givenNames?: string | null | undefined;
  /** If the person gave them; at most 200 characters. */
  familyNames?: string | null | undefined;
  /** Age in years, as told or estimated (0 to 120) */
  estimatedAge: number;
  sex?: SurvivorSex | null | undefined;
  /** ISO 3166-1 alpha-2 code. At most 1000 characters. */
  nationality?: string | null | undefined;
  /** ISO 639 codes of the languages the person speaks: one to ten. At most 100 items. At most 1000 characters. */
  languages: Array<string>;
  /** Where the person is now (e.g. the border post); at most 300 characters. */
  currentLocation: string;
  /** How to reach the person; at most 40 characters. */
  phone?: string | null | undefined;
};

export type BorderReferralConsentInput = {
  method: ConsentMethod;
  /** For a child (under 18): the child's assent and the guardian's consent */
  givenBy: ConsentGivenBy;
  /** Language of the consent text read to the person (its current version). At most 1000 characters. */
  language: string;
  /** Who witnessed a verbal consent; at most 200 characters. */
  witness?: string | null | undefined;
  /** The guardian's name, for a child; at most 200 characters. */
  guardian?: string | null | undefined;
};

/** A message to the other side of a referral to a service; upload its files first */
export type ServiceReferralMessageInput = {
  /** A UUID. */
  referralId: string | number;
  /** At most 4000 characters. */
  body: string;
  /** Ids returned by POST /api/service-referrals/:id/files. At most 5 items. A UUID. */
  attachmentIds?: Array<string | number> | null | undefined;
};

/** A survivor's durable-solutions plan: the solution sought and the person's own wishes */
export type DurablePlanInput = {
  /** A UUID. */
  survivorId: string | number;
  solution: DurableSolution;
  /** In the person's own words; at most 4000 characters. */
  wishes: string;
};

/** An assessment of one IASC criterion of a plan */
export type CriterionAssessmentInput = {
  /** A UUID. */
  planId: string | number;
  criterion: DurableCriterion;
  status: CriterionStatus;
  /** What shows it; at most 2000 characters. */
  evidence?: string | null | undefined;
  /** At most 200 characters. */
  responsibleOrganisation?: string | null | undefined;
  /** Not in the future */
  assessedOn: unknown;
};

/** Refers a plan to an organisation through a mechanism both belong to, under consent */
export type SolutionReferralInput = {
  /** A UUID. */
  planId: string | number;
  /** A UUID. */
  recipientAgencyId: string | number;
  /** A mechanism the holding and the recipient agency are both members of. A UUID. */
  mechanismId: string | number;
  /** At least one; each must be covered by consent. At most 100 items. */
  purposes: Array<ProtectionService>;
  /** The survivor's personal fields the recipient may read (at most 14). At most 100 items. At most 1000 characters. */
  sharedFields: Array<string>;
  /** Criteria the recipient assesses once it accepts (default: the reintegration ones). At most 100 items. */
  entrustedCriteria?: Array<DurableCriterion> | null | undefined;
  /** Required for a return */
  returnRisk?: ReturnRisk | null | undefined;
  /** Conditions or reasons; at most 1,000 characters. */
  riskDetails?: string | null | undefined;
  /** A return to a place assessed not safe: the person's informed wish to return is recorded in the plan's wishes (the referral then waits for a supervisor's confirmation) */
  informedWish?: boolean | null | undefined;
  /** Required for a child */
  bestInterests?: BestInterestsInput | null | undefined;
};

/** A child's best-interests procedure, attached to a solution referral */
export type BestInterestsInput = {
  /** The day of the best-interests assessment (BIA); not in the future */
  assessedOn: unknown;
  /** The reference of the assessment attached (case file number); at most 200. At most 1000 characters. */
  reference: string;
  /** For a return or a relocation: the day of the best-interests determination (BID) by a panel */
  determinedOn?: unknown;
  /** For a BID: the panel members' roles, not names (at least 2, at most 10, 100 characters each). At most 100 items. At most 1000 characters. */
  panelRoles?: Array<string> | null | undefined;
  /** The guardian's role and organisation (not the name); at most 200. At most 1000 characters. */
  guardian: string;
};

/** The holding agency's supervisor confirms a referral waiting for it, or stops it */
export type SolutionReferralConfirmationInput = {
  /** A UUID. */
  referralId: string | number;
  confirm: boolean;
  /** Required to stop it; 10 to 1,000 characters. At most 1000 characters. */
  reason?: string | null | undefined;
};

/** The recipient accepts, or declines with a reason */
export type SolutionReferralResponseInput = {
  /** A UUID. */
  referralId: string | number;
  accept: boolean;
  /** Required to decline; 10 to 1,000 characters. At most 1000 characters. */
  reason?: string | null | undefined;
};

/** The person arrived: the hand-over is done and the lead may pass to the recipient */
export type HandOverInput = {
  /** A UUID. */
  referralId: string | number;
  /** The day of return or arrival; not in the future */
  arrivedOn: unknown;
  /** The recipient takes the lead of the plan */
  leadToRecipient: boolean;
};

/** A follow-up report: what was found, and the criteria it updates */
export type FollowUpReportInput = {
  /** A UUID. */
  followUpId: string | number;
  /** At least 10, at most 2,000 characters. */
  summary: string;
  /** At most 8. */
  assessments: Array<CriterionAssessmentChange>;
};

/** An assessment of one criterion within a follow-up report */
export type CriterionAssessmentChange = {
  criterion: DurableCriterion;
  status: CriterionStatus;
  /** At most 2000 characters. */
  evidence?: string | null | undefined;
  /** At most 200 characters. */
  responsibleOrganisation?: string | null | undefined;
  /** Not in the future */
  assessedOn: unknown;
};

export type IdentityCheckInput = {
  /** A UUID. */
  mechanismId: string | number;
  /** Why the check is made; told to the owner of any record it matches. At most 500 characters. */
  purpose: string;
  person?: PersonIdentifiersInput | null | undefined;
  document?: DocumentIdentifierInput | null | undefined;
};

/** A person as written in their documents */
export type PersonIdentifiersInput = {
  /** At most 200 characters. */
  familyNames: string;
  /** At most 200 characters. */
  givenNames: string;
  dateOfBirth: unknown;
};

/** An identity or travel document */
export type DocumentIdentifierInput = {
  /** At most 40 characters. */
  number: string;
  /** ISO 3166-1 alpha-2 code of the issuing country. At most 2 characters. */
  issuingCountry: string;
};

/** A bulletin's draft: non-personal information for the mechanism's member agencies */
export type BulletinInput = {
  kind: BulletinKind;
  /** One per language (es, pt, en, fr), at least one. At most 4 items. */
  texts: Array<BulletinTextInput>;
  /** A crossing point of the mechanism, when it is about one. A UUID. */
  crossingPointId?: string | number | null | undefined;
  handlingCode: LibraryHandlingCode;
  /** H3: the member agencies that may read it (at most 50). At most 50 items. A UUID. */
  namedAgencyIds?: Array<string | number>;
  /** Default: now */
  validFrom?: string | null | undefined;
  /** After validFrom, at most a year after it */
  validUntil: string;
};

/** The title and body of a bulletin in one language */
export type BulletinTextInput = {
  /** es, pt, en or fr. At most 2 characters. */
  language: string;
  /** At most 200 characters. */
  title: string;
  /** At most 8000 characters; no person's data. */
  body: string;
};

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  password: string;
}>;

export type AcceptInvitationMutation = { acceptInvitation: { status: SignInStatus } };

export type AdminAgencyFragment = {
  id: string;
  kind: AgencyKind;
  name: string;
  acronym: string;
  contactPoint: string | null;
  active: boolean;
  country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
};

export type AdminAgenciesQueryVariables = Exact<{
  filter?: AgencyFilter | null | undefined;
}>;

export type AdminAgenciesQuery = {
  agencies: Array<{
    id: string;
    kind: AgencyKind;
    name: string;
    acronym: string;
    contactPoint: string | null;
    active: boolean;
    country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  }>;
  countries: Array<{ id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } }>;
};

export type CreateAgencyMutationVariables = Exact<{
  input: CreateAgencyInput;
}>;

export type CreateAgencyMutation = {
  createAgency: {
    id: string;
    kind: AgencyKind;
    name: string;
    acronym: string;
    contactPoint: string | null;
    active: boolean;
    country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  };
};

export type UpdateAgencyMutationVariables = Exact<{
  input: UpdateAgencyInput;
}>;

export type UpdateAgencyMutation = {
  updateAgency: {
    id: string;
    kind: AgencyKind;
    name: string;
    acronym: string;
    contactPoint: string | null;
    active: boolean;
    country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  };
};

export type AdminApiTokenFragment = {
  id: string;
  name: string;
  roles: Array<Role>;
  scopes: Array<string>;
  displayPrefix: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  approvedAt: string | null;
};

export type AdminApiTokensQueryVariables = Exact<{ [key: string]: never }>;

export type AdminApiTokensQuery = {
  apiTokens: Array<{
    id: string;
    name: string;
    roles: Array<Role>;
    scopes: Array<string>;
    displayPrefix: string;
    createdAt: string;
    expiresAt: string | null;
    revokedAt: string | null;
    lastUsedAt: string | null;
    approvedAt: string | null;
  }>;
};

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;

export type CreateApiTokenMutation = {
  createApiToken: {
    token: string;
    apiToken: {
      id: string;
      name: string;
      roles: Array<Role>;
      scopes: Array<string>;
      displayPrefix: string;
      createdAt: string;
      expiresAt: string | null;
      revokedAt: string | null;
      lastUsedAt: string | null;
      approvedAt: string | null;
    };
  };
};

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeApiTokenMutation = {
  revokeApiToken: {
    id: string;
    name: string;
    roles: Array<Role>;
    scopes: Array<string>;
    displayPrefix: string;
    createdAt: string;
    expiresAt: string | null;
    revokedAt: string | null;
    lastUsedAt: string | null;
    approvedAt: string | null;
  };
};

export type AdminCountryFragment = {
  id: string;
  defaultLocale: string;
  timeZone: string;
  names: { es: string; en: string | null; pt: string | null; fr: string | null };
};

export type AdminCountriesQueryVariables = Exact<{ [key: string]: never }>;

export type AdminCountriesQuery = {
  countries: Array<{
    id: string;
    defaultLocale: string;
    timeZone: string;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
  }>;
};

export type CreateCountryMutationVariables = Exact<{
  input: CreateCountryInput;
}>;

export type CreateCountryMutation = {
  createCountry: {
    id: string;
    defaultLocale: string;
    timeZone: string;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
  };
};

export type UpdateCountryMutationVariables = Exact<{
  input: UpdateCountryInput;
}>;

export type UpdateCountryMutation = {
  updateCountry: {
    id: string;
    defaultLocale: string;
    timeZone: string;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
  };
};

export type AdminFailedJobsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type AdminFailedJobsQuery = {
  failedJobs: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        kind: string;
        createdAt: string;
        failedAt: string | null;
        attempts: number;
        lastErrorCode: string | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type RetryFailedJobMutationVariables = Exact<{
  id: string | number;
}>;

export type RetryFailedJobMutation = { retryFailedJob: boolean };

export type DiscardFailedJobMutationVariables = Exact<{
  id: string | number;
}>;

export type DiscardFailedJobMutation = { discardFailedJob: boolean };

export type AdminMechanismDetailFragment = {
  id: string;
  kind: MechanismKind;
  active: boolean;
  names: { es: string; en: string | null; pt: string | null; fr: string | null };
  countries: Array<{ id: string }>;
  memberAgencies: Array<{ id: string; acronym: string; name: string }>;
  secretariatAgency: { id: string; acronym: string; name: string };
  crossingPoints: Array<{ id: string; name: string; latitude: number | null; longitude: number | null }>;
};

export type AdminDeadlineFragment = {
  urgency: ReferralUrgency;
  acknowledgeWithinMinutes: number;
  answerWithinMinutes: number;
  configured: boolean;
};

export type AdminMechanismOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type AdminMechanismOptionsQuery = {
  countries: Array<{ id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } }>;
  agencies: Array<{ id: string; name: string; acronym: string; active: boolean; country: { id: string } }>;
};

export type AdminMechanismQueryVariables = Exact<{
  id: string | number;
}>;

export type AdminMechanismQuery = {
  mechanism: {
    id: string;
    kind: MechanismKind;
    active: boolean;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    countries: Array<{ id: string }>;
    memberAgencies: Array<{ id: string; acronym: string; name: string }>;
    secretariatAgency: { id: string; acronym: string; name: string };
    crossingPoints: Array<{ id: string; name: string; latitude: number | null; longitude: number | null }>;
  } | null;
  referralDeadlines: Array<{
    urgency: ReferralUrgency;
    acknowledgeWithinMinutes: number;
    answerWithinMinutes: number;
    configured: boolean;
  }>;
};

export type CreateMechanismMutationVariables = Exact<{
  input: CreateMechanismInput;
}>;

export type CreateMechanismMutation = {
  createMechanism: {
    id: string;
    kind: MechanismKind;
    active: boolean;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    countries: Array<{ id: string }>;
    memberAgencies: Array<{ id: string; acronym: string; name: string }>;
    secretariatAgency: { id: string; acronym: string; name: string };
    crossingPoints: Array<{ id: string; name: string; latitude: number | null; longitude: number | null }>;
  };
};

export type UpdateMechanismMutationVariables = Exact<{
  input: UpdateMechanismInput;
}>;

export type UpdateMechanismMutation = {
  updateMechanism: {
    id: string;
    kind: MechanismKind;
    active: boolean;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    countries: Array<{ id: string }>;
    memberAgencies: Array<{ id: string; acronym: string; name: string }>;
    secretariatAgency: { id: string; acronym: string; name: string };
    crossingPoints: Array<{ id: string; name: string; latitude: number | null; longitude: number | null }>;
  };
};

export type ConfigureReferralDeadlinesMutationVariables = Exact<{
  mechanismId: string | number;
  deadlines: Array<ReferralDeadlineInput> | ReferralDeadlineInput;
}>;

export type ConfigureReferralDeadlinesMutation = {
  configureReferralDeadlines: Array<{
    urgency: ReferralUrgency;
    acknowledgeWithinMinutes: number;
    answerWithinMinutes: number;
    configured: boolean;
  }>;
};

export type AdminMechanismsQueryVariables = Exact<{ [key: string]: never }>;

export type AdminMechanismsQuery = {
  mechanisms: Array<{
    id: string;
    kind: MechanismKind;
    active: boolean;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    countries: Array<{ id: string }>;
    memberAgencies: Array<{ id: string }>;
    secretariatAgency: { id: string; acronym: string };
  }>;
};

export type RetentionReportFieldsFragment = {
  agencyId: string;
  canUpdate: boolean;
  lines: Array<{
    kind: AgencyRetentionKind;
    termDays: number;
    platformTermDays: number;
    agencyTermDays: number | null;
    minDays: number;
    maxDays: number;
    agencyTermSetAt: string | null;
    dueNow: number;
    dueWithin30Days: number;
    anonymisedCount: number;
    lastAnonymisedAt: string | null;
  }>;
  recent: Array<{ kind: AgencyRetentionKind; recordId: string; reference: string | null; anonymisedAt: string }>;
};

export type AgencyRetentionQueryVariables = Exact<{ [key: string]: never }>;

export type AgencyRetentionQuery = {
  agencyRetention: {
    agencyId: string;
    canUpdate: boolean;
    lines: Array<{
      kind: AgencyRetentionKind;
      termDays: number;
      platformTermDays: number;
      agencyTermDays: number | null;
      minDays: number;
      maxDays: number;
      agencyTermSetAt: string | null;
      dueNow: number;
      dueWithin30Days: number;
      anonymisedCount: number;
      lastAnonymisedAt: string | null;
    }>;
    recent: Array<{ kind: AgencyRetentionKind; recordId: string; reference: string | null; anonymisedAt: string }>;
  };
};

export type SetAgencyRetentionTermMutationVariables = Exact<{
  kind: AgencyRetentionKind;
  days?: number | null | undefined;
}>;

export type SetAgencyRetentionTermMutation = {
  setAgencyRetentionTerm: {
    agencyId: string;
    canUpdate: boolean;
    lines: Array<{
      kind: AgencyRetentionKind;
      termDays: number;
      platformTermDays: number;
      agencyTermDays: number | null;
      minDays: number;
      maxDays: number;
      agencyTermSetAt: string | null;
      dueNow: number;
      dueWithin30Days: number;
      anonymisedCount: number;
      lastAnonymisedAt: string | null;
    }>;
    recent: Array<{ kind: AgencyRetentionKind; recordId: string; reference: string | null; anonymisedAt: string }>;
  };
};

export type AdminUserFragment = {
  id: string;
  name: string;
  email: string | null;
  roles: Array<Role>;
  active: boolean;
  invitationPending: boolean;
  locale: string;
  timeZone: string;
  createdAt: string;
  restrictedFields: Array<string>;
};

export type AdminUsersQueryVariables = Exact<{
  agencyId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type AdminUsersQuery = {
  users: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        name: string;
        email: string | null;
        roles: Array<Role>;
        active: boolean;
        invitationPending: boolean;
        locale: string;
        timeZone: string;
        createdAt: string;
        restrictedFields: Array<string>;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;

export type InviteUserMutation = {
  inviteUser: {
    id: string;
    name: string;
    email: string | null;
    roles: Array<Role>;
    active: boolean;
    invitationPending: boolean;
    locale: string;
    timeZone: string;
    createdAt: string;
    restrictedFields: Array<string>;
  };
};

export type UpdateUserRolesMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;

export type UpdateUserRolesMutation = {
  updateUser: {
    id: string;
    name: string;
    email: string | null;
    roles: Array<Role>;
    active: boolean;
    invitationPending: boolean;
    locale: string;
    timeZone: string;
    createdAt: string;
    restrictedFields: Array<string>;
  };
};

export type DisableUserMutationVariables = Exact<{
  id: string | number;
}>;

export type DisableUserMutation = {
  disableUser: {
    id: string;
    name: string;
    email: string | null;
    roles: Array<Role>;
    active: boolean;
    invitationPending: boolean;
    locale: string;
    timeZone: string;
    createdAt: string;
    restrictedFields: Array<string>;
  };
};

export type EnableUserMutationVariables = Exact<{
  id: string | number;
}>;

export type EnableUserMutation = {
  enableUser: {
    id: string;
    name: string;
    email: string | null;
    roles: Array<Role>;
    active: boolean;
    invitationPending: boolean;
    locale: string;
    timeZone: string;
    createdAt: string;
    restrictedFields: Array<string>;
  };
};

export type AdminUserAgenciesQueryVariables = Exact<{ [key: string]: never }>;

export type AdminUserAgenciesQuery = {
  agencies: Array<{ id: string; name: string; acronym: string; country: { id: string } }>;
};

export type AdminRoleGrantFragment = {
  id: string;
  userId: string | null;
  userName: string | null;
  apiTokenId: string | null;
  apiTokenName: string | null;
  roles: Array<Role>;
  withInvitation: boolean;
  requestedByMe: boolean;
  requestedAt: string;
};

export type AdminRoleGrantsQueryVariables = Exact<{ [key: string]: never }>;

export type AdminRoleGrantsQuery = {
  roleGrantRequests: Array<{
    id: string;
    userId: string | null;
    userName: string | null;
    apiTokenId: string | null;
    apiTokenName: string | null;
    roles: Array<Role>;
    withInvitation: boolean;
    requestedByMe: boolean;
    requestedAt: string;
  }>;
};

export type ApproveRoleGrantMutationVariables = Exact<{
  id: string | number;
}>;

export type ApproveRoleGrantMutation = { approveRoleGrant: { id: string; status: RoleGrantStatus } };

export type RefuseRoleGrantMutationVariables = Exact<{
  id: string | number;
}>;

export type RefuseRoleGrantMutation = { refuseRoleGrant: { id: string; status: RoleGrantStatus } };

export type AuditEventRowFragment = {
  id: string;
  seq: string;
  occurredAt: string;
  actorKind: AuditActorKind | null;
  actorId: string | null;
  actorAgencyId: string | null;
  actorCountryCode: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fields: Array<string>;
  requestId: string | null;
  restrictedFields: Array<string>;
  actorName: string | null;
  recordLabel: string | null;
  recordPath: string | null;
};

export type AuditTrailQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditTrailFilter | null | undefined;
}>;

export type AuditTrailQuery = {
  auditTrail: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        seq: string;
        occurredAt: string;
        actorKind: AuditActorKind | null;
        actorId: string | null;
        actorAgencyId: string | null;
        actorCountryCode: string | null;
        action: string;
        entityType: string;
        entityId: string;
        fields: Array<string>;
        requestId: string | null;
        restrictedFields: Array<string>;
        actorName: string | null;
        recordLabel: string | null;
        recordPath: string | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type DataOwnerAccessLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: DataOwnerAccessFilter | null | undefined;
}>;

export type DataOwnerAccessLogQuery = {
  dataOwnerAccessLog: {
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        seq: string;
        occurredAt: string;
        actorKind: AuditActorKind | null;
        actorId: string | null;
        actorAgencyId: string | null;
        actorCountryCode: string | null;
        action: string;
        entityType: string;
        entityId: string;
        fields: Array<string>;
        requestId: string | null;
        restrictedFields: Array<string>;
        actorName: string | null;
        recordLabel: string | null;
        recordPath: string | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type VerifyAuditChainQueryVariables = Exact<{ [key: string]: never }>;

export type VerifyAuditChainQuery = {
  verifyAuditChain: {
    valid: boolean;
    checkedCount: number;
    firstBrokenSeq: string | null;
    lastSeq: string | null;
    lastHash: string | null;
  };
};

export type AuditAgenciesQueryVariables = Exact<{ [key: string]: never }>;

export type AuditAgenciesQuery = { agencies: Array<{ id: string; acronym: string; name: string }> };

export type AuditPeopleQueryVariables = Exact<{ [key: string]: never }>;

export type AuditPeopleQuery = { auditPeople: Array<{ id: string; name: string }> };

export type ExportAuditTrailMutationVariables = Exact<{
  filter?: AuditTrailFilter | null | undefined;
}>;

export type ExportAuditTrailMutation = { exportAuditTrail: string };

export type BulletinMechanismsQueryVariables = Exact<{ [key: string]: never }>;

export type BulletinMechanismsQuery = {
  mechanisms: Array<{
    id: string;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    secretariatAgency: { id: string };
    memberAgencies: Array<{ id: string; acronym: string; name: string }>;
    crossingPoints: Array<{ id: string; name: string }>;
  }>;
};

export type BulletinsQueryVariables = Exact<{
  search?: string | null | undefined;
  kind?: BulletinKind | null | undefined;
  crossingPointId?: string | number | null | undefined;
  validNow?: boolean | null | undefined;
}>;

export type BulletinsQuery = {
  bulletins: Array<{
    id: string;
    kind: BulletinKind;
    status: BulletinStatus;
    handlingCode: LibraryHandlingCode;
    validFrom: string;
    validUntil: string;
    validNow: boolean;
    publishedAt: string | null;
    acknowledgedByMyAgencyAt: string | null;
    texts: Array<{ language: string; title: string }>;
    crossingPoint: { id: string; name: string } | null;
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  }>;
};

export type BulletinPageFragment = {
  id: string;
  kind: BulletinKind;
  status: BulletinStatus;
  handlingCode: LibraryHandlingCode;
  validFrom: string;
  validUntil: string;
  validNow: boolean;
  publishedAt: string | null;
  canUpdate: boolean;
  canPublish: boolean;
  canAcknowledge: boolean;
  acknowledgedByMyAgencyAt: string | null;
  texts: Array<{ language: string; title: string; body: string }>;
  crossingPoint: { id: string; name: string } | null;
  draftingAgency: { id: string; acronym: string };
  namedAgencies: Array<{ id: string; acronym: string }>;
  mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  images: Array<{ id: string; fileName: string; downloadPath: string }>;
  acknowledgements: Array<{ acknowledgedAt: string | null; agency: { id: string; acronym: string; name: string } }>;
};

export type BulletinQueryVariables = Exact<{
  id: string | number;
}>;

export type BulletinQuery = {
  bulletin: {
    id: string;
    kind: BulletinKind;
    status: BulletinStatus;
    handlingCode: LibraryHandlingCode;
    validFrom: string;
    validUntil: string;
    validNow: boolean;
    publishedAt: string | null;
    canUpdate: boolean;
    canPublish: boolean;
    canAcknowledge: boolean;
    acknowledgedByMyAgencyAt: string | null;
    texts: Array<{ language: string; title: string; body: string }>;
    crossingPoint: { id: string; name: string } | null;
    draftingAgency: { id: string; acronym: string };
    namedAgencies: Array<{ id: string; acronym: string }>;
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    images: Array<{ id: string; fileName: string; downloadPath: string }>;
    acknowledgements: Array<{ acknowledgedAt: string | null; agency: { id: string; acronym: string; name: string } }>;
  };
};

export type CreateBulletinMutationVariables = Exact<{
  mechanismId: string | number;
  input: BulletinInput;
}>;

export type CreateBulletinMutation = { createBulletin: { id: string } };

export type UpdateBulletinMutationVariables = Exact<{
  id: string | number;
  input: BulletinInput;
}>;

export type UpdateBulletinMutation = {
  updateBulletin: {
    id: string;
    kind: BulletinKind;
    status: BulletinStatus;
    handlingCode: LibraryHandlingCode;
    validFrom: string;
    validUntil: string;
    validNow: boolean;
    publishedAt: string | null;
    canUpdate: boolean;
    canPublish: boolean;
    canAcknowledge: boolean;
    acknowledgedByMyAgencyAt: string | null;
    texts: Array<{ language: string; title: string; body: string }>;
    crossingPoint: { id: string; name: string } | null;
    draftingAgency: { id: string; acronym: string };
    namedAgencies: Array<{ id: string; acronym: string }>;
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    images: Array<{ id: string; fileName: string; downloadPath: string }>;
    acknowledgements: Array<{ acknowledgedAt: string | null; agency: { id: string; acronym: string; name: string } }>;
  };
};

export type PublishBulletinMutationVariables = Exact<{
  id: string | number;
}>;

export type PublishBulletinMutation = {
  publishBulletin: {
    id: string;
    kind: BulletinKind;
    status: BulletinStatus;
    handlingCode: LibraryHandlingCode;
    validFrom: string;
    validUntil: string;
    validNow: boolean;
    publishedAt: string | null;
    canUpdate: boolean;
    canPublish: boolean;
    canAcknowledge: boolean;
    acknowledgedByMyAgencyAt: string | null;
    texts: Array<{ language: string; title: string; body: string }>;
    crossingPoint: { id: string; name: string } | null;
    draftingAgency: { id: string; acronym: string };
    namedAgencies: Array<{ id: string; acronym: string }>;
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    images: Array<{ id: string; fileName: string; downloadPath: string }>;
    acknowledgements: Array<{ acknowledgedAt: string | null; agency: { id: string; acronym: string; name: string } }>;
  };
};

export type AcknowledgeBulletinMutationVariables = Exact<{
  id: string | number;
}>;

export type AcknowledgeBulletinMutation = {
  acknowledgeBulletin: {
    id: string;
    kind: BulletinKind;
    status: BulletinStatus;
    handlingCode: LibraryHandlingCode;
    validFrom: string;
    validUntil: string;
    validNow: boolean;
    publishedAt: string | null;
    canUpdate: boolean;
    canPublish: boolean;
    canAcknowledge: boolean;
    acknowledgedByMyAgencyAt: string | null;
    texts: Array<{ language: string; title: string; body: string }>;
    crossingPoint: { id: string; name: string } | null;
    draftingAgency: { id: string; acronym: string };
    namedAgencies: Array<{ id: string; acronym: string }>;
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    images: Array<{ id: string; fileName: string; downloadPath: string }>;
    acknowledgements: Array<{ acknowledgedAt: string | null; agency: { id: string; acronym: string; name: string } }>;
  };
};

export type CoordinationEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type CoordinationEventsSubscription = {
  coordinationEvents: {
    type: string;
    mechanismId: string;
    meetingId: string | null;
    actionItemId: string | null;
    at: string;
  };
};

export type CoordinationMechanismsQueryVariables = Exact<{ [key: string]: never }>;

export type CoordinationMechanismsQuery = {
  mechanisms: Array<{
    id: string;
    kind: MechanismKind;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    secretariatAgency: { id: string; acronym: string };
  }>;
};

export type MeetingSummaryFragment = {
  id: string;
  title: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  minutesStatus: MinutesStatus;
  minutesRevision: number;
  placeText: string | null;
  videoLink: string | null;
  crossingPoint: { id: string; name: string } | null;
};

export type MechanismMeetingsQueryVariables = Exact<{
  mechanismId: string | number;
}>;

export type MechanismMeetingsQuery = {
  mechanism: {
    id: string;
    kind: MechanismKind;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    secretariatAgency: { id: string; acronym: string };
    memberAgencies: Array<{ id: string; acronym: string; name: string }>;
    crossingPoints: Array<{ id: string; name: string }>;
  } | null;
  upcoming: Array<{
    id: string;
    title: string;
    kind: MeetingKind;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    minutesStatus: MinutesStatus;
    minutesRevision: number;
    placeText: string | null;
    videoLink: string | null;
    crossingPoint: { id: string; name: string } | null;
  }>;
  past: Array<{
    id: string;
    title: string;
    kind: MeetingKind;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    minutesStatus: MinutesStatus;
    minutesRevision: number;
    placeText: string | null;
    videoLink: string | null;
    crossingPoint: { id: string; name: string } | null;
  }>;
};

export type MeetingDetailFragment = {
  languages: Array<string>;
  commentDeadline: string | null;
  approvedAt: string | null;
  canReadMinutes: boolean;
  availableActions: Array<string>;
  id: string;
  title: string;
  kind: MeetingKind;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  minutesStatus: MinutesStatus;
  minutesRevision: number;
  placeText: string | null;
  videoLink: string | null;
  mechanism: {
    id: string;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    memberAgencies: Array<{ id: string; acronym: string; name: string }>;
    crossingPoints: Array<{ id: string; name: string }>;
  };
  invitedAgencies: Array<{ id: string; acronym: string }>;
  agenda: Array<{
    id: string;
    position: number;
    title: string;
    slotStart: string | null;
    durationMinutes: number | null;
    minutes: string | null;
    presenterAgency: { id: string; acronym: string } | null;
  }>;
  attendance: Array<{
    id: string;
    name: string;
    jobTitle: string | null;
    status: AttendanceStatus;
    agency: { id: string; acronym: string };
  }>;
  comments: Array<{
    id: string;
    agendaItemId: string;
    replyToId: string | null;
    body: string;
    createdAt: string;
    byMe: boolean;
    authorAgency: { id: string; acronym: string };
  }>;
  revisions: Array<{ id: string; number: number; reason: string | null; approvedAt: string }>;
  crossingPoint: { id: string; name: string } | null;
};

export type MeetingDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingDetailQuery = {
  meeting: {
    languages: Array<string>;
    commentDeadline: string | null;
    approvedAt: string | null;
    canReadMinutes: boolean;
    availableActions: Array<string>;
    id: string;
    title: string;
    kind: MeetingKind;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    minutesStatus: MinutesStatus;
    minutesRevision: number;
    placeText: string | null;
    videoLink: string | null;
    mechanism: {
      id: string;
      names: { es: string; en: string | null; pt: string | null; fr: string | null };
      memberAgencies: Array<{ id: string; acronym: string; name: string }>;
      crossingPoints: Array<{ id: string; name: string }>;
    };
    invitedAgencies: Array<{ id: string; acronym: string }>;
    agenda: Array<{
      id: string;
      position: number;
      title: string;
      slotStart: string | null;
      durationMinutes: number | null;
      minutes: string | null;
      presenterAgency: { id: string; acronym: string } | null;
    }>;
    attendance: Array<{
      id: string;
      name: string;
      jobTitle: string | null;
      status: AttendanceStatus;
      agency: { id: string; acronym: string };
    }>;
    comments: Array<{
      id: string;
      agendaItemId: string;
      replyToId: string | null;
      body: string;
      createdAt: string;
      byMe: boolean;
      authorAgency: { id: string; acronym: string };
    }>;
    revisions: Array<{ id: string; number: number; reason: string | null; approvedAt: string }>;
    crossingPoint: { id: string; name: string } | null;
  };
};

export type MinutesDiffQueryVariables = Exact<{
  meetingId: string | number;
  fromRevision: number;
  toRevision: number;
}>;

export type MinutesDiffQuery = {
  minutesDiff: Array<{
    agendaItemId: string;
    position: number;
    title: string;
    changed: boolean;
    lines: Array<{ kind: DiffLineKind; text: string }>;
  }>;
};

export type CreateMeetingMutationVariables = Exact<{
  mechanismId: string | number;
  input: MeetingInput;
}>;

export type CreateMeetingMutation = { createMeeting: { id: string } };

export type SetMeetingAgendaMutationVariables = Exact<{
  meetingId: string | number;
  items: Array<AgendaItemInput> | AgendaItemInput;
}>;

export type SetMeetingAgendaMutation = {
  setMeetingAgenda: {
    languages: Array<string>;
    commentDeadline: string | null;
    approvedAt: string | null;
    canReadMinutes: boolean;
    availableActions: Array<string>;
    id: string;
    title: string;
    kind: MeetingKind;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    minutesStatus: MinutesStatus;
    minutesRevision: number;
    placeText: string | null;
    videoLink: string | null;
    mechanism: {
      id: string;
      names: { es: string; en: string | null; pt: string | null; fr: string | null };
      memberAgencies: Array<{ id: string; acronym: string; name: string }>;
      crossingPoints: Array<{ id: string; name: string }>;
    };
    invitedAgencies: Array<{ id: string; acronym: string }>;
    agenda: Array<{
      id: string;
      position: number;
      title: string;
      slotStart: string | null;
      durationMinutes: number | null;
      minutes: string | null;
      presenterAgency: { id: string; acronym: string } | null;
    }>;
    attendance: Array<{
      id: string;
      name: string;
      jobTitle: string | null;
      status: AttendanceStatus;
      agency: { id: string; acronym: string };
    }>;
    comments: Array<{
      id: string;
      agendaItemId: string;
      replyToId: string | null;
      body: string;
      createdAt: string;
      byMe: boolean;
      authorAgency: { id: string; acronym: string };
    }>;
    revisions: Array<{ id: string; number: number; reason: string | null; approvedAt: string }>;
    crossingPoint: { id: string; name: string } | null;
  };
};

export type SetMeetingAttendanceMutationVariables = Exact<{
  meetingId: string | number;
  entries: Array<AttendanceInput> | AttendanceInput;
}>;

export type SetMeetingAttendanceMutation = {
  setMeetingAttendance: {
    languages: Array<string>;
    commentDeadline: string | null;
    approvedAt: string | null;
    canReadMinutes: boolean;
    availableActions: Array<string>;
    id: string;
    title: string;
    kind: MeetingKind;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    minutesStatus: MinutesStatus;
    minutesRevision: number;
    placeText: string | null;
    videoLink: string | null;
    mechanism: {
      id: string;
      names: { es: string; en: string | null; pt: string | null; fr: string | null };
      memberAgencies: Array<{ id: string; acronym: string; name: string }>;
      crossingPoints: Array<{ id: string; name: string }>;
    };
    invitedAgencies: Array<{ id: string; acronym: string }>;
    agenda: Array<{
      id: string;
      position: number;
      title: string;
      slotStart: string | null;
      durationMinutes: number | null;
      minutes: string | null;
      presenterAgency: { id: string; acronym: string } | null;
    }>;
    attendance: Array<{
      id: string;
      name: string;
      jobTitle: string | null;
      status: AttendanceStatus;
      agency: { id: string; acronym: string };
    }>;
    comments: Array<{
      id: string;
      agendaItemId: string;
      replyToId: string | null;
      body: string;
      createdAt: string;
      byMe: boolean;
      authorAgency: { id: string; acronym: string };
    }>;
    revisions: Array<{ id: string; number: number; reason: string | null; approvedAt: string }>;
    crossingPoint: { id: string; name: string } | null;
  };
};

export type WriteMinutesMutationVariables = Exact<{
  agendaItemId: string | number;
  minutes: string;
}>;

export type WriteMinutesMutation = { writeMinutes: { id: string; minutes: string | null } };

export type CirculateMinutesMutationVariables = Exact<{
  meetingId: string | number;
  commentDeadline: string;
}>;

export type CirculateMinutesMutation = {
  circulateMinutes: {
    languages: Array<string>;
    commentDeadline: string | null;
    approvedAt: string | null;
    canReadMinutes: boolean;
    availableActions: Array<string>;
    id: string;
    title: string;
    kind: MeetingKind;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    minutesStatus: MinutesStatus;
    minutesRevision: number;
    placeText: string | null;
    videoLink: string | null;
    mechanism: {
      id: string;
      names: { es: string; en: string | null; pt: string | null; fr: string | null };
      memberAgencies: Array<{ id: string; acronym: string; name: string }>;
      crossingPoints: Array<{ id: string; name: string }>;
    };
    invitedAgencies: Array<{ id: string; acronym: string }>;
    agenda: Array<{
      id: string;
      position: number;
      title: string;
      slotStart: string | null;
      durationMinutes: number | null;
      minutes: string | null;
      presenterAgency: { id: string; acronym: string } | null;
    }>;
    attendance: Array<{
      id: string;
      name: string;
      jobTitle: string | null;
      status: AttendanceStatus;
      agency: { id: string; acronym: string };
    }>;
    comments: Array<{
      id: string;
      agendaItemId: string;
      replyToId: string | null;
      body: string;
      createdAt: string;
      byMe: boolean;
      authorAgency: { id: string; acronym: string };
    }>;
    revisions: Array<{ id: string; number: number; reason: string | null; approvedAt: string }>;
    crossingPoint: { id: string; name: string } | null;
  };
};

export type RecallMinutesMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type RecallMinutesMutation = {
  recallMinutes: {
    languages: Array<string>;
    commentDeadline: string | null;
    approvedAt: string | null;
    canReadMinutes: boolean;
    availableActions: Array<string>;
    id: string;
    title: string;
    kind: MeetingKind;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    minutesStatus: MinutesStatus;
    minutesRevision: number;
    placeText: string | null;
    videoLink: string | null;
    mechanism: {
      id: string;
      names: { es: string; en: string | null; pt: string | null; fr: string | null };
      memberAgencies: Array<{ id: string; acronym: string; name: string }>;
      crossingPoints: Array<{ id: string; name: string }>;
    };
    invitedAgencies: Array<{ id: string; acronym: string }>;
    agenda: Array<{
      id: string;
      position: number;
      title: string;
      slotStart: string | null;
      durationMinutes: number | null;
      minutes: string | null;
      presenterAgency: { id: string; acronym: string } | null;
    }>;
    attendance: Array<{
      id: string;
      name: string;
      jobTitle: string | null;
      status: AttendanceStatus;
      agency: { id: string; acronym: string };
    }>;
    comments: Array<{
      id: string;
      agendaItemId: string;
      replyToId: string | null;
      body: string;
      createdAt: string;
      byMe: boolean;
      authorAgency: { id: string; acronym: string };
    }>;
    revisions: Array<{ id: string; number: number; reason: string | null; approvedAt: string }>;
    crossingPoint: { id: string; name: string } | null;
  };
};

export type ApproveMinutesMutationVariables = Exact<{
  meetingId: string | number;
}>;

export type ApproveMinutesMutation = {
  approveMinutes: {
    languages: Array<string>;
    commentDeadline: string | null;
    approvedAt: string | null;
    canReadMinutes: boolean;
    availableActions: Array<string>;
    id: string;
    title: string;
    kind: MeetingKind;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    minutesStatus: MinutesStatus;
    minutesRevision: number;
    placeText: string | null;
    videoLink: string | null;
    mechanism: {
      id: string;
      names: { es: string; en: string | null; pt: string | null; fr: string | null };
      memberAgencies: Array<{ id: string; acronym: string; name: string }>;
      crossingPoints: Array<{ id: string; name: string }>;
    };
    invitedAgencies: Array<{ id: string; acronym: string }>;
    agenda: Array<{
      id: string;
      position: number;
      title: string;
      slotStart: string | null;
      durationMinutes: number | null;
      minutes: string | null;
      presenterAgency: { id: string; acronym: string } | null;
    }>;
    attendance: Array<{
      id: string;
      name: string;
      jobTitle: string | null;
      status: AttendanceStatus;
      agency: { id: string; acronym: string };
    }>;
    comments: Array<{
      id: string;
      agendaItemId: string;
      replyToId: string | null;
      body: string;
      createdAt: string;
      byMe: boolean;
      authorAgency: { id: string; acronym: string };
    }>;
    revisions: Array<{ id: string; number: number; reason: string | null; approvedAt: string }>;
    crossingPoint: { id: string; name: string } | null;
  };
};

export type CorrectMinutesMutationVariables = Exact<{
  meetingId: string | number;
  reason: string;
  corrections: Array<CorrectedMinutesInput> | CorrectedMinutesInput;
}>;

export type CorrectMinutesMutation = {
  correctMinutes: {
    languages: Array<string>;
    commentDeadline: string | null;
    approvedAt: string | null;
    canReadMinutes: boolean;
    availableActions: Array<string>;
    id: string;
    title: string;
    kind: MeetingKind;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    minutesStatus: MinutesStatus;
    minutesRevision: number;
    placeText: string | null;
    videoLink: string | null;
    mechanism: {
      id: string;
      names: { es: string; en: string | null; pt: string | null; fr: string | null };
      memberAgencies: Array<{ id: string; acronym: string; name: string }>;
      crossingPoints: Array<{ id: string; name: string }>;
    };
    invitedAgencies: Array<{ id: string; acronym: string }>;
    agenda: Array<{
      id: string;
      position: number;
      title: string;
      slotStart: string | null;
      durationMinutes: number | null;
      minutes: string | null;
      presenterAgency: { id: string; acronym: string } | null;
    }>;
    attendance: Array<{
      id: string;
      name: string;
      jobTitle: string | null;
      status: AttendanceStatus;
      agency: { id: string; acronym: string };
    }>;
    comments: Array<{
      id: string;
      agendaItemId: string;
      replyToId: string | null;
      body: string;
      createdAt: string;
      byMe: boolean;
      authorAgency: { id: string; acronym: string };
    }>;
    revisions: Array<{ id: string; number: number; reason: string | null; approvedAt: string }>;
    crossingPoint: { id: string; name: string } | null;
  };
};

export type CommentOnMinutesMutationVariables = Exact<{
  agendaItemId: string | number;
  body: string;
  replyToId?: string | number | null | undefined;
}>;

export type CommentOnMinutesMutation = { commentOnMinutes: { id: string } };

export type ActionItemFieldsFragment = {
  id: string;
  title: string;
  dueDate: unknown;
  dueAt: string;
  priority: ActionPriority;
  status: ActionStatus;
  overdue: boolean;
  canReport: boolean;
  ownerUserName: string | null;
  meetingId: string | null;
  meetingTitle: string | null;
  ownerAgency: { id: string; acronym: string };
  decision: { id: string; reference: string } | null;
  updates: Array<{
    id: string;
    body: string;
    statusTo: ActionStatus | null;
    createdAt: string;
    authorAgency: { id: string; acronym: string };
    evidence: Array<{ id: string; fileName: string; sizeBytes: number; downloadPath: string }>;
  }>;
};

export type MeetingFollowUpQueryVariables = Exact<{
  id: string | number;
}>;

export type MeetingFollowUpQuery = {
  meeting: {
    id: string;
    decisions: Array<{
      id: string;
      reference: string;
      text: string;
      status: DecisionStatus;
      agendaItemId: string | null;
    }>;
    actionItems: Array<{
      id: string;
      title: string;
      dueDate: unknown;
      dueAt: string;
      priority: ActionPriority;
      status: ActionStatus;
      overdue: boolean;
      canReport: boolean;
      ownerUserName: string | null;
      meetingId: string | null;
      meetingTitle: string | null;
      ownerAgency: { id: string; acronym: string };
      decision: { id: string; reference: string } | null;
      updates: Array<{
        id: string;
        body: string;
        statusTo: ActionStatus | null;
        createdAt: string;
        authorAgency: { id: string; acronym: string };
        evidence: Array<{ id: string; fileName: string; sizeBytes: number; downloadPath: string }>;
      }>;
    }>;
    carriedActions: Array<{
      id: string;
      title: string;
      dueDate: unknown;
      dueAt: string;
      priority: ActionPriority;
      status: ActionStatus;
      overdue: boolean;
      canReport: boolean;
      ownerUserName: string | null;
      meetingId: string | null;
      meetingTitle: string | null;
      ownerAgency: { id: string; acronym: string };
      decision: { id: string; reference: string } | null;
      updates: Array<{
        id: string;
        body: string;
        statusTo: ActionStatus | null;
        createdAt: string;
        authorAgency: { id: string; acronym: string };
        evidence: Array<{ id: string; fileName: string; sizeBytes: number; downloadPath: string }>;
      }>;
    }>;
  };
};

export type ActionsOwedQueryVariables = Exact<{ [key: string]: never }>;

export type ActionsOwedQuery = {
  actionsOwed: Array<{
    id: string;
    title: string;
    dueDate: unknown;
    dueAt: string;
    priority: ActionPriority;
    status: ActionStatus;
    overdue: boolean;
    canReport: boolean;
    ownerUserName: string | null;
    meetingId: string | null;
    meetingTitle: string | null;
    ownerAgency: { id: string; acronym: string };
    decision: { id: string; reference: string } | null;
    updates: Array<{
      id: string;
      body: string;
      statusTo: ActionStatus | null;
      createdAt: string;
      authorAgency: { id: string; acronym: string };
      evidence: Array<{ id: string; fileName: string; sizeBytes: number; downloadPath: string }>;
    }>;
  }>;
};

export type ReportOnActionMutationVariables = Exact<{
  actionItemId: string | number;
  body: string;
  status?: ActionStatus | null | undefined;
}>;

export type ReportOnActionMutation = {
  reportOnAction: {
    id: string;
    title: string;
    dueDate: unknown;
    dueAt: string;
    priority: ActionPriority;
    status: ActionStatus;
    overdue: boolean;
    canReport: boolean;
    ownerUserName: string | null;
    meetingId: string | null;
    meetingTitle: string | null;
    ownerAgency: { id: string; acronym: string };
    decision: { id: string; reference: string } | null;
    updates: Array<{
      id: string;
      body: string;
      statusTo: ActionStatus | null;
      createdAt: string;
      authorAgency: { id: string; acronym: string };
      evidence: Array<{ id: string; fileName: string; sizeBytes: number; downloadPath: string }>;
    }>;
  };
};

export type FollowUpCountsQueryVariables = Exact<{
  mechanismId: string | number;
}>;

export type FollowUpCountsQuery = {
  mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } } | null;
  followUpBoard: {
    countsByAgency: Array<{ open: number; overdue: number; agency: { id: string; acronym: string } }>;
    countsByMeeting: Array<{ id: string; label: string; open: number; overdue: number }>;
    countsByDecision: Array<{ id: string; label: string; open: number; overdue: number }>;
  };
};

export type FollowUpActionsQueryVariables = Exact<{
  mechanismId: string | number;
  filter?: FollowUpFilter | null | undefined;
  sort?: FollowUpSort | null | undefined;
  after?: string | null | undefined;
}>;

export type FollowUpActionsQuery = {
  followUpActions: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        title: string;
        dueDate: unknown;
        priority: ActionPriority;
        status: ActionStatus;
        overdue: boolean;
        meetingId: string | null;
        meetingTitle: string | null;
        ownerAgency: { id: string; acronym: string };
        decision: { id: string; reference: string } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ActionItemDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type ActionItemDetailQuery = {
  actionItem: {
    id: string;
    title: string;
    dueDate: unknown;
    dueAt: string;
    priority: ActionPriority;
    status: ActionStatus;
    overdue: boolean;
    canReport: boolean;
    ownerUserName: string | null;
    meetingId: string | null;
    meetingTitle: string | null;
    ownerAgency: { id: string; acronym: string };
    decision: { id: string; reference: string } | null;
    updates: Array<{
      id: string;
      body: string;
      statusTo: ActionStatus | null;
      createdAt: string;
      authorAgency: { id: string; acronym: string };
      evidence: Array<{ id: string; fileName: string; sizeBytes: number; downloadPath: string }>;
    }>;
  };
};

export type RecordDecisionMutationVariables = Exact<{
  meetingId: string | number;
  text: string;
  agendaItemId?: string | number | null | undefined;
}>;

export type RecordDecisionMutation = { recordDecision: { id: string; reference: string } };

export type SetDecisionStatusMutationVariables = Exact<{
  decisionId: string | number;
  status: DecisionStatus;
  supersededById?: string | number | null | undefined;
}>;

export type SetDecisionStatusMutation = { setDecisionStatus: { id: string; status: DecisionStatus } };

export type AddActionItemMutationVariables = Exact<{
  meetingId: string | number;
  input: ActionItemInput;
}>;

export type AddActionItemMutation = { addActionItem: { id: string } };

export type ActionOwnerCandidatesQueryVariables = Exact<{
  mechanismId: string | number;
  agencyId: string | number;
}>;

export type ActionOwnerCandidatesQuery = { actionOwnerCandidates: Array<{ id: string; name: string }> };

export type MechanismAssessmentsQueryVariables = Exact<{
  mechanismId: string | number;
}>;

export type MechanismAssessmentsQuery = {
  assessments: Array<{
    id: string;
    status: AssessmentStatus;
    place: string;
    assessedOn: unknown;
    templateTitle: string;
    progress: { total: number; actions: number; done: number };
  }>;
  trainings: Array<{
    id: string;
    topic: string;
    heldOn: unknown;
    place: string;
    trainers: Array<string>;
    summary: string;
    participantCount: number;
    canUpdate: boolean;
    participants: Array<{
      id: string;
      female: number;
      male: number;
      otherOrNotStated: number;
      agency: { id: string; acronym: string };
    }>;
    materials: Array<{ id: string; title: string }>;
  }>;
};

export type AssessmentTemplatesQueryVariables = Exact<{
  mechanismId: string | number;
}>;

export type AssessmentTemplatesQuery = {
  assessmentTemplates: Array<{
    id: string;
    title: string;
    updatedAt: string;
    sections: Array<{ title: string; questions: Array<{ key: string; text: string }> }>;
  }>;
};

export type ChecklistFieldsFragment = {
  id: string;
  title: string;
  updatedAt: string;
  sections: Array<{ title: string; questions: Array<{ key: string; text: string }> }>;
};

export type UpdateAssessmentTemplateMutationVariables = Exact<{
  id: string | number;
  input: AssessmentTemplateInput;
}>;

export type UpdateAssessmentTemplateMutation = {
  updateAssessmentTemplate: {
    id: string;
    title: string;
    updatedAt: string;
    sections: Array<{ title: string; questions: Array<{ key: string; text: string }> }>;
  };
};

export type TrainingFieldsFragment = {
  id: string;
  topic: string;
  heldOn: unknown;
  place: string;
  trainers: Array<string>;
  summary: string;
  participantCount: number;
  canUpdate: boolean;
  participants: Array<{
    id: string;
    female: number;
    male: number;
    otherOrNotStated: number;
    agency: { id: string; acronym: string };
  }>;
  materials: Array<{ id: string; title: string }>;
};

export type AssessmentDetailFragment = {
  id: string;
  mechanismId: string;
  status: AssessmentStatus;
  place: string;
  assessedOn: unknown;
  assessors: Array<string>;
  templateTitle: string;
  findings: string;
  completedAt: string | null;
  canUpdate: boolean;
  canMakeActions: boolean;
  sections: Array<{ title: string; questions: Array<{ key: string; text: string }> }>;
  answers: Array<{ questionKey: string; score: number | null; comment: string }>;
  recommendations: Array<{
    id: string;
    position: number;
    text: string;
    actionItem: {
      id: string;
      title: string;
      status: ActionStatus;
      dueDate: unknown;
      overdue: boolean;
      ownerAgency: { id: string; acronym: string };
    } | null;
  }>;
  progress: { total: number; actions: number; done: number };
};

export type AssessmentDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type AssessmentDetailQuery = {
  assessment: {
    id: string;
    mechanismId: string;
    status: AssessmentStatus;
    place: string;
    assessedOn: unknown;
    assessors: Array<string>;
    templateTitle: string;
    findings: string;
    completedAt: string | null;
    canUpdate: boolean;
    canMakeActions: boolean;
    sections: Array<{ title: string; questions: Array<{ key: string; text: string }> }>;
    answers: Array<{ questionKey: string; score: number | null; comment: string }>;
    recommendations: Array<{
      id: string;
      position: number;
      text: string;
      actionItem: {
        id: string;
        title: string;
        status: ActionStatus;
        dueDate: unknown;
        overdue: boolean;
        ownerAgency: { id: string; acronym: string };
      } | null;
    }>;
    progress: { total: number; actions: number; done: number };
  };
};

export type AssessmentMechanismQueryVariables = Exact<{
  mechanismId: string | number;
}>;

export type AssessmentMechanismQuery = {
  mechanism: {
    id: string;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    secretariatAgency: { id: string; acronym: string; name: string };
    memberAgencies: Array<{ id: string; acronym: string; name: string }>;
  } | null;
};

export type CreateAssessmentTemplateMutationVariables = Exact<{
  mechanismId: string | number;
  input: AssessmentTemplateInput;
}>;

export type CreateAssessmentTemplateMutation = { createAssessmentTemplate: { id: string; title: string } };

export type StartAssessmentMutationVariables = Exact<{
  templateId: string | number;
  input: AssessmentInput;
}>;

export type StartAssessmentMutation = { startAssessment: { id: string } };

export type SaveAssessmentMutationVariables = Exact<{
  id: string | number;
  input: AssessmentContentInput;
}>;

export type SaveAssessmentMutation = {
  saveAssessment: {
    id: string;
    mechanismId: string;
    status: AssessmentStatus;
    place: string;
    assessedOn: unknown;
    assessors: Array<string>;
    templateTitle: string;
    findings: string;
    completedAt: string | null;
    canUpdate: boolean;
    canMakeActions: boolean;
    sections: Array<{ title: string; questions: Array<{ key: string; text: string }> }>;
    answers: Array<{ questionKey: string; score: number | null; comment: string }>;
    recommendations: Array<{
      id: string;
      position: number;
      text: string;
      actionItem: {
        id: string;
        title: string;
        status: ActionStatus;
        dueDate: unknown;
        overdue: boolean;
        ownerAgency: { id: string; acronym: string };
      } | null;
    }>;
    progress: { total: number; actions: number; done: number };
  };
};

export type CompleteAssessmentMutationVariables = Exact<{
  id: string | number;
}>;

export type CompleteAssessmentMutation = {
  completeAssessment: {
    id: string;
    mechanismId: string;
    status: AssessmentStatus;
    place: string;
    assessedOn: unknown;
    assessors: Array<string>;
    templateTitle: string;
    findings: string;
    completedAt: string | null;
    canUpdate: boolean;
    canMakeActions: boolean;
    sections: Array<{ title: string; questions: Array<{ key: string; text: string }> }>;
    answers: Array<{ questionKey: string; score: number | null; comment: string }>;
    recommendations: Array<{
      id: string;
      position: number;
      text: string;
      actionItem: {
        id: string;
        title: string;
        status: ActionStatus;
        dueDate: unknown;
        overdue: boolean;
        ownerAgency: { id: string; acronym: string };
      } | null;
    }>;
    progress: { total: number; actions: number; done: number };
  };
};

export type MakeRecommendationActionMutationVariables = Exact<{
  recommendationId: string | number;
  input: RecommendationActionInput;
}>;

export type MakeRecommendationActionMutation = { makeRecommendationAction: { id: string } };

export type RecordTrainingMutationVariables = Exact<{
  mechanismId: string | number;
  input: TrainingInput;
}>;

export type RecordTrainingMutation = {
  recordTraining: {
    id: string;
    topic: string;
    heldOn: unknown;
    place: string;
    trainers: Array<string>;
    summary: string;
    participantCount: number;
    canUpdate: boolean;
    participants: Array<{
      id: string;
      female: number;
      male: number;
      otherOrNotStated: number;
      agency: { id: string; acronym: string };
    }>;
    materials: Array<{ id: string; title: string }>;
  };
};

export type UpdateTrainingMutationVariables = Exact<{
  id: string | number;
  input: TrainingInput;
}>;

export type UpdateTrainingMutation = {
  updateTraining: {
    id: string;
    topic: string;
    heldOn: unknown;
    place: string;
    trainers: Array<string>;
    summary: string;
    participantCount: number;
    canUpdate: boolean;
    participants: Array<{
      id: string;
      female: number;
      male: number;
      otherOrNotStated: number;
      agency: { id: string; acronym: string };
    }>;
    materials: Array<{ id: string; title: string }>;
  };
};

export type LibraryDocumentsQueryVariables = Exact<{
  mechanismId: string | number;
  search?: string | null | undefined;
}>;

export type LibraryDocumentsQuery = {
  mechanism: {
    id: string;
    secretariatAgency: { id: string; acronym: string };
    memberAgencies: Array<{ id: string; acronym: string; name: string }>;
  } | null;
  libraryDocuments: Array<{
    id: string;
    kind: LibraryDocumentKind;
    title: string;
    language: string;
    summary: string;
    handlingCode: LibraryHandlingCode;
    currentVersion: number;
    canUpdate: boolean;
    namedAgencies: Array<{ id: string; acronym: string }>;
    versions: Array<{
      id: string;
      number: number;
      fileName: string;
      note: string | null;
      uploadedAt: string;
      downloadPath: string;
    }>;
  }>;
};

export type CreateLibraryDocumentMutationVariables = Exact<{
  mechanismId: string | number;
  input: LibraryDocumentInput;
}>;

export type CreateLibraryDocumentMutation = { createLibraryDocument: { id: string } };

export type DutyContactFieldsFragment = {
  id: string;
  deskName: string;
  officerName: string | null;
  timeZone: string;
  alwaysOn: boolean;
  days: Array<number>;
  from: string | null;
  until: string | null;
  languages: Array<string>;
  phone: string;
  radioChannel: string | null;
  email: string | null;
  secureChannel: string | null;
  onDutyNow: boolean;
  canUpdate: boolean;
  agency: { id: string; acronym: string; name: string };
  crossingPoint: { id: string; name: string } | null;
};

export type DutyRosterQueryVariables = Exact<{
  mechanismId: string | number;
}>;

export type DutyRosterQuery = {
  mechanism: {
    id: string;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    memberAgencies: Array<{ id: string }>;
    secretariatAgency: { id: string };
    crossingPoints: Array<{ id: string; name: string }>;
  } | null;
  dutyRoster: Array<{
    id: string;
    deskName: string;
    officerName: string | null;
    timeZone: string;
    alwaysOn: boolean;
    days: Array<number>;
    from: string | null;
    until: string | null;
    languages: Array<string>;
    phone: string;
    radioChannel: string | null;
    email: string | null;
    secureChannel: string | null;
    onDutyNow: boolean;
    canUpdate: boolean;
    agency: { id: string; acronym: string; name: string };
    crossingPoint: { id: string; name: string } | null;
  }>;
};

export type AgencyOnDutyQueryVariables = Exact<{
  mechanismId: string | number;
  agencyId: string | number;
}>;

export type AgencyOnDutyQuery = {
  dutyRoster: Array<{
    id: string;
    deskName: string;
    officerName: string | null;
    timeZone: string;
    alwaysOn: boolean;
    days: Array<number>;
    from: string | null;
    until: string | null;
    languages: Array<string>;
    phone: string;
    radioChannel: string | null;
    email: string | null;
    secureChannel: string | null;
    onDutyNow: boolean;
    canUpdate: boolean;
    agency: { id: string; acronym: string; name: string };
    crossingPoint: { id: string; name: string } | null;
  }>;
};

export type CreateDutyContactMutationVariables = Exact<{
  mechanismId: string | number;
  input: DutyContactInput;
}>;

export type CreateDutyContactMutation = { createDutyContact: { id: string } };

export type UpdateDutyContactMutationVariables = Exact<{
  id: string | number;
  input: DutyContactInput;
}>;

export type UpdateDutyContactMutation = {
  updateDutyContact: {
    id: string;
    deskName: string;
    officerName: string | null;
    timeZone: string;
    alwaysOn: boolean;
    days: Array<number>;
    from: string | null;
    until: string | null;
    languages: Array<string>;
    phone: string;
    radioChannel: string | null;
    email: string | null;
    secureChannel: string | null;
    onDutyNow: boolean;
    canUpdate: boolean;
    agency: { id: string; acronym: string; name: string };
    crossingPoint: { id: string; name: string } | null;
  };
};

export type DeleteDutyContactMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteDutyContactMutation = { deleteDutyContact: string };

export type MyDurablePlansQueryVariables = Exact<{ [key: string]: never }>;

export type MyDurablePlansQuery = {
  myDurablePlans: Array<{
    id: string;
    survivorId: string;
    survivorCode: string;
    solution: DurableSolution;
    status: DurablePlanStatus;
    progress: { met: number; applicable: number };
    leadAgency: { id: string; name: string };
    nextFollowUp: {
      id: string;
      monthsAfter: number;
      dueOn: unknown;
      overdue: boolean;
      owedBy: { id: string; name: string };
    } | null;
  }>;
};

export type DurablePlanPartsFragment = {
  id: string;
  survivorId: string;
  survivorCode: string;
  solution: DurableSolution;
  status: DurablePlanStatus;
  outcome: DurablePlanOutcome | null;
  wishes: string | null;
  restrictedFields: Array<string>;
  myActions: Array<string>;
  handedOverAt: string | null;
  survivorIsChild: boolean;
  leadAgency: { id: string; name: string };
  partnerAgency: { id: string; name: string } | null;
  progress: { met: number; applicable: number };
  criteria: Array<{
    id: string;
    criterion: DurableCriterion;
    status: CriterionStatus;
    evidence: string | null;
    responsibleOrganisation: string | null;
    assessedOn: unknown;
    entryAgency: { id: string; name: string };
  }>;
  history: Array<{
    id: string;
    criterion: DurableCriterion;
    status: CriterionStatus;
    assessedOn: unknown;
    recordedAt: string;
    agency: { id: string; name: string };
  }>;
  followUps: Array<{
    id: string;
    monthsAfter: number;
    dueOn: unknown;
    overdue: boolean;
    fileable: boolean;
    filedAt: string | null;
    owedBy: { id: string; name: string };
  }>;
  referrals: Array<{
    id: string;
    planId: string;
    survivorId: string;
    survivorCode: string;
    destination: SolutionDestination;
    purposes: Array<ProtectionService>;
    sharedFields: Array<string>;
    entrustedCriteria: Array<DurableCriterion>;
    returnRisk: ReturnRisk | null;
    riskDetails: string | null;
    informedWish: boolean;
    personWishes: string | null;
    status: SolutionReferralStatus;
    myActions: Array<string>;
    declineReason: string | null;
    sentAt: string;
    confirmedAt: string | null;
    handedOverOn: string | null;
    bestInterestsAssessedOn: string | null;
    bestInterestsReference: string | null;
    bestInterestsDeterminedOn: string | null;
    determinationPanelRoles: Array<string> | null;
    guardian: string | null;
    holdingAgency: { id: string; name: string };
    recipientAgency: { id: string; name: string };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  }>;
};

export type DurablePlanOfSurvivorQueryVariables = Exact<{
  survivorId: string | number;
}>;

export type DurablePlanOfSurvivorQuery = {
  durablePlanOfSurvivor: {
    id: string;
    survivorId: string;
    survivorCode: string;
    solution: DurableSolution;
    status: DurablePlanStatus;
    outcome: DurablePlanOutcome | null;
    wishes: string | null;
    restrictedFields: Array<string>;
    myActions: Array<string>;
    handedOverAt: string | null;
    survivorIsChild: boolean;
    leadAgency: { id: string; name: string };
    partnerAgency: { id: string; name: string } | null;
    progress: { met: number; applicable: number };
    criteria: Array<{
      id: string;
      criterion: DurableCriterion;
      status: CriterionStatus;
      evidence: string | null;
      responsibleOrganisation: string | null;
      assessedOn: unknown;
      entryAgency: { id: string; name: string };
    }>;
    history: Array<{
      id: string;
      criterion: DurableCriterion;
      status: CriterionStatus;
      assessedOn: unknown;
      recordedAt: string;
      agency: { id: string; name: string };
    }>;
    followUps: Array<{
      id: string;
      monthsAfter: number;
      dueOn: unknown;
      overdue: boolean;
      fileable: boolean;
      filedAt: string | null;
      owedBy: { id: string; name: string };
    }>;
    referrals: Array<{
      id: string;
      planId: string;
      survivorId: string;
      survivorCode: string;
      destination: SolutionDestination;
      purposes: Array<ProtectionService>;
      sharedFields: Array<string>;
      entrustedCriteria: Array<DurableCriterion>;
      returnRisk: ReturnRisk | null;
      riskDetails: string | null;
      informedWish: boolean;
      personWishes: string | null;
      status: SolutionReferralStatus;
      myActions: Array<string>;
      declineReason: string | null;
      sentAt: string;
      confirmedAt: string | null;
      handedOverOn: string | null;
      bestInterestsAssessedOn: string | null;
      bestInterestsReference: string | null;
      bestInterestsDeterminedOn: string | null;
      determinationPanelRoles: Array<string> | null;
      guardian: string | null;
      holdingAgency: { id: string; name: string };
      recipientAgency: { id: string; name: string };
      mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    }>;
  } | null;
};

export type OpenDurablePlanMutationVariables = Exact<{
  input: DurablePlanInput;
}>;

export type OpenDurablePlanMutation = {
  openDurablePlan: {
    id: string;
    survivorId: string;
    survivorCode: string;
    solution: DurableSolution;
    status: DurablePlanStatus;
    outcome: DurablePlanOutcome | null;
    wishes: string | null;
    restrictedFields: Array<string>;
    myActions: Array<string>;
    handedOverAt: string | null;
    survivorIsChild: boolean;
    leadAgency: { id: string; name: string };
    partnerAgency: { id: string; name: string } | null;
    progress: { met: number; applicable: number };
    criteria: Array<{
      id: string;
      criterion: DurableCriterion;
      status: CriterionStatus;
      evidence: string | null;
      responsibleOrganisation: string | null;
      assessedOn: unknown;
      entryAgency: { id: string; name: string };
    }>;
    history: Array<{
      id: string;
      criterion: DurableCriterion;
      status: CriterionStatus;
      assessedOn: unknown;
      recordedAt: string;
      agency: { id: string; name: string };
    }>;
    followUps: Array<{
      id: string;
      monthsAfter: number;
      dueOn: unknown;
      overdue: boolean;
      fileable: boolean;
      filedAt: string | null;
      owedBy: { id: string; name: string };
    }>;
    referrals: Array<{
      id: string;
      planId: string;
      survivorId: string;
      survivorCode: string;
      destination: SolutionDestination;
      purposes: Array<ProtectionService>;
      sharedFields: Array<string>;
      entrustedCriteria: Array<DurableCriterion>;
      returnRisk: ReturnRisk | null;
      riskDetails: string | null;
      informedWish: boolean;
      personWishes: string | null;
      status: SolutionReferralStatus;
      myActions: Array<string>;
      declineReason: string | null;
      sentAt: string;
      confirmedAt: string | null;
      handedOverOn: string | null;
      bestInterestsAssessedOn: string | null;
      bestInterestsReference: string | null;
      bestInterestsDeterminedOn: string | null;
      determinationPanelRoles: Array<string> | null;
      guardian: string | null;
      holdingAgency: { id: string; name: string };
      recipientAgency: { id: string; name: string };
      mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    }>;
  };
};

export type AssessDurableCriterionMutationVariables = Exact<{
  input: CriterionAssessmentInput;
}>;

export type AssessDurableCriterionMutation = {
  assessDurableCriterion: {
    id: string;
    survivorId: string;
    survivorCode: string;
    solution: DurableSolution;
    status: DurablePlanStatus;
    outcome: DurablePlanOutcome | null;
    wishes: string | null;
    restrictedFields: Array<string>;
    myActions: Array<string>;
    handedOverAt: string | null;
    survivorIsChild: boolean;
    leadAgency: { id: string; name: string };
    partnerAgency: { id: string; name: string } | null;
    progress: { met: number; applicable: number };
    criteria: Array<{
      id: string;
      criterion: DurableCriterion;
      status: CriterionStatus;
      evidence: string | null;
      responsibleOrganisation: string | null;
      assessedOn: unknown;
      entryAgency: { id: string; name: string };
    }>;
    history: Array<{
      id: string;
      criterion: DurableCriterion;
      status: CriterionStatus;
      assessedOn: unknown;
      recordedAt: string;
      agency: { id: string; name: string };
    }>;
    followUps: Array<{
      id: string;
      monthsAfter: number;
      dueOn: unknown;
      overdue: boolean;
      fileable: boolean;
      filedAt: string | null;
      owedBy: { id: string; name: string };
    }>;
    referrals: Array<{
      id: string;
      planId: string;
      survivorId: string;
      survivorCode: string;
      destination: SolutionDestination;
      purposes: Array<ProtectionService>;
      sharedFields: Array<string>;
      entrustedCriteria: Array<DurableCriterion>;
      returnRisk: ReturnRisk | null;
      riskDetails: string | null;
      informedWish: boolean;
      personWishes: string | null;
      status: SolutionReferralStatus;
      myActions: Array<string>;
      declineReason: string | null;
      sentAt: string;
      confirmedAt: string | null;
      handedOverOn: string | null;
      bestInterestsAssessedOn: string | null;
      bestInterestsReference: string | null;
      bestInterestsDeterminedOn: string | null;
      determinationPanelRoles: Array<string> | null;
      guardian: string | null;
      holdingAgency: { id: string; name: string };
      recipientAgency: { id: string; name: string };
      mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    }>;
  };
};

export type SolutionReferralPartsFragment = {
  id: string;
  planId: string;
  survivorId: string;
  survivorCode: string;
  destination: SolutionDestination;
  purposes: Array<ProtectionService>;
  sharedFields: Array<string>;
  entrustedCriteria: Array<DurableCriterion>;
  returnRisk: ReturnRisk | null;
  riskDetails: string | null;
  informedWish: boolean;
  personWishes: string | null;
  status: SolutionReferralStatus;
  myActions: Array<string>;
  declineReason: string | null;
  sentAt: string;
  confirmedAt: string | null;
  handedOverOn: string | null;
  bestInterestsAssessedOn: string | null;
  bestInterestsReference: string | null;
  bestInterestsDeterminedOn: string | null;
  determinationPanelRoles: Array<string> | null;
  guardian: string | null;
  holdingAgency: { id: string; name: string };
  recipientAgency: { id: string; name: string };
  mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
};

export type SolutionReferralOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type SolutionReferralOptionsQuery = {
  mechanisms: Array<{
    id: string;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    memberAgencies: Array<{ id: string; name: string; acronym: string; country: { id: string } }>;
  }>;
};

export type ReceivedSolutionReferralsQueryVariables = Exact<{ [key: string]: never }>;

export type ReceivedSolutionReferralsQuery = {
  incomingSolutionReferrals: Array<{
    accessCut: boolean;
    id: string;
    planId: string;
    survivorId: string;
    survivorCode: string;
    destination: SolutionDestination;
    purposes: Array<ProtectionService>;
    sharedFields: Array<string>;
    entrustedCriteria: Array<DurableCriterion>;
    returnRisk: ReturnRisk | null;
    riskDetails: string | null;
    informedWish: boolean;
    personWishes: string | null;
    status: SolutionReferralStatus;
    myActions: Array<string>;
    declineReason: string | null;
    sentAt: string;
    confirmedAt: string | null;
    handedOverOn: string | null;
    bestInterestsAssessedOn: string | null;
    bestInterestsReference: string | null;
    bestInterestsDeterminedOn: string | null;
    determinationPanelRoles: Array<string> | null;
    guardian: string | null;
    sharedSurvivor: {
      code: string;
      givenNames: string | null;
      familyNames: string | null;
      aliases: Array<string> | null;
      dateOfBirth: unknown;
      estimatedAge: number | null;
      sex: SurvivorSex | null;
      genderIdentity: string | null;
      nationality: string | null;
      languages: Array<string> | null;
      phones: Array<string> | null;
      email: string | null;
      currentLocation: string | null;
      identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
      exploitations: Array<{ kind: ExploitationKind; countryCode: string | null; place: string | null }> | null;
    } | null;
    holdingAgency: { id: string; name: string };
    recipientAgency: { id: string; name: string };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  }>;
};

export type SendSolutionReferralMutationVariables = Exact<{
  input: SolutionReferralInput;
}>;

export type SendSolutionReferralMutation = {
  sendSolutionReferral: {
    id: string;
    planId: string;
    survivorId: string;
    survivorCode: string;
    destination: SolutionDestination;
    purposes: Array<ProtectionService>;
    sharedFields: Array<string>;
    entrustedCriteria: Array<DurableCriterion>;
    returnRisk: ReturnRisk | null;
    riskDetails: string | null;
    informedWish: boolean;
    personWishes: string | null;
    status: SolutionReferralStatus;
    myActions: Array<string>;
    declineReason: string | null;
    sentAt: string;
    confirmedAt: string | null;
    handedOverOn: string | null;
    bestInterestsAssessedOn: string | null;
    bestInterestsReference: string | null;
    bestInterestsDeterminedOn: string | null;
    determinationPanelRoles: Array<string> | null;
    guardian: string | null;
    holdingAgency: { id: string; name: string };
    recipientAgency: { id: string; name: string };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  };
};

export type ConfirmSolutionReferralMutationVariables = Exact<{
  input: SolutionReferralConfirmationInput;
}>;

export type ConfirmSolutionReferralMutation = {
  confirmSolutionReferral: {
    id: string;
    planId: string;
    survivorId: string;
    survivorCode: string;
    destination: SolutionDestination;
    purposes: Array<ProtectionService>;
    sharedFields: Array<string>;
    entrustedCriteria: Array<DurableCriterion>;
    returnRisk: ReturnRisk | null;
    riskDetails: string | null;
    informedWish: boolean;
    personWishes: string | null;
    status: SolutionReferralStatus;
    myActions: Array<string>;
    declineReason: string | null;
    sentAt: string;
    confirmedAt: string | null;
    handedOverOn: string | null;
    bestInterestsAssessedOn: string | null;
    bestInterestsReference: string | null;
    bestInterestsDeterminedOn: string | null;
    determinationPanelRoles: Array<string> | null;
    guardian: string | null;
    holdingAgency: { id: string; name: string };
    recipientAgency: { id: string; name: string };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  };
};

export type RespondToSolutionReferralMutationVariables = Exact<{
  input: SolutionReferralResponseInput;
}>;

export type RespondToSolutionReferralMutation = {
  respondToSolutionReferral: {
    id: string;
    planId: string;
    survivorId: string;
    survivorCode: string;
    destination: SolutionDestination;
    purposes: Array<ProtectionService>;
    sharedFields: Array<string>;
    entrustedCriteria: Array<DurableCriterion>;
    returnRisk: ReturnRisk | null;
    riskDetails: string | null;
    informedWish: boolean;
    personWishes: string | null;
    status: SolutionReferralStatus;
    myActions: Array<string>;
    declineReason: string | null;
    sentAt: string;
    confirmedAt: string | null;
    handedOverOn: string | null;
    bestInterestsAssessedOn: string | null;
    bestInterestsReference: string | null;
    bestInterestsDeterminedOn: string | null;
    determinationPanelRoles: Array<string> | null;
    guardian: string | null;
    holdingAgency: { id: string; name: string };
    recipientAgency: { id: string; name: string };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  };
};

export type RecordHandOverMutationVariables = Exact<{
  input: HandOverInput;
}>;

export type RecordHandOverMutation = {
  recordHandOver: {
    id: string;
    planId: string;
    survivorId: string;
    survivorCode: string;
    destination: SolutionDestination;
    purposes: Array<ProtectionService>;
    sharedFields: Array<string>;
    entrustedCriteria: Array<DurableCriterion>;
    returnRisk: ReturnRisk | null;
    riskDetails: string | null;
    informedWish: boolean;
    personWishes: string | null;
    status: SolutionReferralStatus;
    myActions: Array<string>;
    declineReason: string | null;
    sentAt: string;
    confirmedAt: string | null;
    handedOverOn: string | null;
    bestInterestsAssessedOn: string | null;
    bestInterestsReference: string | null;
    bestInterestsDeterminedOn: string | null;
    determinationPanelRoles: Array<string> | null;
    guardian: string | null;
    holdingAgency: { id: string; name: string };
    recipientAgency: { id: string; name: string };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  };
};

export type CloseSolutionReferralMutationVariables = Exact<{
  id: string | number;
}>;

export type CloseSolutionReferralMutation = {
  closeSolutionReferral: {
    id: string;
    planId: string;
    survivorId: string;
    survivorCode: string;
    destination: SolutionDestination;
    purposes: Array<ProtectionService>;
    sharedFields: Array<string>;
    entrustedCriteria: Array<DurableCriterion>;
    returnRisk: ReturnRisk | null;
    riskDetails: string | null;
    informedWish: boolean;
    personWishes: string | null;
    status: SolutionReferralStatus;
    myActions: Array<string>;
    declineReason: string | null;
    sentAt: string;
    confirmedAt: string | null;
    handedOverOn: string | null;
    bestInterestsAssessedOn: string | null;
    bestInterestsReference: string | null;
    bestInterestsDeterminedOn: string | null;
    determinationPanelRoles: Array<string> | null;
    guardian: string | null;
    holdingAgency: { id: string; name: string };
    recipientAgency: { id: string; name: string };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  };
};

export type FileFollowUpMutationVariables = Exact<{
  input: FollowUpReportInput;
}>;

export type FileFollowUpMutation = { fileFollowUp: { id: string; filedAt: string | null } };

export type FollowUpCalendarQueryVariables = Exact<{
  from: unknown;
  until: unknown;
}>;

export type FollowUpCalendarQuery = {
  followUpCalendar: Array<{
    id: string;
    monthsAfter: number;
    dueOn: unknown;
    filedAt: string | null;
    overdue: boolean;
    fileable: boolean;
    owedBy: { id: string; name: string };
    plan: { id: string; survivorId: string; survivorCode: string; solution: DurableSolution };
  }>;
};

export type ForwardedReferralsQueryVariables = Exact<{ [key: string]: never }>;

export type ForwardedReferralsQuery = {
  forwardedReferrals: Array<{
    id: string;
    requestedAt: string;
    decidedAt: string | null;
    comment: string | null;
    referral: {
      id: string;
      reference: string | null;
      title: string;
      status: ReferralStatus;
      urgency: ReferralUrgency;
      category: ReferralCategory;
      sendingAgency: {
        id: string;
        name: string;
        acronym: string;
        country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
      };
      receivingAgency: {
        id: string;
        name: string;
        acronym: string;
        country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
      };
    } | null;
  }>;
};

export type HomeActionsOwedQueryVariables = Exact<{ [key: string]: never }>;

export type HomeActionsOwedQuery = {
  actionsOwed: Array<{
    id: string;
    title: string;
    dueDate: unknown;
    status: ActionStatus;
    overdue: boolean;
    meetingTitle: string | null;
  }>;
};

export type HomeAdministrationWorkQueryVariables = Exact<{
  decidesRoleGrants: boolean;
  readsFailedJobs: boolean;
}>;

export type HomeAdministrationWorkQuery = {
  roleGrantRequests?: Array<{
    id: string;
    userName: string | null;
    apiTokenName: string | null;
    roles: Array<Role>;
    requestedByMe: boolean;
    requestedAt: string;
  }>;
  failedJobs?: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean } };
};

export type MemberHomeQueryVariables = Exact<{ [key: string]: never }>;

export type MemberHomeQuery = {
  inbox: { totalCount: number; statusCounts: Array<{ status: ReferralStatus; count: number }> };
  outbox: { totalCount: number; statusCounts: Array<{ status: ReferralStatus; count: number }> };
  overdueInbox: {
    totalCount: number;
    edges: Array<{
      node: { id: string; reference: string | null; title: string; urgency: ReferralUrgency; dueAt: string | null };
    }>;
  };
  overdueOutbox: { totalCount: number };
  forwardedReferrals: Array<{ id: string }>;
  forwardRequestsToDecide: Array<{
    id: string;
    referralId: string;
    referral: { id: string; reference: string | null; title: string } | null;
  }>;
};

export type HomeOwnerAccessQueryVariables = Exact<{
  from: string;
}>;

export type HomeOwnerAccessQuery = {
  dataOwnerAccessLog: {
    edges: Array<{ node: { id: string; actorAgencyId: string | null; entityId: string } }>;
    pageInfo: { hasNextPage: boolean };
  };
};

export type HomeProtectionWorkQueryVariables = Exact<{
  from: unknown;
  until: unknown;
  readsCases: boolean;
  readsServiceReferrals: boolean;
  readsBorderReferrals: boolean;
  readsPlans: boolean;
}>;

export type HomeProtectionWorkQuery = {
  myCases?: { totalCount: number };
  agencyCases?: { totalCount: number };
  serviceReferralsToAnswer?: {
    nodes: Array<{
      id: string;
      survivorCode: string;
      respondBy: string;
      overdue: boolean;
      holdingAgency: { id: string; acronym: string };
    }>;
    pageInfo: { hasNextPage: boolean };
  };
  borderReferrals?: Array<{
    id: string;
    code: string;
    status: ProtectionReferralStatus;
    sentAt: string;
    senderAgency: { id: string; acronym: string };
  }>;
  followUpCalendar?: Array<{
    id: string;
    dueOn: unknown;
    filedAt: string | null;
    overdue: boolean;
    plan: { id: string; survivorId: string; survivorCode: string };
  }>;
};

export type HomeMechanismsRunQueryVariables = Exact<{ [key: string]: never }>;

export type HomeMechanismsRunQuery = {
  mechanisms: Array<{
    id: string;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    secretariatAgency: { id: string };
  }>;
};

export type HomeMechanismRunQueryVariables = Exact<{
  mechanismId: string | number;
}>;

export type HomeMechanismRunQuery = {
  upcoming: Array<{ id: string; title: string; startsAt: string; timeZone: string }>;
  recent: Array<{ id: string; title: string; startsAt: string; timeZone: string; minutesStatus: MinutesStatus }>;
  followUpBoard: { countsByAgency: Array<{ open: number; overdue: number; agency: { id: string } }> };
};

export type CheckMechanismsQueryVariables = Exact<{ [key: string]: never }>;

export type CheckMechanismsQuery = {
  mechanisms: Array<{ id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } }>;
};

export type CheckIdentityMutationVariables = Exact<{
  input: IdentityCheckInput;
}>;

export type CheckIdentityMutation = {
  checkIdentity: {
    checkId: string;
    outcome: IdentityCheckOutcome;
    alertListReached: boolean | null;
    matches: Array<{
      reference: string;
      possible: boolean;
      agency: { id: string; name: string; acronym: string; contactPoint: string | null; country: { id: string } };
    }>;
    alertListHits: Array<{ kind: string; issuingCountryCode: string; reference: string; contactDesk: string }>;
  };
};

export type IdentityCheckLogQueryVariables = Exact<{ [key: string]: never }>;

export type IdentityCheckLogQuery = {
  identityCheckLog: Array<{
    id: string;
    checkedAt: string;
    purpose: string;
    outcome: IdentityCheckOutcome;
    references: Array<string>;
    askedByAgency: { id: string; name: string; acronym: string; country: { id: string } };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  }>;
};

export type NewReferralOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type NewReferralOptionsQuery = {
  mechanisms: Array<{
    id: string;
    active: boolean;
    countries: Array<{ id: string }>;
    crossingPoints: Array<{ id: string; name: string }>;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    memberAgencies: Array<{
      id: string;
      name: string;
      acronym: string;
      active: boolean;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    }>;
  }>;
};

export type CreateReferralDraftMutationVariables = Exact<{
  input: ReferralDraftInput;
  idempotencyKey?: string | null | undefined;
}>;

export type CreateReferralDraftMutation = { createReferralDraft: { id: string; status: ReferralStatus } };

export type UpdateReferralDraftMutationVariables = Exact<{
  id: string | number;
  input: ReferralDraftInput;
}>;

export type UpdateReferralDraftMutation = { updateReferralDraft: { id: string; status: ReferralStatus } };

export type SendNewReferralMutationVariables = Exact<{
  id: string | number;
  idempotencyKey?: string | null | undefined;
}>;

export type SendNewReferralMutation = {
  sendReferral: { id: string; status: ReferralStatus; reference: string | null };
};

export type MyNotificationsQueryVariables = Exact<{
  first: number;
}>;

export type MyNotificationsQuery = {
  myNotifications: Array<{
    id: string;
    kind: NotificationKind;
    subjectType: NotificationSubject;
    subjectId: string;
    reference: string | null;
    createdAt: string;
    readAt: string | null;
  }>;
};

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;

export type MarkNotificationReadMutation = { markNotificationRead: { id: string; readAt: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never }>;

export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;

export type ResetPasswordMutation = { resetPassword: boolean };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;

export type UpdateMyProfileMutation = {
  updateMyProfile: { id: string; name: string; locale: string; timeZone: string };
};

export type ChangeMyPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;

export type ChangeMyPasswordMutation = { changeMyPassword: boolean };

export type StartTotpEnrolmentMutationVariables = Exact<{ [key: string]: never }>;

export type StartTotpEnrolmentMutation = { startTotpEnrolment: { secret: string; otpauthUri: string } };

export type ConfirmTotpEnrolmentMutationVariables = Exact<{
  code: string;
}>;

export type ConfirmTotpEnrolmentMutation = {
  confirmTotpEnrolment: { status: SignInStatus; recoveryCodes: Array<string> };
};

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutEverywhereMutation = { signOutEverywhere: number };

export type BorderReferralFormQueryVariables = Exact<{ [key: string]: never }>;

export type BorderReferralFormQuery = {
  screeningForm: { version: number; indicators: Array<{ indicator: ScreeningIndicator; category: IndicatorCategory }> };
  protectionReferralRecipients: Array<{ id: string; name: string; acronym: string }>;
  protectionReferralConsentTexts: Array<{ id: string; language: string; version: number; text: string }>;
};

export type ProtectionReferralOutlineFragment = {
  id: string;
  code: string;
  status: ProtectionReferralStatus;
  sentAt: string;
  answeredAt: string | null;
  declineReason: string | null;
  survivorCode: string | null;
  availableActions: Array<ProtectionReferralAnswer>;
  senderAgency: { id: string; name: string };
  recipientAgency: { id: string; name: string };
};

export type ReferToProtectionMutationVariables = Exact<{
  input: ProtectionReferralInput;
}>;

export type ReferToProtectionMutation = {
  referToProtection: {
    id: string;
    code: string;
    status: ProtectionReferralStatus;
    sentAt: string;
    answeredAt: string | null;
    declineReason: string | null;
    survivorCode: string | null;
    availableActions: Array<ProtectionReferralAnswer>;
    senderAgency: { id: string; name: string };
    recipientAgency: { id: string; name: string };
  };
};

export type ProtectionReferralsQueryVariables = Exact<{
  box: ProtectionReferralBox;
}>;

export type ProtectionReferralsQuery = {
  protectionReferrals: Array<{
    id: string;
    code: string;
    status: ProtectionReferralStatus;
    sentAt: string;
    answeredAt: string | null;
    declineReason: string | null;
    survivorCode: string | null;
    availableActions: Array<ProtectionReferralAnswer>;
    senderAgency: { id: string; name: string };
    recipientAgency: { id: string; name: string };
  }>;
};

export type ProtectionReferralQueryVariables = Exact<{
  id: string | number;
}>;

export type ProtectionReferralQuery = {
  protectionReferral: {
    restrictedFields: Array<string>;
    note: string | null;
    id: string;
    code: string;
    status: ProtectionReferralStatus;
    sentAt: string;
    answeredAt: string | null;
    declineReason: string | null;
    survivorCode: string | null;
    availableActions: Array<ProtectionReferralAnswer>;
    person: {
      givenNames: string | null;
      familyNames: string | null;
      estimatedAge: number;
      sex: SurvivorSex | null;
      nationality: string | null;
      languages: Array<string>;
      currentLocation: string;
      phone: string | null;
    } | null;
    screening: {
      level: ScreeningLevel;
      conclusion: ScreeningConclusion;
      conclusionNotes: string;
      place: string | null;
      screenedAt: string;
      answers: Array<{ indicator: ScreeningIndicator; answer: IndicatorAnswer; notes: string | null }>;
    } | null;
    consent: {
      method: ConsentMethod;
      givenBy: ConsentGivenBy;
      language: string;
      textVersion: number;
      witness: string | null;
      guardian: string | null;
      givenAt: string;
    } | null;
    senderAgency: { id: string; name: string };
    recipientAgency: { id: string; name: string };
  } | null;
};

export type AnswerProtectionReferralMutationVariables = Exact<{
  id: string | number;
  answer: ProtectionReferralAnswer;
  reason?: string | null | undefined;
}>;

export type AnswerProtectionReferralMutation = {
  answerProtectionReferral: {
    id: string;
    code: string;
    status: ProtectionReferralStatus;
    sentAt: string;
    answeredAt: string | null;
    declineReason: string | null;
    survivorCode: string | null;
    availableActions: Array<ProtectionReferralAnswer>;
    senderAgency: { id: string; name: string };
    recipientAgency: { id: string; name: string };
  };
};

export type CaseloadQueryVariables = Exact<{
  filter?: CaseloadFilter | null | undefined;
  after?: string | null | undefined;
}>;

export type CaseloadQuery = {
  caseload: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      id: string;
      code: string;
      status: SurvivorCaseStatus;
      vulnerabilities: Array<SurvivorVulnerability>;
      assignedToMe: boolean;
      registeredAt: string;
      caseWorker: { id: string; name: string } | null;
    }>;
  };
};

export type SurvivorsByDocumentQueryVariables = Exact<{
  documentNumber: string;
}>;

export type SurvivorsByDocumentQuery = {
  survivorsByDocument: Array<{ id: string; code: string; status: SurvivorCaseStatus }>;
};

export type SurvivorQueryVariables = Exact<{
  id: string | number;
}>;

export type SurvivorQuery = {
  survivor: {
    id: string;
    code: string;
    status: SurvivorCaseStatus;
    closureReason: SurvivorClosureReason | null;
    vulnerabilities: Array<SurvivorVulnerability>;
    registeredAt: string;
    assignedToMe: boolean;
    restrictedFields: Array<string>;
    holdingAgency: { id: string; acronym: string };
    caseWorker: { id: string; name: string } | null;
    supervisor: { id: string; name: string } | null;
  };
};

export type SurvivorPersonalDataQueryVariables = Exact<{
  id: string | number;
}>;

export type SurvivorPersonalDataQuery = {
  survivor: {
    id: string;
    restrictedFields: Array<string>;
    givenNames: string | null;
    familyNames: string | null;
    aliases: Array<string> | null;
    dateOfBirth: unknown;
    estimatedAge: number | null;
    sex: SurvivorSex | null;
    genderIdentity: string | null;
    nationality: string | null;
    languages: Array<string> | null;
    phones: Array<string> | null;
    email: string | null;
    currentLocation: string | null;
    identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
    exploitations: Array<{
      kind: ExploitationKind;
      countryCode: string | null;
      place: string | null;
      startedOn: unknown;
      endedOn: unknown;
      notes: string | null;
    }> | null;
  };
};

export type CaseloadColleaguesQueryVariables = Exact<{
  agencyId?: string | number | null | undefined;
}>;

export type CaseloadColleaguesQuery = {
  users: { nodes: Array<{ id: string; name: string; roles: Array<Role>; active: boolean }> };
};

export type RegisterSurvivorMutationVariables = Exact<{
  input: SurvivorInput;
}>;

export type RegisterSurvivorMutation = { registerSurvivor: { id: string; code: string } };

export type AssignSurvivorCaseMutationVariables = Exact<{
  input: SurvivorAssignmentInput;
}>;

export type AssignSurvivorCaseMutation = {
  assignSurvivorCase: {
    id: string;
    assignedToMe: boolean;
    caseWorker: { id: string; name: string } | null;
    supervisor: { id: string; name: string } | null;
  };
};

export type CloseSurvivorCaseMutationVariables = Exact<{
  id: string | number;
  reason: SurvivorClosureReason;
}>;

export type CloseSurvivorCaseMutation = {
  closeSurvivorCase: { id: string; status: SurvivorCaseStatus; closureReason: SurvivorClosureReason | null };
};

export type ReopenSurvivorCaseMutationVariables = Exact<{
  id: string | number;
}>;

export type ReopenSurvivorCaseMutation = {
  reopenSurvivorCase: { id: string; status: SurvivorCaseStatus; closureReason: SurvivorClosureReason | null };
};

export type SurvivorConsentsQueryVariables = Exact<{
  id: string | number;
}>;

export type SurvivorConsentsQuery = {
  survivor: {
    id: string;
    consents: Array<{
      id: string;
      status: ConsentStatus;
      categories: Array<ConsentDataCategory>;
      purposes: Array<ProtectionService>;
      validFrom: unknown;
      validUntil: unknown;
      method: ConsentMethod;
      givenBy: ConsentGivenBy;
      childAssent: boolean;
      recipientAgencyKind: AgencyKind | null;
      recipientCountryCode: string | null;
      recipientAgency: { id: string; acronym: string; name: string } | null;
      text: { language: string; version: number };
      signedFormScan: { mediaType: string; sizeBytes: number; downloadPath: string } | null;
    }>;
  };
};

export type ConsentOptionsQueryVariables = Exact<{ [key: string]: never }>;

export type ConsentOptionsQuery = {
  consentTexts: Array<{ id: string; language: string; version: number; text: string }>;
  agencies: Array<{ id: string; name: string; acronym: string; country: { id: string } }>;
};

export type RecordConsentMutationVariables = Exact<{
  input: ConsentInput;
}>;

export type RecordConsentMutation = { recordConsent: { id: string; status: ConsentStatus } };

export type WithdrawConsentMutationVariables = Exact<{
  id: string | number;
}>;

export type WithdrawConsentMutation = { withdrawConsent: { id: string; status: ConsentStatus } };

export type DirectoryServiceCardFragment = {
  id: string;
  countryCode: string;
  name: string;
  description: string | null;
  types: Array<ProtectionService>;
  eligibility: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  languages: Array<string>;
  hours: string | null;
  areaServed: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  capacity: number | null;
  availability: ServiceAvailability;
  active: boolean;
  agency: { id: string; name: string; acronym: string };
};

export type ServiceDirectoryQueryVariables = Exact<{
  countryCode?: string | null | undefined;
  type?: ProtectionService | null | undefined;
  language?: string | null | undefined;
  availableOnly?: boolean | null | undefined;
  agencyId?: string | number | null | undefined;
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;

export type ServiceDirectoryQuery = {
  directoryServices: {
    nodes: Array<{
      id: string;
      countryCode: string;
      name: string;
      description: string | null;
      types: Array<ProtectionService>;
      eligibility: string | null;
      minimumAge: number | null;
      maximumAge: number | null;
      languages: Array<string>;
      hours: string | null;
      areaServed: string | null;
      address: string | null;
      phone: string | null;
      email: string | null;
      capacity: number | null;
      availability: ServiceAvailability;
      active: boolean;
      agency: { id: string; name: string; acronym: string };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type SaveDirectoryServiceMutationVariables = Exact<{
  input: DirectoryServiceInput;
}>;

export type SaveDirectoryServiceMutation = {
  saveDirectoryService: {
    id: string;
    countryCode: string;
    name: string;
    description: string | null;
    types: Array<ProtectionService>;
    eligibility: string | null;
    minimumAge: number | null;
    maximumAge: number | null;
    languages: Array<string>;
    hours: string | null;
    areaServed: string | null;
    address: string | null;
    phone: string | null;
    email: string | null;
    capacity: number | null;
    availability: ServiceAvailability;
    active: boolean;
    agency: { id: string; name: string; acronym: string };
  };
};

export type ReferralFieldOptionsQueryVariables = Exact<{
  survivorId: string | number;
  recipientAgencyId: string | number;
  service: ProtectionService;
}>;

export type ReferralFieldOptionsQuery = {
  referralFieldOptions: {
    covered: boolean;
    byOverride: boolean;
    fields: Array<{ field: SharedField; category: ConsentDataCategory; allowed: boolean; suggested: boolean }>;
  };
};

export type ReferToServiceMutationVariables = Exact<{
  input: ServiceReferralInput;
}>;

export type ReferToServiceMutation = { referToService: { id: string; status: ServiceReferralStatus } };

export type ServiceReferralRowFragment = {
  id: string;
  survivorCode: string;
  service: ProtectionService;
  urgency: ReferralUrgency;
  status: ServiceReferralStatus;
  sentAt: string;
  respondBy: string;
  deliverBy: string;
  overdue: boolean;
  sharingInForce: boolean;
  consentWithdrawnAt: string | null;
  coveredByOverride: boolean;
  sharedFields: Array<SharedField>;
  availableActions: Array<ServiceReferralStep>;
  holdingAgency: { id: string; acronym: string; name: string };
  recipientAgency: { id: string; acronym: string; name: string };
  directoryService: { id: string; name: string } | null;
};

export type ServiceReferralsQueryVariables = Exact<{
  box: ServiceReferralBox;
  status?: ServiceReferralStatus | null | undefined;
  after?: string | null | undefined;
}>;

export type ServiceReferralsQuery = {
  serviceReferrals: {
    nodes: Array<{
      id: string;
      survivorCode: string;
      service: ProtectionService;
      urgency: ReferralUrgency;
      status: ServiceReferralStatus;
      sentAt: string;
      respondBy: string;
      deliverBy: string;
      overdue: boolean;
      sharingInForce: boolean;
      consentWithdrawnAt: string | null;
      coveredByOverride: boolean;
      sharedFields: Array<SharedField>;
      availableActions: Array<ServiceReferralStep>;
      holdingAgency: { id: string; acronym: string; name: string };
      recipientAgency: { id: string; acronym: string; name: string };
      directoryService: { id: string; name: string } | null;
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ServiceReferralQueryVariables = Exact<{
  id: string | number;
}>;

export type ServiceReferralQuery = {
  serviceReferral: {
    declineReason: string | null;
    outcome: string | null;
    id: string;
    survivorCode: string;
    service: ProtectionService;
    urgency: ReferralUrgency;
    status: ServiceReferralStatus;
    sentAt: string;
    respondBy: string;
    deliverBy: string;
    overdue: boolean;
    sharingInForce: boolean;
    consentWithdrawnAt: string | null;
    coveredByOverride: boolean;
    sharedFields: Array<SharedField>;
    availableActions: Array<ServiceReferralStep>;
    survivor: {
      referralId: string;
      code: string;
      sharedFields: Array<SharedField>;
      sharingInForce: boolean;
      restrictedFields: Array<string>;
      note: string | null;
      givenNames: string | null;
      familyNames: string | null;
      aliases: Array<string> | null;
      dateOfBirth: unknown;
      estimatedAge: number | null;
      sex: SurvivorSex | null;
      genderIdentity: string | null;
      nationality: string | null;
      languages: Array<string> | null;
      phones: Array<string> | null;
      email: string | null;
      currentLocation: string | null;
      vulnerabilities: Array<SurvivorVulnerability> | null;
      identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
      exploitations: Array<{
        kind: ExploitationKind;
        countryCode: string | null;
        place: string | null;
        startedOn: unknown;
        endedOn: unknown;
        notes: string | null;
      }> | null;
    };
    holdingAgency: { id: string; acronym: string; name: string };
    recipientAgency: { id: string; acronym: string; name: string };
    directoryService: { id: string; name: string } | null;
  };
};

export type StepServiceReferralMutationVariables = Exact<{
  input: ServiceReferralStepInput;
}>;

export type StepServiceReferralMutation = {
  stepServiceReferral: {
    declineReason: string | null;
    outcome: string | null;
    id: string;
    survivorCode: string;
    service: ProtectionService;
    urgency: ReferralUrgency;
    status: ServiceReferralStatus;
    sentAt: string;
    respondBy: string;
    deliverBy: string;
    overdue: boolean;
    sharingInForce: boolean;
    consentWithdrawnAt: string | null;
    coveredByOverride: boolean;
    sharedFields: Array<SharedField>;
    availableActions: Array<ServiceReferralStep>;
    holdingAgency: { id: string; acronym: string; name: string };
    recipientAgency: { id: string; acronym: string; name: string };
    directoryService: { id: string; name: string } | null;
  };
};

export type SurvivorServiceReferralsQueryVariables = Exact<{
  id: string | number;
}>;

export type SurvivorServiceReferralsQuery = {
  survivor: {
    id: string;
    serviceReferrals: Array<{
      id: string;
      survivorCode: string;
      service: ProtectionService;
      urgency: ReferralUrgency;
      status: ServiceReferralStatus;
      sentAt: string;
      respondBy: string;
      deliverBy: string;
      overdue: boolean;
      sharingInForce: boolean;
      consentWithdrawnAt: string | null;
      coveredByOverride: boolean;
      sharedFields: Array<SharedField>;
      availableActions: Array<ServiceReferralStep>;
      holdingAgency: { id: string; acronym: string; name: string };
      recipientAgency: { id: string; acronym: string; name: string };
      directoryService: { id: string; name: string } | null;
    }>;
  };
};

export type ScreeningFormQueryVariables = Exact<{ [key: string]: never }>;

export type ScreeningFormQuery = {
  screeningForm: { version: number; indicators: Array<{ indicator: ScreeningIndicator; category: IndicatorCategory }> };
};

export type SurvivorScreeningsQueryVariables = Exact<{
  id: string | number;
}>;

export type SurvivorScreeningsQuery = {
  survivor: {
    id: string;
    restrictedFields: Array<string>;
    screenings: Array<{
      formVersion: number;
      level: ScreeningLevel;
      conclusion: ScreeningConclusion;
      conclusionNotes: string;
      place: string | null;
      screenedAt: string;
      answers: Array<{ indicator: ScreeningIndicator; answer: IndicatorAnswer; notes: string | null }>;
    }> | null;
  };
};

export type RecordScreeningMutationVariables = Exact<{
  survivorId: string | number;
  input: ScreeningInput;
}>;

export type RecordScreeningMutation = {
  recordScreening: {
    id: string;
    screenings: Array<{ level: ScreeningLevel; conclusion: ScreeningConclusion; screenedAt: string }> | null;
  };
};

export type ServiceReferralMessageFieldsFragment = {
  id: string;
  body: string | null;
  authorAgencyId: string;
  createdAt: string;
  restrictedFields: Array<string>;
  attachments: Array<{
    id: string;
    fileName: string | null;
    mediaType: string;
    sizeBytes: number;
    downloadPath: string | null;
  }> | null;
};

export type ServiceReferralConversationQueryVariables = Exact<{
  referralId: string | number;
}>;

export type ServiceReferralConversationQuery = {
  serviceReferralMessages: Array<{
    id: string;
    body: string | null;
    authorAgencyId: string;
    createdAt: string;
    restrictedFields: Array<string>;
    attachments: Array<{
      id: string;
      fileName: string | null;
      mediaType: string;
      sizeBytes: number;
      downloadPath: string | null;
    }> | null;
  }>;
};

export type PostServiceReferralMessageMutationVariables = Exact<{
  input: ServiceReferralMessageInput;
  idempotencyKey?: string | null | undefined;
}>;

export type PostServiceReferralMessageMutation = {
  postServiceReferralMessage: {
    id: string;
    body: string | null;
    authorAgencyId: string;
    createdAt: string;
    restrictedFields: Array<string>;
    attachments: Array<{
      id: string;
      fileName: string | null;
      mediaType: string;
      sizeBytes: number;
      downloadPath: string | null;
    }> | null;
  };
};

export type ServiceReferralEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type ServiceReferralEventsSubscription = {
  serviceReferralEvents: { type: string; serviceReferralId: string; at: string };
};

export type ReferralAssigneesQueryVariables = Exact<{
  referralId: string | number;
}>;

export type ReferralAssigneesQuery = { referralAssignees: Array<{ id: string; name: string }> };

export type AssignReferralMutationVariables = Exact<{
  id: string | number;
  assigneeId?: string | number | null | undefined;
}>;

export type AssignReferralMutation = {
  assignReferral: {
    id: string;
    reference: string | null;
    status: ReferralStatus;
    availableActions: Array<ReferralAction>;
    category: ReferralCategory;
    urgency: ReferralUrgency;
    title: string;
    narrative: string;
    incidentDate: unknown;
    placeDescription: string | null;
    latitude: number | null;
    longitude: number | null;
    handlingCode: HandlingCode;
    sourceReliability: SourceReliability;
    informationAccuracy: number;
    sentAt: string | null;
    acknowledgeBy: string | null;
    answerBy: string | null;
    dueAt: string | null;
    overdue: boolean;
    statusReason: string | null;
    outcome: ReferralOutcome | null;
    createdAt: string;
    updatedAt: string;
    restrictedFields: Array<string>;
    assigned: boolean;
    assignedTo: { id: string; name: string } | null;
    sendingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    receivingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    crossingPoint: { id: string; name: string } | null;
    persons: Array<{
      id: string;
      role: ReferralPersonRole;
      givenNames: string | null;
      familyNames: string | null;
      sex: PersonSex | null;
      dateOfBirth: unknown;
      estimatedAge: number | null;
      nationality: string | null;
      aliases: Array<string> | null;
      phones: Array<string> | null;
      restrictedFields: Array<string>;
      identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
      vehicles: Array<{ plate: string | null; description: string | null }> | null;
    }>;
    history: Array<{
      id: string;
      action: string;
      fromStatus: ReferralStatus;
      toStatus: ReferralStatus;
      at: string;
      comment: string | null;
      reason: string | null;
      outcome: ReferralOutcome | null;
      byAgency: { id: string; acronym: string };
    }>;
  };
};

export type ReferralDetailFieldsFragment = {
  id: string;
  reference: string | null;
  status: ReferralStatus;
  availableActions: Array<ReferralAction>;
  category: ReferralCategory;
  urgency: ReferralUrgency;
  title: string;
  narrative: string;
  incidentDate: unknown;
  placeDescription: string | null;
  latitude: number | null;
  longitude: number | null;
  handlingCode: HandlingCode;
  sourceReliability: SourceReliability;
  informationAccuracy: number;
  sentAt: string | null;
  acknowledgeBy: string | null;
  answerBy: string | null;
  dueAt: string | null;
  overdue: boolean;
  statusReason: string | null;
  outcome: ReferralOutcome | null;
  createdAt: string;
  updatedAt: string;
  restrictedFields: Array<string>;
  assigned: boolean;
  assignedTo: { id: string; name: string } | null;
  sendingAgency: {
    id: string;
    name: string;
    acronym: string;
    country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  };
  receivingAgency: {
    id: string;
    name: string;
    acronym: string;
    country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  };
  mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  crossingPoint: { id: string; name: string } | null;
  persons: Array<{
    id: string;
    role: ReferralPersonRole;
    givenNames: string | null;
    familyNames: string | null;
    sex: PersonSex | null;
    dateOfBirth: unknown;
    estimatedAge: number | null;
    nationality: string | null;
    aliases: Array<string> | null;
    phones: Array<string> | null;
    restrictedFields: Array<string>;
    identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
    vehicles: Array<{ plate: string | null; description: string | null }> | null;
  }>;
  history: Array<{
    id: string;
    action: string;
    fromStatus: ReferralStatus;
    toStatus: ReferralStatus;
    at: string;
    comment: string | null;
    reason: string | null;
    outcome: ReferralOutcome | null;
    byAgency: { id: string; acronym: string };
  }>;
};

export type ReferralDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type ReferralDetailQuery = {
  referral: {
    id: string;
    reference: string | null;
    status: ReferralStatus;
    availableActions: Array<ReferralAction>;
    category: ReferralCategory;
    urgency: ReferralUrgency;
    title: string;
    narrative: string;
    incidentDate: unknown;
    placeDescription: string | null;
    latitude: number | null;
    longitude: number | null;
    handlingCode: HandlingCode;
    sourceReliability: SourceReliability;
    informationAccuracy: number;
    sentAt: string | null;
    acknowledgeBy: string | null;
    answerBy: string | null;
    dueAt: string | null;
    overdue: boolean;
    statusReason: string | null;
    outcome: ReferralOutcome | null;
    createdAt: string;
    updatedAt: string;
    restrictedFields: Array<string>;
    assigned: boolean;
    assignedTo: { id: string; name: string } | null;
    sendingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    receivingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    crossingPoint: { id: string; name: string } | null;
    persons: Array<{
      id: string;
      role: ReferralPersonRole;
      givenNames: string | null;
      familyNames: string | null;
      sex: PersonSex | null;
      dateOfBirth: unknown;
      estimatedAge: number | null;
      nationality: string | null;
      aliases: Array<string> | null;
      phones: Array<string> | null;
      restrictedFields: Array<string>;
      identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
      vehicles: Array<{ plate: string | null; description: string | null }> | null;
    }>;
    history: Array<{
      id: string;
      action: string;
      fromStatus: ReferralStatus;
      toStatus: ReferralStatus;
      at: string;
      comment: string | null;
      reason: string | null;
      outcome: ReferralOutcome | null;
      byAgency: { id: string; acronym: string };
    }>;
  };
};

export type ReferralConversationQueryVariables = Exact<{
  referralId: string | number;
}>;

export type ReferralConversationQuery = {
  referralMessages: Array<{
    id: string;
    body: string;
    createdAt: string;
    authorAgencyId: string;
    authorId: string | null;
    authorName: string | null;
    attachments: Array<{ id: string; fileName: string; mediaType: string; sizeBytes: number; downloadPath: string }>;
  }>;
};

export type PostReferralMessageMutationVariables = Exact<{
  input: PostReferralMessageInput;
  idempotencyKey?: string | null | undefined;
}>;

export type PostReferralMessageMutation = {
  postReferralMessage: {
    id: string;
    body: string;
    createdAt: string;
    authorAgencyId: string;
    authorId: string | null;
    authorName: string | null;
    attachments: Array<{ id: string; fileName: string; mediaType: string; sizeBytes: number; downloadPath: string }>;
  };
};

export type SendReferralMutationVariables = Exact<{
  id: string | number;
  idempotencyKey?: string | null | undefined;
}>;

export type SendReferralMutation = {
  sendReferral: {
    id: string;
    reference: string | null;
    status: ReferralStatus;
    availableActions: Array<ReferralAction>;
    category: ReferralCategory;
    urgency: ReferralUrgency;
    title: string;
    narrative: string;
    incidentDate: unknown;
    placeDescription: string | null;
    latitude: number | null;
    longitude: number | null;
    handlingCode: HandlingCode;
    sourceReliability: SourceReliability;
    informationAccuracy: number;
    sentAt: string | null;
    acknowledgeBy: string | null;
    answerBy: string | null;
    dueAt: string | null;
    overdue: boolean;
    statusReason: string | null;
    outcome: ReferralOutcome | null;
    createdAt: string;
    updatedAt: string;
    restrictedFields: Array<string>;
    assigned: boolean;
    assignedTo: { id: string; name: string } | null;
    sendingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    receivingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    crossingPoint: { id: string; name: string } | null;
    persons: Array<{
      id: string;
      role: ReferralPersonRole;
      givenNames: string | null;
      familyNames: string | null;
      sex: PersonSex | null;
      dateOfBirth: unknown;
      estimatedAge: number | null;
      nationality: string | null;
      aliases: Array<string> | null;
      phones: Array<string> | null;
      restrictedFields: Array<string>;
      identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
      vehicles: Array<{ plate: string | null; description: string | null }> | null;
    }>;
    history: Array<{
      id: string;
      action: string;
      fromStatus: ReferralStatus;
      toStatus: ReferralStatus;
      at: string;
      comment: string | null;
      reason: string | null;
      outcome: ReferralOutcome | null;
      byAgency: { id: string; acronym: string };
    }>;
  };
};

export type AcknowledgeReferralMutationVariables = Exact<{
  id: string | number;
  idempotencyKey?: string | null | undefined;
}>;

export type AcknowledgeReferralMutation = {
  acknowledgeReferral: {
    id: string;
    reference: string | null;
    status: ReferralStatus;
    availableActions: Array<ReferralAction>;
    category: ReferralCategory;
    urgency: ReferralUrgency;
    title: string;
    narrative: string;
    incidentDate: unknown;
    placeDescription: string | null;
    latitude: number | null;
    longitude: number | null;
    handlingCode: HandlingCode;
    sourceReliability: SourceReliability;
    informationAccuracy: number;
    sentAt: string | null;
    acknowledgeBy: string | null;
    answerBy: string | null;
    dueAt: string | null;
    overdue: boolean;
    statusReason: string | null;
    outcome: ReferralOutcome | null;
    createdAt: string;
    updatedAt: string;
    restrictedFields: Array<string>;
    assigned: boolean;
    assignedTo: { id: string; name: string } | null;
    sendingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    receivingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    crossingPoint: { id: string; name: string } | null;
    persons: Array<{
      id: string;
      role: ReferralPersonRole;
      givenNames: string | null;
      familyNames: string | null;
      sex: PersonSex | null;
      dateOfBirth: unknown;
      estimatedAge: number | null;
      nationality: string | null;
      aliases: Array<string> | null;
      phones: Array<string> | null;
      restrictedFields: Array<string>;
      identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
      vehicles: Array<{ plate: string | null; description: string | null }> | null;
    }>;
    history: Array<{
      id: string;
      action: string;
      fromStatus: ReferralStatus;
      toStatus: ReferralStatus;
      at: string;
      comment: string | null;
      reason: string | null;
      outcome: ReferralOutcome | null;
      byAgency: { id: string; acronym: string };
    }>;
  };
};

export type AcceptReferralMutationVariables = Exact<{
  id: string | number;
  idempotencyKey?: string | null | undefined;
}>;

export type AcceptReferralMutation = {
  acceptReferral: {
    id: string;
    reference: string | null;
    status: ReferralStatus;
    availableActions: Array<ReferralAction>;
    category: ReferralCategory;
    urgency: ReferralUrgency;
    title: string;
    narrative: string;
    incidentDate: unknown;
    placeDescription: string | null;
    latitude: number | null;
    longitude: number | null;
    handlingCode: HandlingCode;
    sourceReliability: SourceReliability;
    informationAccuracy: number;
    sentAt: string | null;
    acknowledgeBy: string | null;
    answerBy: string | null;
    dueAt: string | null;
    overdue: boolean;
    statusReason: string | null;
    outcome: ReferralOutcome | null;
    createdAt: string;
    updatedAt: string;
    restrictedFields: Array<string>;
    assigned: boolean;
    assignedTo: { id: string; name: string } | null;
    sendingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    receivingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    crossingPoint: { id: string; name: string } | null;
    persons: Array<{
      id: string;
      role: ReferralPersonRole;
      givenNames: string | null;
      familyNames: string | null;
      sex: PersonSex | null;
      dateOfBirth: unknown;
      estimatedAge: number | null;
      nationality: string | null;
      aliases: Array<string> | null;
      phones: Array<string> | null;
      restrictedFields: Array<string>;
      identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
      vehicles: Array<{ plate: string | null; description: string | null }> | null;
    }>;
    history: Array<{
      id: string;
      action: string;
      fromStatus: ReferralStatus;
      toStatus: ReferralStatus;
      at: string;
      comment: string | null;
      reason: string | null;
      outcome: ReferralOutcome | null;
      byAgency: { id: string; acronym: string };
    }>;
  };
};

export type DeclineReferralMutationVariables = Exact<{
  id: string | number;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;

export type DeclineReferralMutation = {
  declineReferral: {
    id: string;
    reference: string | null;
    status: ReferralStatus;
    availableActions: Array<ReferralAction>;
    category: ReferralCategory;
    urgency: ReferralUrgency;
    title: string;
    narrative: string;
    incidentDate: unknown;
    placeDescription: string | null;
    latitude: number | null;
    longitude: number | null;
    handlingCode: HandlingCode;
    sourceReliability: SourceReliability;
    informationAccuracy: number;
    sentAt: string | null;
    acknowledgeBy: string | null;
    answerBy: string | null;
    dueAt: string | null;
    overdue: boolean;
    statusReason: string | null;
    outcome: ReferralOutcome | null;
    createdAt: string;
    updatedAt: string;
    restrictedFields: Array<string>;
    assigned: boolean;
    assignedTo: { id: string; name: string } | null;
    sendingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    receivingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    crossingPoint: { id: string; name: string } | null;
    persons: Array<{
      id: string;
      role: ReferralPersonRole;
      givenNames: string | null;
      familyNames: string | null;
      sex: PersonSex | null;
      dateOfBirth: unknown;
      estimatedAge: number | null;
      nationality: string | null;
      aliases: Array<string> | null;
      phones: Array<string> | null;
      restrictedFields: Array<string>;
      identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
      vehicles: Array<{ plate: string | null; description: string | null }> | null;
    }>;
    history: Array<{
      id: string;
      action: string;
      fromStatus: ReferralStatus;
      toStatus: ReferralStatus;
      at: string;
      comment: string | null;
      reason: string | null;
      outcome: ReferralOutcome | null;
      byAgency: { id: string; acronym: string };
    }>;
  };
};

export type StartReferralMutationVariables = Exact<{
  id: string | number;
  idempotencyKey?: string | null | undefined;
}>;

export type StartReferralMutation = {
  startReferral: {
    id: string;
    reference: string | null;
    status: ReferralStatus;
    availableActions: Array<ReferralAction>;
    category: ReferralCategory;
    urgency: ReferralUrgency;
    title: string;
    narrative: string;
    incidentDate: unknown;
    placeDescription: string | null;
    latitude: number | null;
    longitude: number | null;
    handlingCode: HandlingCode;
    sourceReliability: SourceReliability;
    informationAccuracy: number;
    sentAt: string | null;
    acknowledgeBy: string | null;
    answerBy: string | null;
    dueAt: string | null;
    overdue: boolean;
    statusReason: string | null;
    outcome: ReferralOutcome | null;
    createdAt: string;
    updatedAt: string;
    restrictedFields: Array<string>;
    assigned: boolean;
    assignedTo: { id: string; name: string } | null;
    sendingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    receivingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    crossingPoint: { id: string; name: string } | null;
    persons: Array<{
      id: string;
      role: ReferralPersonRole;
      givenNames: string | null;
      familyNames: string | null;
      sex: PersonSex | null;
      dateOfBirth: unknown;
      estimatedAge: number | null;
      nationality: string | null;
      aliases: Array<string> | null;
      phones: Array<string> | null;
      restrictedFields: Array<string>;
      identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
      vehicles: Array<{ plate: string | null; description: string | null }> | null;
    }>;
    history: Array<{
      id: string;
      action: string;
      fromStatus: ReferralStatus;
      toStatus: ReferralStatus;
      at: string;
      comment: string | null;
      reason: string | null;
      outcome: ReferralOutcome | null;
      byAgency: { id: string; acronym: string };
    }>;
  };
};

export type CloseReferralMutationVariables = Exact<{
  id: string | number;
  outcome: ReferralOutcome;
  idempotencyKey?: string | null | undefined;
}>;

export type CloseReferralMutation = {
  closeReferral: {
    id: string;
    reference: string | null;
    status: ReferralStatus;
    availableActions: Array<ReferralAction>;
    category: ReferralCategory;
    urgency: ReferralUrgency;
    title: string;
    narrative: string;
    incidentDate: unknown;
    placeDescription: string | null;
    latitude: number | null;
    longitude: number | null;
    handlingCode: HandlingCode;
    sourceReliability: SourceReliability;
    informationAccuracy: number;
    sentAt: string | null;
    acknowledgeBy: string | null;
    answerBy: string | null;
    dueAt: string | null;
    overdue: boolean;
    statusReason: string | null;
    outcome: ReferralOutcome | null;
    createdAt: string;
    updatedAt: string;
    restrictedFields: Array<string>;
    assigned: boolean;
    assignedTo: { id: string; name: string } | null;
    sendingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    receivingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    crossingPoint: { id: string; name: string } | null;
    persons: Array<{
      id: string;
      role: ReferralPersonRole;
      givenNames: string | null;
      familyNames: string | null;
      sex: PersonSex | null;
      dateOfBirth: unknown;
      estimatedAge: number | null;
      nationality: string | null;
      aliases: Array<string> | null;
      phones: Array<string> | null;
      restrictedFields: Array<string>;
      identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
      vehicles: Array<{ plate: string | null; description: string | null }> | null;
    }>;
    history: Array<{
      id: string;
      action: string;
      fromStatus: ReferralStatus;
      toStatus: ReferralStatus;
      at: string;
      comment: string | null;
      reason: string | null;
      outcome: ReferralOutcome | null;
      byAgency: { id: string; acronym: string };
    }>;
  };
};

export type WithdrawReferralMutationVariables = Exact<{
  id: string | number;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;

export type WithdrawReferralMutation = {
  withdrawReferral: {
    id: string;
    reference: string | null;
    status: ReferralStatus;
    availableActions: Array<ReferralAction>;
    category: ReferralCategory;
    urgency: ReferralUrgency;
    title: string;
    narrative: string;
    incidentDate: unknown;
    placeDescription: string | null;
    latitude: number | null;
    longitude: number | null;
    handlingCode: HandlingCode;
    sourceReliability: SourceReliability;
    informationAccuracy: number;
    sentAt: string | null;
    acknowledgeBy: string | null;
    answerBy: string | null;
    dueAt: string | null;
    overdue: boolean;
    statusReason: string | null;
    outcome: ReferralOutcome | null;
    createdAt: string;
    updatedAt: string;
    restrictedFields: Array<string>;
    assigned: boolean;
    assignedTo: { id: string; name: string } | null;
    sendingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    receivingAgency: {
      id: string;
      name: string;
      acronym: string;
      country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    };
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
    crossingPoint: { id: string; name: string } | null;
    persons: Array<{
      id: string;
      role: ReferralPersonRole;
      givenNames: string | null;
      familyNames: string | null;
      sex: PersonSex | null;
      dateOfBirth: unknown;
      estimatedAge: number | null;
      nationality: string | null;
      aliases: Array<string> | null;
      phones: Array<string> | null;
      restrictedFields: Array<string>;
      identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
      vehicles: Array<{ plate: string | null; description: string | null }> | null;
    }>;
    history: Array<{
      id: string;
      action: string;
      fromStatus: ReferralStatus;
      toStatus: ReferralStatus;
      at: string;
      comment: string | null;
      reason: string | null;
      outcome: ReferralOutcome | null;
      byAgency: { id: string; acronym: string };
    }>;
  };
};

export type ReferralForwardFieldsFragment = {
  id: string;
  status: ReferralForwardStatus;
  comment: string | null;
  requestedAt: string;
  decidedAt: string | null;
  refusalReason: string | null;
  recipientAgencyId: string;
  referralId: string;
};

export type ReferralForwardsQueryVariables = Exact<{
  referralId: string | number;
}>;

export type ReferralForwardsQuery = {
  referralForwards: Array<{
    id: string;
    status: ReferralForwardStatus;
    comment: string | null;
    requestedAt: string;
    decidedAt: string | null;
    refusalReason: string | null;
    recipientAgencyId: string;
    referralId: string;
  }>;
  agencies: Array<{
    id: string;
    name: string;
    acronym: string;
    active: boolean;
    country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  }>;
};

export type ForwardReferralMutationVariables = Exact<{
  input: ForwardReferralInput;
}>;

export type ForwardReferralMutation = {
  forwardReferral: {
    id: string;
    status: ReferralForwardStatus;
    comment: string | null;
    requestedAt: string;
    decidedAt: string | null;
    refusalReason: string | null;
    recipientAgencyId: string;
    referralId: string;
  };
};

export type ApproveReferralForwardMutationVariables = Exact<{
  forwardId: string | number;
}>;

export type ApproveReferralForwardMutation = {
  approveReferralForward: {
    id: string;
    status: ReferralForwardStatus;
    comment: string | null;
    requestedAt: string;
    decidedAt: string | null;
    refusalReason: string | null;
    recipientAgencyId: string;
    referralId: string;
  };
};

export type RefuseReferralForwardMutationVariables = Exact<{
  forwardId: string | number;
  reason: string;
}>;

export type RefuseReferralForwardMutation = {
  refuseReferralForward: {
    id: string;
    status: ReferralForwardStatus;
    comment: string | null;
    requestedAt: string;
    decidedAt: string | null;
    refusalReason: string | null;
    recipientAgencyId: string;
    referralId: string;
  };
};

export type ReferralDraftQueryVariables = Exact<{
  id: string | number;
}>;

export type ReferralDraftQuery = {
  referral: {
    id: string;
    status: ReferralStatus;
    category: ReferralCategory;
    urgency: ReferralUrgency;
    title: string;
    narrative: string;
    incidentDate: unknown;
    placeDescription: string | null;
    latitude: number | null;
    longitude: number | null;
    handlingCode: HandlingCode;
    sourceReliability: SourceReliability;
    informationAccuracy: number;
    crossingPoint: { id: string } | null;
    mechanism: { id: string };
    sendingAgency: { id: string };
    receivingAgency: { id: string };
    persons: Array<{
      id: string;
      role: ReferralPersonRole;
      givenNames: string | null;
      familyNames: string | null;
      aliases: Array<string> | null;
      sex: PersonSex | null;
      dateOfBirth: unknown;
      nationality: string | null;
      estimatedAge: number | null;
      phones: Array<string> | null;
      identityDocuments: Array<{ kind: string; number: string; issuingCountry: string | null }> | null;
      vehicles: Array<{ plate: string | null; description: string | null }> | null;
    }>;
  };
};

export type ReferralAgencyPartyFragment = {
  id: string;
  name: string;
  acronym: string;
  country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
};

export type ReferralInboxQueryVariables = Exact<{
  box: ReferralBox;
  filter?: ReferralFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type ReferralInboxQuery = {
  referrals: {
    totalCount: number;
    statusCounts: Array<{ status: ReferralStatus; count: number }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        reference: string | null;
        title: string;
        status: ReferralStatus;
        category: ReferralCategory;
        urgency: ReferralUrgency;
        dueAt: string | null;
        overdue: boolean;
        createdAt: string;
        assignedTo: { id: string; name: string } | null;
        sendingAgency: {
          id: string;
          name: string;
          acronym: string;
          country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
        };
        receivingAgency: {
          id: string;
          name: string;
          acronym: string;
          country: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
        };
      };
    }>;
  };
};

export type InboxMechanismsQueryVariables = Exact<{ [key: string]: never }>;

export type InboxMechanismsQuery = {
  mechanisms: Array<{
    id: string;
    active: boolean;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
  }>;
};

export type ReferralEventsSubscriptionVariables = Exact<{ [key: string]: never }>;

export type ReferralEventsSubscription = { referralEvents: { type: string; referralId: string; at: string } };

export type IdentityReindexRunsQueryVariables = Exact<{ [key: string]: never }>;

export type IdentityReindexRunsQuery = {
  identityReindexRuns: Array<{
    id: string;
    targetVersion: number;
    status: IdentityReindexStatus;
    total: number;
    done: number;
    notReindexable: number;
    startedAt: string;
    finishedAt: string | null;
    mechanism: { id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } };
  }>;
};

export type ServiceStatusQueryVariables = Exact<{ [key: string]: never }>;

export type ServiceStatusQuery = {
  health: { version: string; database: string; databaseTime: string };
  countries: Array<{ id: string; names: { es: string; en: string | null; pt: string | null; fr: string | null } }>;
};

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type SignInMutation = { signIn: { status: SignInStatus } };

export type VerifyTotpMutationVariables = Exact<{
  code: string;
}>;

export type VerifyTotpMutation = { verifyTotp: { status: SignInStatus } };

export type StatisticsCellFieldsFragment = {
  key: string;
  parent: string | null;
  count: number | null;
  suppression: CellSuppression | null;
};

export type StatisticsMechanismsQueryVariables = Exact<{ [key: string]: never }>;

export type StatisticsMechanismsQuery = {
  statisticsMechanisms: Array<{
    id: string;
    names: { es: string; en: string | null; pt: string | null; fr: string | null };
    crossingPoints: Array<{ id: string; name: string }>;
  }>;
};

export type ReferralFiguresQueryVariables = Exact<{
  input: ReferralStatisticsInput;
}>;

export type ReferralFiguresQuery = {
  referralStatistics: {
    scope: StatisticsScope;
    threshold: number;
    overdueShare: number | null;
    total: { key: string; parent: string | null; count: number | null; suppression: CellSuppression | null };
    overdue: { key: string; parent: string | null; count: number | null; suppression: CellSuppression | null };
    timeToAcknowledge: { count: number | null; medianHours: number | null; p90Hours: number | null };
    timeToAnswer: { count: number | null; medianHours: number | null; p90Hours: number | null };
    tables: Array<{
      dimension: ReferralDimension;
      cells: Array<{ key: string; parent: string | null; count: number | null; suppression: CellSuppression | null }>;
    }>;
  };
};

export type CoordinationFiguresQueryVariables = Exact<{
  input: CoordinationStatisticsInput;
}>;

export type CoordinationFiguresQuery = {
  coordinationStatistics: {
    threshold: number;
    meetingsHeld: {
      total: { key: string; parent: string | null; count: number | null; suppression: CellSuppression | null };
      cells: Array<{ key: string; parent: string | null; count: number | null; suppression: CellSuppression | null }>;
    };
    decisions: {
      total: { key: string; parent: string | null; count: number | null; suppression: CellSuppression | null };
      cells: Array<{ key: string; parent: string | null; count: number | null; suppression: CellSuppression | null }>;
    };
    actions: {
      total: { key: string; parent: string | null; count: number | null; suppression: CellSuppression | null };
      cells: Array<{ key: string; parent: string | null; count: number | null; suppression: CellSuppression | null }>;
    };
  };
};

export type ReferralDataQualityQueryVariables = Exact<{
  input: DataQualityInput;
}>;

export type ReferralDataQualityQuery = {
  referralDataQuality: {
    threshold: number;
    indicators: Array<{
      indicator: string;
      base: number;
      flagged: number | null;
      suppression: CellSuppression | null;
      share: number | null;
    }>;
  };
};

export type ProtectionFiguresQueryVariables = Exact<{
  input: ProtectionStatisticsInput;
}>;

export type ProtectionFiguresQuery = {
  protectionStatistics: {
    threshold: number;
    survivors: { key: string; parent: string | null; count: number | null; suppression: CellSuppression | null };
    serviceReferrals: { key: string; parent: string | null; count: number | null; suppression: CellSuppression | null };
    durablePlans: { key: string; parent: string | null; count: number | null; suppression: CellSuppression | null };
    consentWithdrawals: {
      key: string;
      parent: string | null;
      count: number | null;
      suppression: CellSuppression | null;
    };
    tables: Array<{
      dimension: ProtectionDimension;
      multiValued: boolean;
      cells: Array<{ key: string; parent: string | null; count: number | null; suppression: CellSuppression | null }>;
    }>;
  };
};

export type FigureRecordsQueryVariables = Exact<{
  input: FigureRecordsInput;
}>;

export type FigureRecordsQuery = {
  figureRecords: { more: boolean; limit: number; records: Array<{ id: string; reference: string | null }> };
};

export const AdminAgencyFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminAgency' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'country' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminAgencyFragment, unknown>;
export const AdminApiTokenFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminApiToken' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminApiTokenFragment, unknown>;
export const AdminCountryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCountry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Country' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultLocale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCountryFragment, unknown>;
export const AdminMechanismDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminMechanismDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mechanism' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'countries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'secretariatAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoints' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminMechanismDetailFragment, unknown>;
export const AdminDeadlineFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralDeadlineRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgeWithinMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerWithinMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'configured' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminDeadlineFragment, unknown>;
export const RetentionReportFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RetentionReportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgencyRetentionReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'agencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'termDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'platformTermDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agencyTermDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agencyTermSetAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueNow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueWithin30Days' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymisedCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastAnonymisedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymisedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetentionReportFieldsFragment, unknown>;
export const AdminUserFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminUserFragment, unknown>;
export const AdminRoleGrantFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminRoleGrant' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RoleGrantRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'apiTokenId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'apiTokenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withInvitation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRoleGrantFragment, unknown>;
export const AuditEventRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorCountryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordPath' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEventRowFragment, unknown>;
export const BulletinPageFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BulletinPage' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Bulletin' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canPublish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canAcknowledge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMyAgencyAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'texts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'images' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulletinPageFragment, unknown>;
export const MeetingSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoLink' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingSummaryFragment, unknown>;
export const MeetingDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReadMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'presenterAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replyToId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byMe' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoLink' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingDetailFragment, unknown>;
export const ActionItemFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerUserName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingTitle' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionItemFieldsFragment, unknown>;
export const ChecklistFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChecklistFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentTemplate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChecklistFieldsFragment, unknown>;
export const TrainingFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Training' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'female' } },
                { kind: 'Field', name: { kind: 'Name', value: 'male' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otherOrNotStated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'materials' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrainingFieldsFragment, unknown>;
export const AssessmentDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mechanismId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assessors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'templateTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canMakeActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actionItem' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ownerAgency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentDetailFragment, unknown>;
export const DutyContactFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DutyContactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DutyContact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deskName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'officerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alwaysOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'days' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'radioChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secureChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onDutyNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DutyContactFieldsFragment, unknown>;
export const SolutionReferralPartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SolutionReferralParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destination' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purposes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrustedCriteria' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRisk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informedWish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personWishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsAssessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsDeterminedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'determinationPanelRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardian' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SolutionReferralPartsFragment, unknown>;
export const DurablePlanPartsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DurablePlanParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DurablePlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'solution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leadAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applicable' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsibleOrganisation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entryAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorIsChild' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monthsAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referrals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SolutionReferralParts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SolutionReferralParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destination' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purposes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrustedCriteria' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRisk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informedWish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personWishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsAssessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsDeterminedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'determinationPanelRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardian' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DurablePlanPartsFragment, unknown>;
export const ProtectionReferralOutlineFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProtectionReferralOutline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProtectionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'senderAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProtectionReferralOutlineFragment, unknown>;
export const DirectoryServiceCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryServiceCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DirectoryService' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'types' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maximumAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'areaServed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DirectoryServiceCardFragment, unknown>;
export const ServiceReferralRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'service' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliverBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharingInForce' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentWithdrawnAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coveredByOverride' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'directoryService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceReferralRowFragment, unknown>;
export const ServiceReferralMessageFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceReferralMessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceReferralMessage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mediaType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceReferralMessageFieldsFragment, unknown>;
export const ReferralDetailFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incidentDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReliability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informationAccuracy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgeBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigned' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receivingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'persons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identityDocuments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vehicles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'plate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralDetailFieldsFragment, unknown>;
export const ReferralForwardFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralForwardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralForward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refusalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralForwardFieldsFragment, unknown>;
export const ReferralAgencyPartyFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralAgencyParty' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'country' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralAgencyPartyFragment, unknown>;
export const StatisticsCellFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCellFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsCell' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppression' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsCellFieldsFragment, unknown>;
export const AcceptInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const AdminAgenciesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminAgencies' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AgencyFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agencies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAgency' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'countries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminAgency' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'country' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminAgenciesQuery, AdminAgenciesQueryVariables>;
export const CreateAgencyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateAgency' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateAgencyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAgency' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAgency' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminAgency' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'country' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateAgencyMutation, CreateAgencyMutationVariables>;
export const UpdateAgencyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAgency' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateAgencyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAgency' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminAgency' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminAgency' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contactPoint' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'country' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAgencyMutation, UpdateAgencyMutationVariables>;
export const AdminApiTokensDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminApiTokens' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiTokens' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminApiToken' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminApiToken' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminApiTokensQuery, AdminApiTokensQueryVariables>;
export const CreateApiTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiTokenInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiToken' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminApiToken' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminApiToken' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiToken' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiToken' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminApiToken' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminApiToken' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiToken' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AdminCountriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminCountries' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'countries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCountry' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCountry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Country' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultLocale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCountriesQuery, AdminCountriesQueryVariables>;
export const CreateCountryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCountry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCountryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCountry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCountry' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCountry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Country' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultLocale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCountryMutation, CreateCountryMutationVariables>;
export const UpdateCountryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateCountry' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCountryInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCountry' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminCountry' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminCountry' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Country' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultLocale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateCountryMutation, UpdateCountryMutationVariables>;
export const AdminFailedJobsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminFailedJobs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'failedJobs' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'failedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastErrorCode' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminFailedJobsQuery, AdminFailedJobsQueryVariables>;
export const RetryFailedJobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RetryFailedJob' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'retryFailedJob' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RetryFailedJobMutation, RetryFailedJobMutationVariables>;
export const DiscardFailedJobDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DiscardFailedJob' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'discardFailedJob' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DiscardFailedJobMutation, DiscardFailedJobMutationVariables>;
export const AdminMechanismOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminMechanismOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'countries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agencies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'includeInactive' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminMechanismOptionsQuery, AdminMechanismOptionsQueryVariables>;
export const AdminMechanismDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminMechanism' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminMechanismDetail' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralDeadlines' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadline' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminMechanismDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mechanism' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'countries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'secretariatAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoints' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralDeadlineRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgeWithinMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerWithinMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'configured' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminMechanismQuery, AdminMechanismQueryVariables>;
export const CreateMechanismDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateMechanism' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateMechanismInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMechanism' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminMechanismDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminMechanismDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mechanism' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'countries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'secretariatAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoints' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateMechanismMutation, CreateMechanismMutationVariables>;
export const UpdateMechanismDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMechanism' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMechanismInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMechanism' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminMechanismDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminMechanismDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Mechanism' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'names' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'countries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'secretariatAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoints' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMechanismMutation, UpdateMechanismMutationVariables>;
export const ConfigureReferralDeadlinesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfigureReferralDeadlines' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'deadlines' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralDeadlineInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'configureReferralDeadlines' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'deadlines' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'deadlines' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminDeadline' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminDeadline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralDeadlineRule' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgeWithinMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerWithinMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'configured' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfigureReferralDeadlinesMutation, ConfigureReferralDeadlinesMutationVariables>;
export const AdminMechanismsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminMechanisms' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanisms' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeInactive' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'countries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'secretariatAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminMechanismsQuery, AdminMechanismsQueryVariables>;
export const AgencyRetentionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AgencyRetention' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agencyRetention' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetentionReportFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RetentionReportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgencyRetentionReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'agencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'termDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'platformTermDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agencyTermDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agencyTermSetAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueNow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueWithin30Days' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymisedCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastAnonymisedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymisedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgencyRetentionQuery, AgencyRetentionQueryVariables>;
export const SetAgencyRetentionTermDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetAgencyRetentionTerm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AgencyRetentionKind' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAgencyRetentionTerm' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'days' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'days' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RetentionReportFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RetentionReportFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgencyRetentionReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'agencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lines' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'termDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'platformTermDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agencyTermDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maxDays' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agencyTermSetAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueNow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueWithin30Days' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymisedCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastAnonymisedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'anonymisedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetAgencyRetentionTermMutation, SetAgencyRetentionTermMutationVariables>;
export const AdminUsersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminUsers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agencyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminUser' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const InviteUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'InviteUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminUser' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const UpdateUserRolesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateUserRoles' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateUserInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminUser' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateUserRolesMutation, UpdateUserRolesMutationVariables>;
export const DisableUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DisableUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disableUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminUser' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EnableUser' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'enableUser' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminUser' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminUser' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'invitationPending' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnableUserMutation, EnableUserMutationVariables>;
export const AdminUserAgenciesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminUserAgencies' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agencies' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'includeInactive' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminUserAgenciesQuery, AdminUserAgenciesQueryVariables>;
export const AdminRoleGrantsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminRoleGrants' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roleGrantRequests' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminRoleGrant' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminRoleGrant' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RoleGrantRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'userName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'apiTokenId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'apiTokenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'withInvitation' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedByMe' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminRoleGrantsQuery, AdminRoleGrantsQueryVariables>;
export const ApproveRoleGrantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveRoleGrant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveRoleGrant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveRoleGrantMutation, ApproveRoleGrantMutationVariables>;
export const RefuseRoleGrantDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefuseRoleGrant' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refuseRoleGrant' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefuseRoleGrantMutation, RefuseRoleGrantMutationVariables>;
export const AuditTrailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditTrail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditTrailFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditTrail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEventRow' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorCountryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordPath' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const DataOwnerAccessLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DataOwnerAccessLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DataOwnerAccessFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dataOwnerAccessLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AuditEventRow' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seq' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorCountryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordLabel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordPath' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DataOwnerAccessLogQuery, DataOwnerAccessLogQueryVariables>;
export const VerifyAuditChainDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyAuditChain' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyAuditChain' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'valid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstBrokenSeq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastSeq' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastHash' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const AuditAgenciesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditAgencies' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditAgenciesQuery, AuditAgenciesQueryVariables>;
export const AuditPeopleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditPeople' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditPeople' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditPeopleQuery, AuditPeopleQueryVariables>;
export const ExportAuditTrailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExportAuditTrail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditTrailFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'exportAuditTrail' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExportAuditTrailMutation, ExportAuditTrailMutationVariables>;
export const BulletinMechanismsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BulletinMechanisms' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanisms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'secretariatAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulletinMechanismsQuery, BulletinMechanismsQueryVariables>;
export const BulletinsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Bulletins' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'BulletinKind' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'crossingPointId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'validNow' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulletins' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'crossingPointId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'crossingPointId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'validNow' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'validNow' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validNow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMyAgencyAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'texts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mechanism' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulletinsQuery, BulletinsQueryVariables>;
export const BulletinDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Bulletin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'bulletin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BulletinPage' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BulletinPage' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Bulletin' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canPublish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canAcknowledge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMyAgencyAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'texts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'images' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BulletinQuery, BulletinQueryVariables>;
export const CreateBulletinDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateBulletin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'BulletinInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createBulletin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateBulletinMutation, CreateBulletinMutationVariables>;
export const UpdateBulletinDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateBulletin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'BulletinInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateBulletin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BulletinPage' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BulletinPage' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Bulletin' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canPublish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canAcknowledge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMyAgencyAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'texts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'images' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateBulletinMutation, UpdateBulletinMutationVariables>;
export const PublishBulletinDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishBulletin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishBulletin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BulletinPage' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BulletinPage' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Bulletin' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canPublish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canAcknowledge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMyAgencyAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'texts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'images' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishBulletinMutation, PublishBulletinMutationVariables>;
export const AcknowledgeBulletinDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcknowledgeBulletin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgeBulletin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BulletinPage' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BulletinPage' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Bulletin' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canPublish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canAcknowledge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedByMyAgencyAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'texts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'draftingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'namedAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'images' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgements' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'acknowledgedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcknowledgeBulletinMutation, AcknowledgeBulletinMutationVariables>;
export const CoordinationEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'CoordinationEvents' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coordinationEvents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mechanismId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actionItemId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoordinationEventsSubscription, CoordinationEventsSubscriptionVariables>;
export const CoordinationMechanismsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoordinationMechanisms' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanisms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'secretariatAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoordinationMechanismsQuery, CoordinationMechanismsQueryVariables>;
export const MechanismMeetingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MechanismMeetings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'secretariatAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'upcoming' },
            name: { kind: 'Name', value: 'meetings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'EnumValue', value: 'UPCOMING' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'past' },
            name: { kind: 'Name', value: 'meetings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'EnumValue', value: 'PAST' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoLink' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MechanismMeetingsQuery, MechanismMeetingsQueryVariables>;
export const MeetingDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoLink' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReadMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'presenterAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replyToId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byMe' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingDetailQuery, MeetingDetailQueryVariables>;
export const MinutesDiffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MinutesDiff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'fromRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'toRevision' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'minutesDiff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'fromRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'fromRevision' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'toRevision' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'toRevision' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'lines' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MinutesDiffQuery, MinutesDiffQueryVariables>;
export const CreateMeetingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MeetingInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createMeeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const SetMeetingAgendaDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetMeetingAgenda' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'items' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'AgendaItemInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMeetingAgenda' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'items' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'items' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoLink' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReadMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'presenterAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replyToId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byMe' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetMeetingAgendaMutation, SetMeetingAgendaMutationVariables>;
export const SetMeetingAttendanceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetMeetingAttendance' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'entries' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'AttendanceInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setMeetingAttendance' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'entries' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'entries' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoLink' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReadMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'presenterAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replyToId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byMe' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetMeetingAttendanceMutation, SetMeetingAttendanceMutationVariables>;
export const WriteMinutesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WriteMinutes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agendaItemId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'minutes' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'writeMinutes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agendaItemId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agendaItemId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'minutes' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'minutes' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WriteMinutesMutation, WriteMinutesMutationVariables>;
export const CirculateMinutesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CirculateMinutes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'commentDeadline' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTimeISO' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'circulateMinutes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'commentDeadline' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'commentDeadline' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoLink' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReadMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'presenterAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replyToId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byMe' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CirculateMinutesMutation, CirculateMinutesMutationVariables>;
export const RecallMinutesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecallMinutes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recallMinutes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoLink' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReadMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'presenterAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replyToId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byMe' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecallMinutesMutation, RecallMinutesMutationVariables>;
export const ApproveMinutesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveMinutes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveMinutes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoLink' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReadMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'presenterAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replyToId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byMe' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveMinutesMutation, ApproveMinutesMutationVariables>;
export const CorrectMinutesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CorrectMinutes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'corrections' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'CorrectedMinutesInput' } },
              },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'correctMinutes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'corrections' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'corrections' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesStatus' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minutesRevision' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'videoLink' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MeetingDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Meeting' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MeetingSummary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'commentDeadline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReadMinutes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitedAgencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agenda' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'slotStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'durationMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutes' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'presenterAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attendance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'jobTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'comments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'replyToId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byMe' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revisions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CorrectMinutesMutation, CorrectMinutesMutationVariables>;
export const CommentOnMinutesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CommentOnMinutes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agendaItemId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'replyToId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'commentOnMinutes' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agendaItemId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agendaItemId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'replyToId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'replyToId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommentOnMinutesMutation, CommentOnMinutesMutationVariables>;
export const MeetingFollowUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeetingFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meeting' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'agendaItemId' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actionItems' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionItemFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'carriedActions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionItemFields' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerUserName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingTitle' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeetingFollowUpQuery, MeetingFollowUpQueryVariables>;
export const ActionsOwedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActionsOwed' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actionsOwed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerUserName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingTitle' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionsOwedQuery, ActionsOwedQueryVariables>;
export const ReportOnActionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReportOnAction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'actionItemId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionStatus' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reportOnAction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'actionItemId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'actionItemId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'body' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'body' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerUserName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingTitle' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReportOnActionMutation, ReportOnActionMutationVariables>;
export const FollowUpCountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FollowUpCounts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUpBoard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'countsByAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'countsByMeeting' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'countsByDecision' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowUpCountsQuery, FollowUpCountsQueryVariables>;
export const FollowUpActionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FollowUpActions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUpFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUpSort' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUpActions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'sort' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'ownerAgency' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'decision' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'meetingTitle' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowUpActionsQuery, FollowUpActionsQueryVariables>;
export const ActionItemDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActionItemDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actionItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ActionItemFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ActionItemFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionItem' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'priority' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canReport' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ownerUserName' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'ownerAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decision' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'meetingTitle' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'authorAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'evidence' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionItemDetailQuery, ActionItemDetailQueryVariables>;
export const RecordDecisionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordDecision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agendaItemId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordDecision' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agendaItemId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agendaItemId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordDecisionMutation, RecordDecisionMutationVariables>;
export const SetDecisionStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetDecisionStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decisionId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DecisionStatus' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'supersededById' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setDecisionStatus' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'decisionId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'decisionId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'supersededById' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'supersededById' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetDecisionStatusMutation, SetDecisionStatusMutationVariables>;
export const AddActionItemDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AddActionItem' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActionItemInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addActionItem' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'meetingId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'meetingId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AddActionItemMutation, AddActionItemMutationVariables>;
export const ActionOwnerCandidatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActionOwnerCandidates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actionOwnerCandidates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agencyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActionOwnerCandidatesQuery, ActionOwnerCandidatesQueryVariables>;
export const MechanismAssessmentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MechanismAssessments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'templateTitle' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progress' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'trainings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Training' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'female' } },
                { kind: 'Field', name: { kind: 'Name', value: 'male' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otherOrNotStated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'materials' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MechanismAssessmentsQuery, MechanismAssessmentsQueryVariables>;
export const AssessmentTemplatesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssessmentTemplates' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessmentTemplates' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChecklistFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChecklistFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentTemplate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentTemplatesQuery, AssessmentTemplatesQueryVariables>;
export const UpdateAssessmentTemplateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateAssessmentTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentTemplateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateAssessmentTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChecklistFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChecklistFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentTemplate' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateAssessmentTemplateMutation, UpdateAssessmentTemplateMutationVariables>;
export const AssessmentDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssessmentDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mechanismId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assessors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'templateTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canMakeActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actionItem' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ownerAgency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentDetailQuery, AssessmentDetailQueryVariables>;
export const AssessmentMechanismDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AssessmentMechanism' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'secretariatAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessmentMechanismQuery, AssessmentMechanismQueryVariables>;
export const CreateAssessmentTemplateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateAssessmentTemplate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentTemplateInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createAssessmentTemplate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateAssessmentTemplateMutation, CreateAssessmentTemplateMutationVariables>;
export const StartAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'templateId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'templateId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'templateId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartAssessmentMutation, StartAssessmentMutationVariables>;
export const SaveAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AssessmentContentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mechanismId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assessors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'templateTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canMakeActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actionItem' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ownerAgency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveAssessmentMutation, SaveAssessmentMutationVariables>;
export const CompleteAssessmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteAssessment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeAssessment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'AssessmentDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AssessmentDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Assessment' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mechanismId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assessors' } },
          { kind: 'Field', name: { kind: 'Name', value: 'templateTitle' } },
          { kind: 'Field', name: { kind: 'Name', value: 'findings' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canMakeActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sections' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'questions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'questionKey' } },
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recommendations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'position' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actionItem' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'ownerAgency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actions' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteAssessmentMutation, CompleteAssessmentMutationVariables>;
export const MakeRecommendationActionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MakeRecommendationAction' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recommendationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecommendationActionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'makeRecommendationAction' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'recommendationId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recommendationId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MakeRecommendationActionMutation, MakeRecommendationActionMutationVariables>;
export const RecordTrainingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordTraining' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordTraining' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Training' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'female' } },
                { kind: 'Field', name: { kind: 'Name', value: 'male' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otherOrNotStated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'materials' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordTrainingMutation, RecordTrainingMutationVariables>;
export const UpdateTrainingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateTraining' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TrainingInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTraining' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'TrainingFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TrainingFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Training' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'topic' } },
          { kind: 'Field', name: { kind: 'Name', value: 'heldOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'place' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trainers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participantCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'female' } },
                { kind: 'Field', name: { kind: 'Name', value: 'male' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otherOrNotStated' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'materials' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateTrainingMutation, UpdateTrainingMutationVariables>;
export const LibraryDocumentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'LibraryDocuments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'secretariatAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'libraryDocuments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currentVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'namedAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'versions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'uploadedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LibraryDocumentsQuery, LibraryDocumentsQueryVariables>;
export const CreateLibraryDocumentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateLibraryDocument' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LibraryDocumentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createLibraryDocument' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateLibraryDocumentMutation, CreateLibraryDocumentMutationVariables>;
export const DutyRosterDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DutyRoster' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'secretariatAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dutyRoster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DutyContactFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DutyContactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DutyContact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deskName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'officerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alwaysOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'days' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'radioChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secureChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onDutyNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DutyRosterQuery, DutyRosterQueryVariables>;
export const AgencyOnDutyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AgencyOnDuty' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dutyRoster' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agencyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DutyContactFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DutyContactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DutyContact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deskName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'officerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alwaysOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'days' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'radioChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secureChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onDutyNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AgencyOnDutyQuery, AgencyOnDutyQueryVariables>;
export const CreateDutyContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateDutyContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DutyContactInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createDutyContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateDutyContactMutation, CreateDutyContactMutationVariables>;
export const UpdateDutyContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateDutyContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DutyContactInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateDutyContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DutyContactFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DutyContactFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DutyContact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deskName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'officerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'alwaysOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'days' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'until' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'radioChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'secureChannel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onDutyNow' } },
          { kind: 'Field', name: { kind: 'Name', value: 'canUpdate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateDutyContactMutation, UpdateDutyContactMutationVariables>;
export const DeleteDutyContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteDutyContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteDutyContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteDutyContactMutation, DeleteDutyContactMutationVariables>;
export const MyDurablePlansDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyDurablePlans' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myDurablePlans' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'solution' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'progress' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'applicable' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'leadAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nextFollowUp' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'monthsAfter' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'owedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyDurablePlansQuery, MyDurablePlansQueryVariables>;
export const DurablePlanOfSurvivorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DurablePlanOfSurvivor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'survivorId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'durablePlanOfSurvivor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'survivorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'survivorId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DurablePlanParts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SolutionReferralParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destination' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purposes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrustedCriteria' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRisk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informedWish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personWishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsAssessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsDeterminedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'determinationPanelRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardian' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DurablePlanParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DurablePlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'solution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leadAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applicable' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsibleOrganisation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entryAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorIsChild' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monthsAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referrals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SolutionReferralParts' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DurablePlanOfSurvivorQuery, DurablePlanOfSurvivorQueryVariables>;
export const OpenDurablePlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'OpenDurablePlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DurablePlanInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'openDurablePlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DurablePlanParts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SolutionReferralParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destination' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purposes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrustedCriteria' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRisk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informedWish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personWishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsAssessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsDeterminedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'determinationPanelRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardian' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DurablePlanParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DurablePlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'solution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leadAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applicable' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsibleOrganisation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entryAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorIsChild' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monthsAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referrals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SolutionReferralParts' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OpenDurablePlanMutation, OpenDurablePlanMutationVariables>;
export const AssessDurableCriterionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssessDurableCriterion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CriterionAssessmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assessDurableCriterion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DurablePlanParts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SolutionReferralParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destination' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purposes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrustedCriteria' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRisk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informedWish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personWishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsAssessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsDeterminedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'determinationPanelRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardian' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DurablePlanParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DurablePlan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'solution' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'wishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'leadAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progress' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'met' } },
                { kind: 'Field', name: { kind: 'Name', value: 'applicable' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'criteria' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'evidence' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responsibleOrganisation' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'entryAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'criterion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assessedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'agency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorIsChild' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monthsAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referrals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SolutionReferralParts' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssessDurableCriterionMutation, AssessDurableCriterionMutationVariables>;
export const SolutionReferralOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SolutionReferralOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanisms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'country' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SolutionReferralOptionsQuery, SolutionReferralOptionsQueryVariables>;
export const ReceivedSolutionReferralsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReceivedSolutionReferrals' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'incomingSolutionReferrals' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SolutionReferralParts' } },
                { kind: 'Field', name: { kind: 'Name', value: 'accessCut' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sharedSurvivor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'genderIdentity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'identityDocuments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentLocation' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'exploitations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SolutionReferralParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destination' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purposes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrustedCriteria' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRisk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informedWish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personWishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsAssessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsDeterminedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'determinationPanelRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardian' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReceivedSolutionReferralsQuery, ReceivedSolutionReferralsQueryVariables>;
export const SendSolutionReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendSolutionReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferralInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendSolutionReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SolutionReferralParts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SolutionReferralParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destination' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purposes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrustedCriteria' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRisk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informedWish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personWishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsAssessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsDeterminedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'determinationPanelRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardian' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendSolutionReferralMutation, SendSolutionReferralMutationVariables>;
export const ConfirmSolutionReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmSolutionReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferralConfirmationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmSolutionReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SolutionReferralParts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SolutionReferralParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destination' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purposes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrustedCriteria' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRisk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informedWish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personWishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsAssessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsDeterminedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'determinationPanelRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardian' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmSolutionReferralMutation, ConfirmSolutionReferralMutationVariables>;
export const RespondToSolutionReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RespondToSolutionReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferralResponseInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondToSolutionReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SolutionReferralParts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SolutionReferralParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destination' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purposes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrustedCriteria' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRisk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informedWish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personWishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsAssessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsDeterminedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'determinationPanelRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardian' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RespondToSolutionReferralMutation, RespondToSolutionReferralMutationVariables>;
export const RecordHandOverDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordHandOver' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'HandOverInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordHandOver' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SolutionReferralParts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SolutionReferralParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destination' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purposes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrustedCriteria' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRisk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informedWish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personWishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsAssessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsDeterminedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'determinationPanelRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardian' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordHandOverMutation, RecordHandOverMutationVariables>;
export const CloseSolutionReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseSolutionReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeSolutionReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SolutionReferralParts' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SolutionReferralParts' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SolutionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'destination' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purposes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entrustedCriteria' } },
          { kind: 'Field', name: { kind: 'Name', value: 'returnRisk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'riskDetails' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informedWish' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personWishes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'myActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handedOverOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsAssessedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsReference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bestInterestsDeterminedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'determinationPanelRoles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'guardian' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseSolutionReferralMutation, CloseSolutionReferralMutationVariables>;
export const FileFollowUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'FileFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'FollowUpReportInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fileFollowUp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FileFollowUpMutation, FileFollowUpMutationVariables>;
export const FollowUpCalendarDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FollowUpCalendar' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'until' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUpCalendar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'until' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'until' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monthsAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileable' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'owedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'solution' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FollowUpCalendarQuery, FollowUpCalendarQueryVariables>;
export const ForwardedReferralsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ForwardedReferrals' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forwardedReferrals' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'referral' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'sendingAgency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralAgencyParty' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'receivingAgency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralAgencyParty' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralAgencyParty' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'country' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ForwardedReferralsQuery, ForwardedReferralsQueryVariables>;
export const HomeActionsOwedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomeActionsOwed' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actionsOwed' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                { kind: 'Field', name: { kind: 'Name', value: 'meetingTitle' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomeActionsOwedQuery, HomeActionsOwedQueryVariables>;
export const HomeAdministrationWorkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomeAdministrationWork' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'decidesRoleGrants' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'readsFailedJobs' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roleGrantRequests' },
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'decidesRoleGrants' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'userName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'apiTokenName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedByMe' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'failedJobs' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'readsFailedJobs' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomeAdministrationWorkQuery, HomeAdministrationWorkQueryVariables>;
export const MemberHomeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MemberHome' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'inbox' },
            name: { kind: 'Name', value: 'referrals' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'box' }, value: { kind: 'EnumValue', value: 'INBOX' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statusCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'outbox' },
            name: { kind: 'Name', value: 'referrals' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'box' }, value: { kind: 'EnumValue', value: 'OUTBOX' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statusCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'overdueInbox' },
            name: { kind: 'Name', value: 'referrals' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'box' }, value: { kind: 'EnumValue', value: 'INBOX' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '5' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'overdue' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'DEADLINE' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'overdueOutbox' },
            name: { kind: 'Name', value: 'referrals' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'box' }, value: { kind: 'EnumValue', value: 'OUTBOX' } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'overdue' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forwardedReferrals' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forwardRequestsToDecide' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '5' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'referral' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MemberHomeQuery, MemberHomeQueryVariables>;
export const HomeOwnerAccessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomeOwnerAccess' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTimeISO' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'dataOwnerAccessLog' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorAgencyId' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomeOwnerAccessQuery, HomeOwnerAccessQueryVariables>;
export const HomeProtectionWorkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomeProtectionWork' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'until' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'readsCases' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'readsServiceReferrals' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'readsBorderReferrals' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'readsPlans' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'myCases' },
            name: { kind: 'Name', value: 'caseload' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'mine' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'OPEN' },
                    },
                  ],
                },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'readsCases' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'agencyCases' },
            name: { kind: 'Name', value: 'caseload' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '1' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'OPEN' },
                    },
                  ],
                },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'readsCases' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'serviceReferralsToAnswer' },
            name: { kind: 'Name', value: 'serviceReferrals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'box' },
                value: { kind: 'EnumValue', value: 'INCOMING' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'EnumValue', value: 'SENT' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '5' } },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'readsServiceReferrals' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'holdingAgency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } }],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'borderReferrals' },
            name: { kind: 'Name', value: 'protectionReferrals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'box' },
                value: { kind: 'EnumValue', value: 'INCOMING' },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'readsBorderReferrals' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'senderAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUpCalendar' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'until' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'until' } },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'readsPlans' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'filedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'survivorId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomeProtectionWorkQuery, HomeProtectionWorkQueryVariables>;
export const HomeMechanismsRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomeMechanismsRun' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanisms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'secretariatAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomeMechanismsRunQuery, HomeMechanismsRunQueryVariables>;
export const HomeMechanismRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomeMechanismRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'upcoming' },
            name: { kind: 'Name', value: 'meetings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'EnumValue', value: 'UPCOMING' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '3' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'recent' },
            name: { kind: 'Name', value: 'meetings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'period' },
                value: { kind: 'EnumValue', value: 'PAST' },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
                { kind: 'Field', name: { kind: 'Name', value: 'minutesStatus' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUpBoard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'mechanismId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'mechanismId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'countsByAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'open' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomeMechanismRunQuery, HomeMechanismRunQueryVariables>;
export const CheckMechanismsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckMechanisms' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanisms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckMechanismsQuery, CheckMechanismsQueryVariables>;
export const CheckIdentityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CheckIdentity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'IdentityCheckInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkIdentity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'checkId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'matches' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'agency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contactPoint' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'country' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                              },
                            },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'possible' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'alertListReached' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'alertListHits' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuingCountryCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contactDesk' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckIdentityMutation, CheckIdentityMutationVariables>;
export const IdentityCheckLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IdentityCheckLog' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityCheckLog' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checkedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                { kind: 'Field', name: { kind: 'Name', value: 'references' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'askedByAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'country' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mechanism' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IdentityCheckLogQuery, IdentityCheckLogQueryVariables>;
export const NewReferralOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewReferralOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanisms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'countries' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'memberAgencies' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'country' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'names' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewReferralOptionsQuery, NewReferralOptionsQueryVariables>;
export const CreateReferralDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateReferralDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralDraftInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createReferralDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateReferralDraftMutation, CreateReferralDraftMutationVariables>;
export const UpdateReferralDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateReferralDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralDraftInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateReferralDraft' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateReferralDraftMutation, UpdateReferralDraftMutationVariables>;
export const SendNewReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendNewReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendNewReferralMutation, SendNewReferralMutationVariables>;
export const MyNotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyNotifications' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myNotifications' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subjectType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'subjectId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationRead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkAllNotificationsRead' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'markAllNotificationsRead' } }],
      },
    },
  ],
} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const RequestPasswordResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const UpdateMyProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateMyProfileInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMyProfile' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
                { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const ChangeMyPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeMyPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changeMyPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currentPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currentPassword' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'newPassword' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'newPassword' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const StartTotpEnrolmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartTotpEnrolment' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startTotpEnrolment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                { kind: 'Field', name: { kind: 'Name', value: 'otpauthUri' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartTotpEnrolmentMutation, StartTotpEnrolmentMutationVariables>;
export const ConfirmTotpEnrolmentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmTotpEnrolment' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmTotpEnrolment' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'recoveryCodes' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmTotpEnrolmentMutation, ConfirmTotpEnrolmentMutationVariables>;
export const SignOutEverywhereDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOutEverywhere' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'signOutEverywhere' } }],
      },
    },
  ],
} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const BorderReferralFormDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BorderReferralForm' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'screeningForm' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'protectionReferralRecipients' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'protectionReferralConsentTexts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BorderReferralFormQuery, BorderReferralFormQueryVariables>;
export const ReferToProtectionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReferToProtection' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProtectionReferralInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referToProtection' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProtectionReferralOutline' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProtectionReferralOutline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProtectionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'senderAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferToProtectionMutation, ReferToProtectionMutationVariables>;
export const ProtectionReferralsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProtectionReferrals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'box' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProtectionReferralBox' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'protectionReferrals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'box' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'box' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProtectionReferralOutline' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProtectionReferralOutline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProtectionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'senderAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProtectionReferralsQuery, ProtectionReferralsQueryVariables>;
export const ProtectionReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProtectionReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'protectionReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProtectionReferralOutline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'person' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentLocation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'screening' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conclusion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conclusionNotes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'screenedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'answers' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'consent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'textVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'witness' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'guardian' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProtectionReferralOutline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProtectionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'senderAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProtectionReferralQuery, ProtectionReferralQueryVariables>;
export const AnswerProtectionReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AnswerProtectionReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'answer' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProtectionReferralAnswer' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'answerProtectionReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'answer' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'answer' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProtectionReferralOutline' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProtectionReferralOutline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProtectionReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'senderAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AnswerProtectionReferralMutation, AnswerProtectionReferralMutationVariables>;
export const CaseloadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Caseload' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CaseloadFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseload' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'vulnerabilities' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'assignedToMe' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'caseWorker' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const SurvivorsByDocumentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurvivorsByDocument' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'documentNumber' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'survivorsByDocument' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'documentNumber' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'documentNumber' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurvivorsByDocumentQuery, SurvivorsByDocumentQueryVariables>;
export const SurvivorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Survivor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'survivor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closureReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'vulnerabilities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'registeredAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assignedToMe' } },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'holdingAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'caseWorker' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'supervisor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurvivorQuery, SurvivorQueryVariables>;
export const SurvivorPersonalDataDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurvivorPersonalData' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'survivor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
                { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'genderIdentity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identityDocuments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currentLocation' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'exploitations' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurvivorPersonalDataQuery, SurvivorPersonalDataQueryVariables>;
export const CaseloadColleaguesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CaseloadColleagues' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'users' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agencyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CaseloadColleaguesQuery, CaseloadColleaguesQueryVariables>;
export const RegisterSurvivorDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RegisterSurvivor' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SurvivorInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'registerSurvivor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RegisterSurvivorMutation, RegisterSurvivorMutationVariables>;
export const AssignSurvivorCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignSurvivorCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SurvivorAssignmentInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignSurvivorCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'assignedToMe' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'caseWorker' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'supervisor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignSurvivorCaseMutation, AssignSurvivorCaseMutationVariables>;
export const CloseSurvivorCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseSurvivorCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SurvivorClosureReason' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeSurvivorCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closureReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseSurvivorCaseMutation, CloseSurvivorCaseMutationVariables>;
export const ReopenSurvivorCaseDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReopenSurvivorCase' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reopenSurvivorCase' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closureReason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReopenSurvivorCaseMutation, ReopenSurvivorCaseMutationVariables>;
export const SurvivorConsentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurvivorConsents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'survivor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'consents' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'purposes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'childAssent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recipientAgencyKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'recipientCountryCode' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'recipientAgency' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'text' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'signedFormScan' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'mediaType' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurvivorConsentsQuery, SurvivorConsentsQueryVariables>;
export const ConsentOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ConsentOptions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'consentTexts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsentOptionsQuery, ConsentOptionsQueryVariables>;
export const RecordConsentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordConsent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const WithdrawConsentDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawConsent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawConsentMutation, WithdrawConsentMutationVariables>;
export const ServiceDirectoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceDirectory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProtectionService' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'availableOnly' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'directoryServices' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '30' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'countryCode' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'countryCode' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'type' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'type' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'language' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'language' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'availableOnly' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'availableOnly' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'agencyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'agencyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryServiceCard' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryServiceCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DirectoryService' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'types' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maximumAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'areaServed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceDirectoryQuery, ServiceDirectoryQueryVariables>;
export const SaveDirectoryServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SaveDirectoryService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'DirectoryServiceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'saveDirectoryService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'DirectoryServiceCard' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'DirectoryServiceCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'DirectoryService' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'types' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eligibility' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minimumAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maximumAge' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'areaServed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'capacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SaveDirectoryServiceMutation, SaveDirectoryServiceMutationVariables>;
export const ReferralFieldOptionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralFieldOptions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'survivorId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'recipientAgencyId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'service' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProtectionService' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralFieldOptions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'survivorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'survivorId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'recipientAgencyId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'recipientAgencyId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'service' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'service' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'covered' } },
                { kind: 'Field', name: { kind: 'Name', value: 'byOverride' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fields' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'allowed' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suggested' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralFieldOptionsQuery, ReferralFieldOptionsQueryVariables>;
export const ReferToServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReferToService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceReferralInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referToService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferToServiceMutation, ReferToServiceMutationVariables>;
export const ServiceReferralsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceReferrals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'box' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceReferralBox' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceReferralStatus' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceReferrals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'box' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'box' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '50' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceReferralRow' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'service' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliverBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharingInForce' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentWithdrawnAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coveredByOverride' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'directoryService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceReferralsQuery, ServiceReferralsQueryVariables>;
export const ServiceReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceReferralRow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'survivor' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sharingInForce' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'genderIdentity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'identityDocuments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currentLocation' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'exploitations' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'countryCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endedOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'vulnerabilities' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'service' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliverBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharingInForce' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentWithdrawnAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coveredByOverride' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'directoryService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceReferralQuery, ServiceReferralQueryVariables>;
export const StepServiceReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StepServiceReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceReferralStepInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stepServiceReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceReferralRow' } },
                { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'service' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliverBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharingInForce' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentWithdrawnAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coveredByOverride' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'directoryService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StepServiceReferralMutation, StepServiceReferralMutationVariables>;
export const SurvivorServiceReferralsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurvivorServiceReferrals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'survivor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serviceReferrals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceReferralRow' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceReferralRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceReferral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'survivorCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'service' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'respondBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'deliverBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharingInForce' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentWithdrawnAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'coveredByOverride' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sharedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'holdingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'directoryService' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurvivorServiceReferralsQuery, SurvivorServiceReferralsQueryVariables>;
export const ScreeningFormDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ScreeningForm' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'screeningForm' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScreeningFormQuery, ScreeningFormQueryVariables>;
export const SurvivorScreeningsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurvivorScreenings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'survivor' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'screenings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'formVersion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conclusion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conclusionNotes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'place' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'screenedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'answers' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'answer' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'notes' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurvivorScreeningsQuery, SurvivorScreeningsQueryVariables>;
export const RecordScreeningDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordScreening' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'survivorId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ScreeningInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordScreening' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'survivorId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'survivorId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'screenings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'conclusion' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'screenedAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordScreeningMutation, RecordScreeningMutationVariables>;
export const ServiceReferralConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceReferralConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'referralId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceReferralMessages' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'referralId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'referralId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceReferralMessageFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceReferralMessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceReferralMessage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mediaType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceReferralConversationQuery, ServiceReferralConversationQueryVariables>;
export const PostServiceReferralMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PostServiceReferralMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceReferralMessageInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postServiceReferralMessage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceReferralMessageFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceReferralMessageFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceReferralMessage' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'authorAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attachments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mediaType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PostServiceReferralMessageMutation, PostServiceReferralMessageMutationVariables>;
export const ServiceReferralEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ServiceReferralEvents' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceReferralEvents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'serviceReferralId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceReferralEventsSubscription, ServiceReferralEventsSubscriptionVariables>;
export const ReferralAssigneesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralAssignees' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'referralId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralAssignees' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'referralId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'referralId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralAssigneesQuery, ReferralAssigneesQueryVariables>;
export const AssignReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AssignReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assigneeId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'assigneeId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'assigneeId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incidentDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReliability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informationAccuracy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgeBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigned' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receivingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'persons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identityDocuments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vehicles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'plate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AssignReferralMutation, AssignReferralMutationVariables>;
export const ReferralDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incidentDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReliability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informationAccuracy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgeBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigned' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receivingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'persons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identityDocuments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vehicles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'plate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralDetailQuery, ReferralDetailQueryVariables>;
export const ReferralConversationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralConversation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'referralId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralMessages' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'referralId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'referralId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorAgencyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attachments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mediaType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralConversationQuery, ReferralConversationQueryVariables>;
export const PostReferralMessageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PostReferralMessage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'PostReferralMessageInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'postReferralMessage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'body' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorAgencyId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'authorName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attachments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mediaType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sizeBytes' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'downloadPath' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PostReferralMessageMutation, PostReferralMessageMutationVariables>;
export const SendReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incidentDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReliability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informationAccuracy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgeBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigned' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receivingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'persons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identityDocuments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vehicles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'plate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendReferralMutation, SendReferralMutationVariables>;
export const AcknowledgeReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcknowledgeReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acknowledgeReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incidentDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReliability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informationAccuracy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgeBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigned' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receivingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'persons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identityDocuments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vehicles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'plate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcknowledgeReferralMutation, AcknowledgeReferralMutationVariables>;
export const AcceptReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incidentDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReliability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informationAccuracy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgeBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigned' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receivingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'persons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identityDocuments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vehicles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'plate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const DeclineReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incidentDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReliability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informationAccuracy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgeBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigned' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receivingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'persons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identityDocuments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vehicles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'plate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const StartReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incidentDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReliability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informationAccuracy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgeBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigned' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receivingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'persons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identityDocuments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vehicles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'plate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartReferralMutation, StartReferralMutationVariables>;
export const CloseReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CloseReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'outcome' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralOutcome' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'closeReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'outcome' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'outcome' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incidentDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReliability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informationAccuracy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgeBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigned' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receivingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'persons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identityDocuments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vehicles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'plate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CloseReferralMutation, CloseReferralMutationVariables>;
export const WithdrawReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralDetailFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Referral' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'availableActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'category' } },
          { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incidentDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'placeDescription' } },
          { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
          { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sourceReliability' } },
          { kind: 'Field', name: { kind: 'Name', value: 'informationAccuracy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acknowledgeBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answerBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'assigned' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignedTo' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'receivingAgency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanism' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'crossingPoint' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'persons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'identityDocuments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'vehicles' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'plate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'restrictedFields' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fromStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const ReferralForwardsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralForwards' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'referralId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralForwards' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'referralId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'referralId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralForwardFields' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agencies' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'country' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralForwardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralForward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refusalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralForwardsQuery, ReferralForwardsQueryVariables>;
export const ForwardReferralDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ForwardReferral' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ForwardReferralInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'forwardReferral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralForwardFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralForwardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralForward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refusalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ForwardReferralMutation, ForwardReferralMutationVariables>;
export const ApproveReferralForwardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveReferralForward' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'forwardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveReferralForward' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'forwardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'forwardId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralForwardFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralForwardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralForward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refusalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveReferralForwardMutation, ApproveReferralForwardMutationVariables>;
export const RefuseReferralForwardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefuseReferralForward' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'forwardId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refuseReferralForward' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'forwardId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'forwardId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralForwardFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralForwardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralForward' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'refusalReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recipientAgencyId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefuseReferralForwardMutation, RefuseReferralForwardMutationVariables>;
export const ReferralDraftDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralDraft' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referral' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'narrative' } },
                { kind: 'Field', name: { kind: 'Name', value: 'incidentDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'placeDescription' } },
                { kind: 'Field', name: { kind: 'Name', value: 'latitude' } },
                { kind: 'Field', name: { kind: 'Name', value: 'longitude' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'handlingCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceReliability' } },
                { kind: 'Field', name: { kind: 'Name', value: 'informationAccuracy' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mechanism' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'sendingAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'receivingAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'persons' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenNames' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyNames' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'aliases' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sex' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'dateOfBirth' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nationality' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'estimatedAge' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'identityDocuments' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'issuingCountry' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'phones' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'vehicles' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'plate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralDraftQuery, ReferralDraftQueryVariables>;
export const ReferralInboxDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralInbox' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'box' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralBox' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referrals' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'box' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'box' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'sort' },
                value: { kind: 'EnumValue', value: 'CREATED' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statusCounts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'urgency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'overdue' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'assignedTo' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'sendingAgency' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralAgencyParty' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'receivingAgency' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ReferralAgencyParty' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ReferralAgencyParty' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agency' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acronym' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'country' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralInboxQuery, ReferralInboxQueryVariables>;
export const InboxMechanismsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'InboxMechanisms' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mechanisms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InboxMechanismsQuery, InboxMechanismsQueryVariables>;
export const ReferralEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ReferralEvents' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralEvents' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                { kind: 'Field', name: { kind: 'Name', value: 'referralId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralEventsSubscription, ReferralEventsSubscriptionVariables>;
export const IdentityReindexRunsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'IdentityReindexRuns' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'identityReindexRuns' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'limit' }, value: { kind: 'IntValue', value: '10' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'targetVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                { kind: 'Field', name: { kind: 'Name', value: 'notReindexable' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mechanism' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<IdentityReindexRunsQuery, IdentityReindexRunsQueryVariables>;
export const ServiceStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceStatus' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'health' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'database' } },
                { kind: 'Field', name: { kind: 'Name', value: 'databaseTime' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'countries' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceStatusQuery, ServiceStatusQueryVariables>;
export const SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const VerifyTotpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'VerifyTotp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyTotp' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'status' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VerifyTotpMutation, VerifyTotpMutationVariables>;
export const StatisticsMechanismsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsMechanisms' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statisticsMechanisms' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'names' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'es' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'pt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fr' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'crossingPoints' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsMechanismsQuery, StatisticsMechanismsQueryVariables>;
export const ReferralFiguresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralFigures' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReferralStatisticsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'total' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'overdue' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'overdueShare' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timeToAcknowledge' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'medianHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p90Hours' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'timeToAnswer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'medianHours' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'p90Hours' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tables' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cells' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCellFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsCell' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppression' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralFiguresQuery, ReferralFiguresQueryVariables>;
export const CoordinationFiguresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoordinationFigures' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CoordinationStatisticsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'coordinationStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'meetingsHeld' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cells' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'decisions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cells' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'actions' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'total' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cells' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCellFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsCell' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppression' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoordinationFiguresQuery, CoordinationFiguresQueryVariables>;
export const ReferralDataQualityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ReferralDataQuality' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DataQualityInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'referralDataQuality' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'indicators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'indicator' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'base' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'flagged' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'suppression' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReferralDataQualityQuery, ReferralDataQualityQueryVariables>;
export const ProtectionFiguresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProtectionFigures' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProtectionStatisticsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'protectionStatistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'threshold' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'survivors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serviceReferrals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'durablePlans' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'consentWithdrawals' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tables' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'dimension' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'multiValued' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'cells' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsCellFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsCellFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsCell' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'parent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'count' } },
          { kind: 'Field', name: { kind: 'Name', value: 'suppression' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProtectionFiguresQuery, ProtectionFiguresQueryVariables>;
export const FigureRecordsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FigureRecords' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'FigureRecordsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'figureRecords' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'records' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'more' } },
                { kind: 'Field', name: { kind: 'Name', value: 'limit' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FigureRecordsQuery, FigureRecordsQueryVariables>;
