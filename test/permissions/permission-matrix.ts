import { Role } from '../../server/src/platform/authz/roles';

/**
 * THE permission matrix: who may do what to which record, by the actor's role and the actor's agency's relation
 * to the record. One test walks every cell through the real GraphQL API (permission-matrix.int.test.ts);
 * docs/permissions.md is generated from it. Change a rule, change this file, regenerate the doc.
 */
export const RELATIONS = [
  'OWN_AGENCY',
  'ADDRESSEE',
  'FELLOW_MECHANISM_MEMBER',
  'SAME_COUNTRY_OTHER_AGENCY',
  'FOREIGN_NON_MEMBER',
  'FORWARD_RECIPIENT',
  'ASSIGNED_CASE',
  'SELF',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const RELATION_MEANING: Record<Relation, string> = {
  OWN_AGENCY: "the record belongs to the actor's own agency",
  ADDRESSEE: "the actor's agency is the record's counterpart (e.g. the other side of a referral)",
  FELLOW_MECHANISM_MEMBER: "the record's agency is in a coordination mechanism with the actor's agency",
  SAME_COUNTRY_OTHER_AGENCY: "another agency of the actor's country, with no mechanism in common",
  FOREIGN_NON_MEMBER: 'an agency of another country with no mechanism in common',
  FORWARD_RECIPIENT:
    "the record is between two other agencies and its receiver passed it on to the actor's agency (ACTIVE forward)",
  ASSIGNED_CASE:
    "the record belongs to the actor's own agency and is assigned to the actor (a survivor's case worker or supervisor)",
  SELF: "the record is the actor's own, not their agency's (their notification)",
};

const ALL_ROLES = Object.values(Role);
const EVERY_RELATION = [...RELATIONS];

export interface MatrixEntry {
  resource: string;
  action: string;
  /** For field rules: the field that must come back null (and be listed in restrictedFields) when denied. */
  field?: string;
  /** Relations that exist for this resource; others are shown as "—". */
  relations: readonly Relation[];
  /** Who may: per role, the relations for which the action is allowed. Roles not listed may not. */
  allowed: Partial<Record<Role, readonly Relation[]>>;
  note?: string;
}

const forAllRoles = (relations: readonly Relation[]) =>
  Object.fromEntries(ALL_ROLES.map((role) => [role, relations])) as Record<Role, readonly Relation[]>;

export const PERMISSION_MATRIX: MatrixEntry[] = [
  {
    resource: 'Agency',
    action: 'read',
    relations: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER', 'SAME_COUNTRY_OTHER_AGENCY', 'FOREIGN_NON_MEMBER'],
    allowed: forAllRoles(['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER', 'SAME_COUNTRY_OTHER_AGENCY', 'FOREIGN_NON_MEMBER']),
    note: 'The directory of active agencies is open to everyone signed in: a referral needs an addressee.',
  },
  {
    resource: 'Agency',
    action: 'update',
    relations: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER', 'SAME_COUNTRY_OTHER_AGENCY', 'FOREIGN_NON_MEMBER'],
    allowed: {
      [Role.PLATFORM_ADMIN]: [
        'OWN_AGENCY',
        'FELLOW_MECHANISM_MEMBER',
        'SAME_COUNTRY_OTHER_AGENCY',
        'FOREIGN_NON_MEMBER',
      ],
    },
  },
  {
    resource: 'User',
    action: 'read',
    relations: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER', 'SAME_COUNTRY_OTHER_AGENCY', 'FOREIGN_NON_MEMBER'],
    allowed: {
      ...forAllRoles(['OWN_AGENCY']),
      [Role.PLATFORM_ADMIN]: [
        'OWN_AGENCY',
        'FELLOW_MECHANISM_MEMBER',
        'SAME_COUNTRY_OTHER_AGENCY',
        'FOREIGN_NON_MEMBER',
      ],
    },
    note: 'Colleagues see each other; people of other agencies are invisible (platform admins manage everyone).',
  },
  {
    resource: 'User',
    action: 'read',
    field: 'email',
    relations: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER', 'SAME_COUNTRY_OTHER_AGENCY', 'FOREIGN_NON_MEMBER'],
    allowed: {
      [Role.AGENCY_ADMIN]: ['OWN_AGENCY'],
      [Role.PLATFORM_ADMIN]: [
        'OWN_AGENCY',
        'FELLOW_MECHANISM_MEMBER',
        'SAME_COUNTRY_OTHER_AGENCY',
        'FOREIGN_NON_MEMBER',
      ],
    },
    note: "A colleague's e-mail is personal data: only admins read it (and everyone their own).",
  },
  {
    resource: 'User',
    action: 'disable',
    relations: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER', 'SAME_COUNTRY_OTHER_AGENCY', 'FOREIGN_NON_MEMBER'],
    allowed: {
      [Role.AGENCY_ADMIN]: ['OWN_AGENCY'],
      [Role.PLATFORM_ADMIN]: [
        'OWN_AGENCY',
        'FELLOW_MECHANISM_MEMBER',
        'SAME_COUNTRY_OTHER_AGENCY',
        'FOREIGN_NON_MEMBER',
      ],
    },
  },
  {
    resource: 'Mechanism',
    action: 'read',
    relations: ['FELLOW_MECHANISM_MEMBER', 'FOREIGN_NON_MEMBER'],
    allowed: {
      ...forAllRoles(['FELLOW_MECHANISM_MEMBER']),
      [Role.PLATFORM_ADMIN]: ['FELLOW_MECHANISM_MEMBER', 'FOREIGN_NON_MEMBER'],
    },
    note: 'FELLOW_MECHANISM_MEMBER: a mechanism the agency belongs to; FOREIGN_NON_MEMBER: one it does not.',
  },
  {
    resource: 'Mechanism',
    action: 'update',
    relations: ['FELLOW_MECHANISM_MEMBER', 'FOREIGN_NON_MEMBER'],
    allowed: { [Role.PLATFORM_ADMIN]: ['FELLOW_MECHANISM_MEMBER', 'FOREIGN_NON_MEMBER'] },
  },
  {
    resource: 'AuditEvent',
    action: 'read',
    relations: ['OWN_AGENCY', 'ADDRESSEE', 'FOREIGN_NON_MEMBER'],
    allowed: { [Role.AUDITOR]: ['OWN_AGENCY', 'ADDRESSEE'] },
    note:
      "OWN_AGENCY: what the auditor's agency did. ADDRESSEE: another agency's read of the auditor's agency's " +
      "records (the data owner's view). FOREIGN_NON_MEMBER: another agency's internal trail.",
  },
  {
    resource: 'AuditEvent',
    action: 'read',
    field: 'clientAddress',
    relations: ['OWN_AGENCY', 'ADDRESSEE'],
    allowed: { [Role.AUDITOR]: ['OWN_AGENCY'] },
    note: "In the data owner's view the other agency's request ids, addresses and user ids stay hidden.",
  },
];

const REFERRAL_RELATIONS: readonly Relation[] = [
  'OWN_AGENCY',
  'ADDRESSEE',
  'FELLOW_MECHANISM_MEMBER',
  'FOREIGN_NON_MEMBER',
  'FORWARD_RECIPIENT',
];

PERMISSION_MATRIX.push(
  {
    resource: 'Referral',
    action: 'read',
    relations: REFERRAL_RELATIONS,
    allowed: {
      [Role.LIAISON_OFFICER]: ['OWN_AGENCY', 'ADDRESSEE', 'FORWARD_RECIPIENT'],
      [Role.CASE_WORKER]: ['OWN_AGENCY', 'ADDRESSEE', 'FORWARD_RECIPIENT'],
    },
    note:
      "OWN_AGENCY: the actor's agency sent it; ADDRESSEE: it was sent to the actor's agency; FELLOW_MECHANISM_MEMBER: " +
      "between two other agencies of the same mechanism. Case content is for the two agencies' operational staff " +
      'only: not their admins, auditors or the secretariat, and never the platform admin. FORWARD_RECIPIENT: the ' +
      "receiving agency forwarded it to the actor's agency as the handling code allows (H2, or H3 approved).",
  },
  {
    resource: 'Referral',
    action: 'read',
    field: 'persons.givenNames',
    relations: REFERRAL_RELATIONS,
    allowed: { [Role.LIAISON_OFFICER]: ['OWN_AGENCY', 'ADDRESSEE', 'FORWARD_RECIPIENT'] },
    note: 'Personal data of the persons involved (names, aliases, documents, phones, vehicles, ...); reads are audited.',
  },
  {
    resource: 'Referral',
    action: 'acknowledge',
    relations: REFERRAL_RELATIONS,
    allowed: { [Role.LIAISON_OFFICER]: ['ADDRESSEE'] },
    note:
      'Each step is taken by the right side only: the receiving agency acknowledges, accepts, declines, starts and ' +
      'closes. An agency it was forwarded to reads it but takes no step.',
  },
  {
    resource: 'Referral',
    action: 'assign',
    relations: REFERRAL_RELATIONS,
    allowed: { [Role.LIAISON_OFFICER]: ['ADDRESSEE'] },
    note:
      "Putting one of the receiving agency's liaison officers in charge (assignReferral): that agency's liaison " +
      'officers; the assignee must be an active liaison officer of it. Audited; the name is shown within that agency.',
  },
);

PERMISSION_MATRIX.push(
  {
    resource: 'FailedJob',
    action: 'read',
    relations: ['OWN_AGENCY', 'FOREIGN_NON_MEMBER'],
    allowed: { [Role.PLATFORM_ADMIN]: ['OWN_AGENCY', 'FOREIGN_NON_MEMBER'] },
    note:
      'A background job that failed for good (e.g. a mail the server refused): OWN_AGENCY, a mail to a person of ' +
      "the actor's agency; FOREIGN_NON_MEMBER, to a person of another country's agency. Jobs belong to the " +
      'platform: only its admin sees them, as kind, times, attempts and error code, never recipient or text.',
  },
  {
    resource: 'FailedJob',
    action: 'retry',
    relations: ['OWN_AGENCY', 'FOREIGN_NON_MEMBER'],
    allowed: { [Role.PLATFORM_ADMIN]: ['OWN_AGENCY', 'FOREIGN_NON_MEMBER'] },
    note: 'Retrying and discarding (discardFailedJob) are the same decision and the same rule; both are audited.',
  },
);

/**
 * Meetings of coordination mechanisms (module coordination). The relation is the actor's agency's to the
 * meeting's mechanism: OWN_AGENCY, it runs the mechanism's secretariat (and is a member); FELLOW_MECHANISM_MEMBER,
 * it is a member of a mechanism another agency runs; FOREIGN_NON_MEMBER, it is not in the mechanism.
 */
const MEETING_RELATIONS: readonly Relation[] = ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER', 'FOREIGN_NON_MEMBER'];
const MEMBER_ROLES_EXCEPT_PLATFORM = ALL_ROLES.filter((role) => role !== Role.PLATFORM_ADMIN);
const asMembers = (relations: readonly Relation[]) =>
  Object.fromEntries(MEMBER_ROLES_EXCEPT_PLATFORM.map((role) => [role, relations])) as Partial<
    Record<Role, readonly Relation[]>
  >;

PERMISSION_MATRIX.push(
  {
    resource: 'Meeting',
    action: 'read',
    relations: MEETING_RELATIONS,
    allowed: asMembers(['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER']),
    note:
      "A mechanism's meetings (when, where, agenda, attendance) are read by every user of its member agencies; " +
      "another mechanism's meeting answers like a missing one, and the platform admin reads no mechanism's work.",
  },
  {
    resource: 'Meeting',
    action: 'readApprovedMinutes',
    relations: MEETING_RELATIONS,
    allowed: asMembers(['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER']),
    note: 'Approved minutes (and their revisions and differences) are for every user of the member agencies.',
  },
  {
    resource: 'Meeting',
    action: 'readCirculatedMinutes',
    relations: MEETING_RELATIONS,
    allowed: {
      [Role.LIAISON_OFFICER]: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER'],
      [Role.SECRETARIAT]: ['OWN_AGENCY'],
    },
    note:
      "Circulated minutes go to the member agencies' focal points — their liaison officers — for comment, and the " +
      'secretariat.',
  },
  {
    resource: 'Meeting',
    action: 'readDraftMinutes',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note: "Draft minutes are the secretariat's working copy.",
  },
  {
    resource: 'Meeting',
    action: 'comment',
    relations: MEETING_RELATIONS,
    allowed: {
      [Role.LIAISON_OFFICER]: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER'],
      [Role.SECRETARIAT]: ['OWN_AGENCY'],
    },
    note: 'Comments (and replies) per agenda item on circulated minutes, until the comment deadline.',
  },
  {
    resource: 'Meeting',
    action: 'create',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note: 'Only the secretariat of the mechanism schedules its meetings.',
  },
  {
    resource: 'Meeting',
    action: 'update',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note: 'Editing the agenda of a meeting whose minutes are a draft; approved minutes are locked for everyone.',
  },
  {
    resource: 'Meeting',
    action: 'approve',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note: "Circulating, recalling, approving and correcting minutes are the same rule: the secretariat's.",
  },
);

// Survivors: held by the registering agency; personal data on a need-to-know basis (protection.policy.ts).
// OWN_AGENCY here is a survivor of the actor's agency assigned to colleagues, ASSIGNED_CASE one assigned to the
// actor (as case worker or supervisor, where the actor's role can be assigned at all).
const SURVIVOR_RELATIONS: readonly Relation[] = [
  'ASSIGNED_CASE',
  'OWN_AGENCY',
  'FELLOW_MECHANISM_MEMBER',
  'SAME_COUNTRY_OTHER_AGENCY',
  'FOREIGN_NON_MEMBER',
];

PERMISSION_MATRIX.push(
  {
    resource: 'Survivor',
    action: 'read',
    relations: SURVIVOR_RELATIONS,
    allowed: {
      [Role.CASE_WORKER]: ['ASSIGNED_CASE', 'OWN_AGENCY'],
      [Role.PROTECTION_SUPERVISOR]: ['ASSIGNED_CASE', 'OWN_AGENCY'],
    },
    note:
      "A survivor is seen (code, status, vulnerabilities, who is assigned) by the holding agency's case workers and " +
      'protection supervisors only: never by liaison officers, admins, auditors or the platform admin, nor by ' +
      'fellow mechanism members or other agencies (sharing needs consent).',
  },
  {
    resource: 'Survivor',
    action: 'read',
    field: 'givenNames',
    relations: SURVIVOR_RELATIONS,
    allowed: { [Role.CASE_WORKER]: ['ASSIGNED_CASE'], [Role.PROTECTION_SUPERVISOR]: ['ASSIGNED_CASE'] },
    note:
      'Personal data (names, aliases, birth date or age, sex and gender identity, nationality, languages, documents, ' +
      'contact, location, exploitation suffered): only the case worker and the supervisor assigned to the case; ' +
      'stored encrypted, every read audited.',
  },
  {
    resource: 'Survivor',
    action: 'create',
    relations: ['OWN_AGENCY'],
    allowed: { [Role.CASE_WORKER]: ['OWN_AGENCY'] },
    note: 'Case workers register survivors in their own agency; they become the assigned case worker.',
  },
  {
    resource: 'Survivor',
    action: 'update',
    relations: SURVIVOR_RELATIONS,
    allowed: { [Role.CASE_WORKER]: ['ASSIGNED_CASE'] },
  },
  {
    resource: 'Survivor',
    action: 'assign',
    relations: SURVIVOR_RELATIONS,
    allowed: { [Role.PROTECTION_SUPERVISOR]: ['ASSIGNED_CASE', 'OWN_AGENCY'] },
    note: "A protection supervisor assigns the case worker and supervisor of any case of the agency's caseload.",
  },
  {
    resource: 'Survivor',
    action: 'consent',
    relations: SURVIVOR_RELATIONS,
    allowed: { [Role.CASE_WORKER]: ['ASSIGNED_CASE'], [Role.PROTECTION_SUPERVISOR]: ['ASSIGNED_CASE'] },
    note: "Recording (and withdrawing) a survivor's informed consent: the case worker and supervisor assigned to the case.",
  },
  {
    resource: 'Survivor',
    action: 'override',
    relations: SURVIVOR_RELATIONS,
    allowed: { [Role.PROTECTION_SUPERVISOR]: ['ASSIGNED_CASE', 'OWN_AGENCY'] },
    note:
      'Sharing without consent for a risk to life: protection supervisors of the holding agency only, with a written ' +
      "reason; flagged, audited and listed for the agency's auditors.",
  },
  {
    resource: 'Survivor',
    action: 'screen',
    relations: SURVIVOR_RELATIONS,
    allowed: { [Role.CASE_WORKER]: ['ASSIGNED_CASE'], [Role.PROTECTION_SUPERVISOR]: ['ASSIGNED_CASE'] },
    note: 'Recording a trafficking-indicator screening (sealed in the record): the case worker and supervisor assigned.',
  },
  {
    resource: 'Survivor',
    action: 'refer',
    relations: SURVIVOR_RELATIONS,
    allowed: { [Role.CASE_WORKER]: ['ASSIGNED_CASE'], [Role.PROTECTION_SUPERVISOR]: ['ASSIGNED_CASE'] },
    note:
      'Referring a survivor to a service of a fellow member agency (national, bi- or trinational mechanism): the ' +
      'case worker and supervisor assigned to the case, only under a consent in force covering the recipient, the ' +
      'service and the category of every field sent (or a risk-to-life override, flagged).',
  },
);

// Referrals to services (service-referral.policy.ts). OWN_AGENCY: sent by the actor's agency; ADDRESSEE: sent to
// it; FELLOW_MECHANISM_MEMBER: between two other members of the actor's mechanism.
const SERVICE_REFERRAL_RELATIONS: readonly Relation[] = ['OWN_AGENCY', 'ADDRESSEE', 'FELLOW_MECHANISM_MEMBER'];
const CASELOAD_BOTH_SIDES = ['OWN_AGENCY', 'ADDRESSEE'] as Relation[];

PERMISSION_MATRIX.push(
  {
    resource: 'ServiceReferral',
    action: 'read',
    relations: SERVICE_REFERRAL_RELATIONS,
    allowed: { [Role.CASE_WORKER]: CASELOAD_BOTH_SIDES, [Role.PROTECTION_SUPERVISOR]: CASELOAD_BOTH_SIDES },
    note: 'A referral to a service is seen by the case workers and protection supervisors of the referring agency and of the provider; nobody else, fellow mechanism members included.',
  },
  {
    resource: 'ServiceReferral',
    action: 'accept',
    relations: SERVICE_REFERRAL_RELATIONS,
    allowed: { [Role.CASE_WORKER]: ['ADDRESSEE'], [Role.PROTECTION_SUPERVISOR]: ['ADDRESSEE'] },
    note: "The provider's case workers and supervisors accept, decline (with a reason) and report the service delivered.",
  },
  {
    resource: 'ServiceReferral',
    action: 'close',
    relations: SERVICE_REFERRAL_RELATIONS,
    allowed: { [Role.CASE_WORKER]: ['OWN_AGENCY'], [Role.PROTECTION_SUPERVISOR]: ['OWN_AGENCY'] },
    note: 'The referring agency closes its referrals.',
  },
  {
    resource: 'ServiceReferral',
    action: 'converse',
    relations: SERVICE_REFERRAL_RELATIONS,
    allowed: { [Role.CASE_WORKER]: CASELOAD_BOTH_SIDES, [Role.PROTECTION_SUPERVISOR]: CASELOAD_BOTH_SIDES },
    note:
      'The conversation (messages and files) is between the two sides: the referring agency while the referral is ' +
      'open, the provider while the referral is open and its consent in force.',
  },
  {
    resource: 'ServiceReferralMessage',
    action: 'read',
    field: 'body',
    relations: SERVICE_REFERRAL_RELATIONS,
    allowed: { [Role.CASE_WORKER]: CASELOAD_BOTH_SIDES, [Role.PROTECTION_SUPERVISOR]: CASELOAD_BOTH_SIDES },
    note:
      "A message's text and its files (sealed with the survivor's key, every read and download audited): the " +
      'referring agency always; the provider only while sharing holds (after withdrawal it sees who wrote when).',
  },
  {
    resource: 'ReferredSurvivor',
    action: 'read',
    field: 'givenNames',
    relations: SERVICE_REFERRAL_RELATIONS,
    allowed: { [Role.CASE_WORKER]: ['ADDRESSEE'], [Role.PROTECTION_SUPERVISOR]: ['ADDRESSEE'] },
    note:
      "The provider reads a survivor's field only if the referral carries it and only while the referral is open " +
      'and its consent in force (withdrawal or expiry cut it at once); every other field is null and listed as ' +
      'restricted; each read is audited for the holding agency. The referring agency reads the survivor through ' +
      'the survivor record (assigned staff only), not through the referral.',
  },
  {
    resource: 'DirectoryService',
    action: 'read',
    relations: ['OWN_AGENCY', 'FOREIGN_NON_MEMBER'],
    allowed: Object.fromEntries(ALL_ROLES.map((role) => [role, ['OWN_AGENCY', 'FOREIGN_NON_MEMBER']])),
    note: 'The directory of services holds nothing personal: every signed-in user reads it (and exports it as HSDS).',
  },
  {
    resource: 'DirectoryService',
    action: 'update',
    relations: ['OWN_AGENCY', 'FOREIGN_NON_MEMBER'],
    allowed: { [Role.AGENCY_ADMIN]: ['OWN_AGENCY'] },
    note: "An agency's admins add and change its services (type, eligibility, languages, hours, area, capacity, availability).",
  },
);

PERMISSION_MATRIX.push(
  {
    resource: 'Decision',
    action: 'read',
    relations: MEETING_RELATIONS,
    allowed: asMembers(['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER']),
    note: "A mechanism's decisions (and action items) are read by every user of its member agencies.",
  },
  {
    resource: 'Decision',
    action: 'create',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note: 'Recording decisions, assigning and cancelling action items: the secretariat of the mechanism.',
  },
  {
    resource: 'ActionItem',
    action: 'report',
    relations: MEETING_RELATIONS,
    allowed: Object.fromEntries(
      [Role.LIAISON_OFFICER, Role.CASE_WORKER, Role.SECRETARIAT, Role.AGENCY_ADMIN].map((role) => [
        role,
        ['OWN_AGENCY'],
      ]),
    ),
    note:
      "Progress on an action item is reported by the agency that owes it only. OWN_AGENCY: owed by the actor's " +
      'agency; FELLOW_MECHANISM_MEMBER: owed by another member agency; FOREIGN_NON_MEMBER: of a mechanism the ' +
      "actor's agency is not in. The owner's auditors read it but do not report.",
  },
  {
    resource: 'ActionOwnerCandidate',
    action: 'read',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note:
      "The focal points of a member agency (id and name only), offered as an action item's owner person: to the " +
      "secretariat assigning the mechanism's actions. The owner person's name is then shown on the action to " +
      'every reader of it (ADR 0032).',
  },
);

const FIGURE_RELATIONS: readonly Relation[] = [
  'OWN_AGENCY',
  'ADDRESSEE',
  'FELLOW_MECHANISM_MEMBER',
  'FOREIGN_NON_MEMBER',
];

PERMISSION_MATRIX.push({
  resource: 'ReferralFigures',
  action: 'count',
  relations: FIGURE_RELATIONS,
  allowed: {
    ...Object.fromEntries(
      [Role.LIAISON_OFFICER, Role.CASE_WORKER, Role.PROTECTION_SUPERVISOR, Role.SECRETARIAT, Role.AGENCY_ADMIN].map(
        (role) => [role, ['OWN_AGENCY', 'ADDRESSEE', 'FELLOW_MECHANISM_MEMBER']],
      ),
    ),
    [Role.STATISTICIAN]: FIGURE_RELATIONS,
  },
  note:
    'Whether a sent referral counts in the statistics the actor may ask for (their agency, their mechanisms, the ' +
    'region): OWN_AGENCY sent it, ADDRESSEE received it, FELLOW_MECHANISM_MEMBER is between two other agencies of ' +
    "the actor's mechanism, FOREIGN_NON_MEMBER of a mechanism the agency is not in. Figures only, never records; " +
    'every figure passes disclosure control (docs/adr/0016-disclosure-control.md).',
});

PERMISSION_MATRIX.push({
  resource: 'CoordinationFigures',
  action: 'count',
  relations: MEETING_RELATIONS,
  allowed: {
    ...Object.fromEntries(
      [Role.LIAISON_OFFICER, Role.CASE_WORKER, Role.PROTECTION_SUPERVISOR, Role.SECRETARIAT, Role.AGENCY_ADMIN].map(
        (role) => [role, ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER']],
      ),
    ),
    [Role.STATISTICIAN]: MEETING_RELATIONS,
  },
  note:
    "Whether a held meeting counts in the coordination statistics the actor may ask for: the actor's mechanisms' " +
    '(OWN_AGENCY, FELLOW_MECHANISM_MEMBER) for their users, every mechanism for a STATISTICIAN; after disclosure control.',
});
const FIGURE_READERS = [
  Role.LIAISON_OFFICER,
  Role.CASE_WORKER,
  Role.PROTECTION_SUPERVISOR,
  Role.SECRETARIAT,
  Role.AGENCY_ADMIN,
];
const SURVIVOR_FIGURE_RELATIONS: readonly Relation[] = ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER', 'FOREIGN_NON_MEMBER'];
PERMISSION_MATRIX.push({
  resource: 'ProtectionFigures',
  action: 'count',
  relations: SURVIVOR_FIGURE_RELATIONS,
  allowed: {
    ...Object.fromEntries(FIGURE_READERS.map((role) => [role, ['OWN_AGENCY']])),
    [Role.STATISTICIAN]: SURVIVOR_FIGURE_RELATIONS,
  },
  note:
    'Whether a registered survivor (not referred anywhere) counts in the protection statistics the actor may ask ' +
    "for: held by the actor's agency (OWN_AGENCY), by another member of its mechanism (FELLOW_MECHANISM_MEMBER) or " +
    "by an agency of another mechanism (FOREIGN_NON_MEMBER). A survivor referred to a service through the actor's " +
    "mechanism counts in that mechanism's figures. Only de-identified columns are counted, always under disclosure " +
    'control, never exact (ADR 0038).',
});
PERMISSION_MATRIX.push({
  resource: 'ServiceReferralFigures',
  action: 'count',
  relations: FIGURE_RELATIONS,
  allowed: {
    ...Object.fromEntries(FIGURE_READERS.map((role) => [role, ['OWN_AGENCY', 'ADDRESSEE', 'FELLOW_MECHANISM_MEMBER']])),
    [Role.STATISTICIAN]: FIGURE_RELATIONS,
  },
  note:
    'Whether a referral to a service counts in the protection statistics: OWN_AGENCY referred it, ADDRESSEE ' +
    "provides it, FELLOW_MECHANISM_MEMBER is between two other agencies through the actor's mechanism, " +
    'FOREIGN_NON_MEMBER through a mechanism the agency is not in. Always under disclosure control.',
});
/**
 * The document library of a mechanism (coordination/library). Relations as for meetings. Handling codes: H2 every
 * user of member agencies; H1 the mechanism's focal points (liaison officers) and secretariat users; H3 the
 * agencies named on the document (the rows name the actor's agency, or another one).
 */
PERMISSION_MATRIX.push(
  {
    resource: 'LibraryDocument',
    action: 'readH2',
    relations: MEETING_RELATIONS,
    allowed: asMembers(['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER']),
    note: 'H2: every user of the member agencies reads it, and downloads its versions (audited).',
  },
  {
    resource: 'LibraryDocument',
    action: 'readH1',
    relations: MEETING_RELATIONS,
    allowed: {
      [Role.LIAISON_OFFICER]: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER'],
      [Role.SECRETARIAT]: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER'],
    },
    note: "H1: the people who sit in the mechanism only: member agencies' focal points and secretariat users.",
  },
  {
    resource: 'LibraryDocument',
    action: 'readH3Named',
    relations: MEETING_RELATIONS,
    allowed: asMembers(['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER']),
    note: "H3 naming the actor's agency: its users read it.",
  },
  {
    resource: 'LibraryDocument',
    action: 'readH3Other',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note: "H3 naming another agency: only that agency and the mechanism's secretariat.",
  },
  {
    resource: 'LibraryDocument',
    action: 'create',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note: 'Adding documents and uploading versions: the secretariat of the mechanism.',
  },
);

/**
 * Bulletins of a mechanism to its member agencies (module bulletins). Relations as for the library; the rows are H2
 * bulletins (the handling codes read as the library's, test/bulletins/bulletins.int.test.ts).
 */
PERMISSION_MATRIX.push(
  {
    resource: 'Bulletin',
    action: 'read',
    relations: MEETING_RELATIONS,
    allowed: asMembers(['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER']),
    note: 'A published H2 bulletin: every user of the member agencies; drafts only their drafting agency and the secretariat.',
  },
  {
    resource: 'Bulletin',
    action: 'acknowledge',
    relations: MEETING_RELATIONS,
    allowed: asMembers(['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER']),
    note: "Acknowledged on behalf of the reader's member agency, once per agency (the first reader's counts).",
  },
  {
    resource: 'Bulletin',
    action: 'create',
    relations: MEETING_RELATIONS,
    allowed: {
      [Role.LIAISON_OFFICER]: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER'],
      [Role.SECRETARIAT]: ['OWN_AGENCY'],
    },
    note: "Drafting: the liaison officers of a member agency, and the mechanism's secretariat.",
  },
  {
    resource: 'Bulletin',
    action: 'publish',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note: 'Publishing (a bulletin speaks for the mechanism): its secretariat, after the person-data check.',
  },
);

/**
 * Assessments of crossing points and border sections, and trainings delivered (coordination/assessment,
 * coordination/training). Relations as for the library.
 */
PERMISSION_MATRIX.push(
  {
    resource: 'Assessment',
    action: 'readCompleted',
    relations: MEETING_RELATIONS,
    allowed: asMembers(['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER']),
    note: "A completed assessment (locked) is read by every user of the mechanism's member agencies.",
  },
  {
    resource: 'Assessment',
    action: 'readDraft',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note: "A draft assessment (and the checklist templates) are the mechanism's secretariat's only.",
  },
  {
    resource: 'Assessment',
    action: 'create',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note: "Beginning, answering and completing assessments, and keeping checklists: the mechanism's secretariat.",
  },
  {
    resource: 'Assessment',
    action: 'makeAction',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note: "Making a recommendation an action item of a member agency (in one step): the mechanism's secretariat.",
  },
  {
    resource: 'Training',
    action: 'read',
    relations: MEETING_RELATIONS,
    allowed: asMembers(['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER']),
    note: 'Trainings delivered (participants counted per agency and by sex) are read by every member agency user; their materials within their handling codes.',
  },
  {
    resource: 'Training',
    action: 'create',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note: "Recording and correcting trainings: the mechanism's secretariat.",
  },
);

/** An agency's retention terms and report (module retention): always the caller's own agency. */
PERMISSION_MATRIX.push(
  {
    resource: 'AgencyRetentionTerm',
    action: 'read',
    relations: ['OWN_AGENCY'],
    allowed: { [Role.AGENCY_ADMIN]: ['OWN_AGENCY'], [Role.AUDITOR]: ['OWN_AGENCY'] },
    note:
      "The agency's retention terms, what is due and what the sweep anonymised when (counts, references, dates; " +
      'never a name). No query names another agency.',
  },
  {
    resource: 'AgencyRetentionTerm',
    action: 'update',
    relations: ['OWN_AGENCY'],
    allowed: { [Role.AGENCY_ADMIN]: ['OWN_AGENCY'] },
    note: "Setting the agency's own term for its closed cases, within the platform's bounds; audited.",
  },
);

/**
 * The 24/7 contact roster of a mechanism (coordination/roster). The line belongs to the relation's agency:
 * OWN_AGENCY the actor's own, FELLOW_MECHANISM_MEMBER another member of the same mechanism, FOREIGN_NON_MEMBER an
 * agency of a mechanism the actor's agency is not in.
 */
PERMISSION_MATRIX.push(
  {
    resource: 'DutyContact',
    action: 'read',
    relations: MEETING_RELATIONS,
    allowed: asMembers(['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER']),
    note: 'Every user of a member agency reads the whole roster of the mechanism, and who is on duty now.',
  },
  {
    resource: 'DutyContact',
    action: 'update',
    relations: MEETING_RELATIONS,
    allowed: { [Role.AGENCY_ADMIN]: ['OWN_AGENCY'] },
    note: "Adding, changing and removing roster lines: each agency's admin, for the agency's own lines only.",
  },
);

// Durable-solutions plans: held by the survivor's holding agency, owned by its case worker (durable-plan.policy.ts).
// ASSIGNED_CASE is a plan the actor owns (its survivor assigned to the actor), OWN_AGENCY one a colleague owns.
const OWNER_ONLY = { [Role.CASE_WORKER]: ['ASSIGNED_CASE'] } as const;

PERMISSION_MATRIX.push(
  {
    resource: 'DurablePlan',
    action: 'read',
    relations: SURVIVOR_RELATIONS,
    allowed: {
      [Role.CASE_WORKER]: ['ASSIGNED_CASE', 'OWN_AGENCY'],
      [Role.PROTECTION_SUPERVISOR]: ['ASSIGNED_CASE', 'OWN_AGENCY'],
    },
    note:
      "A survivor's durable-solutions plan (solution sought, IASC criteria, progress, history) is seen by the holding " +
      "agency's case workers and protection supervisors, and after a hand-over by the partner agency's; never by " +
      'liaison officers, admins or auditors.',
  },
  {
    resource: 'DurablePlan',
    action: 'read',
    field: 'wishes',
    relations: SURVIVOR_RELATIONS,
    allowed: OWNER_ONLY,
    note: "The person's own stated wishes: only the plan's owner; sealed at rest, every read audited.",
  },
  {
    resource: 'DurablePlan',
    action: 'create',
    relations: SURVIVOR_RELATIONS,
    allowed: OWNER_ONLY,
    note: 'A plan is opened by the case worker assigned to the survivor, who owns it.',
  },
  { resource: 'DurablePlan', action: 'update', relations: SURVIVOR_RELATIONS, allowed: OWNER_ONLY },
  {
    resource: 'DurablePlan',
    action: 'assess',
    relations: SURVIVOR_RELATIONS,
    allowed: OWNER_ONLY,
    note: "Assessing criteria: the owner, and after a hand-over the partner's case worker for the criteria entrusted to it.",
  },
  {
    resource: 'DurablePlan',
    action: 'close',
    relations: SURVIVOR_RELATIONS,
    allowed: OWNER_ONLY,
    note: 'Closing needs an outcome and a reason.',
  },
);

// Durable-solution referrals (solution-referral.policy.ts). ASSIGNED_CASE: the actor's own plan referred to
// ADDRESSEE; OWN_AGENCY: a colleague's plan referred to ADDRESSEE; ADDRESSEE: a referral the actor's agency
// received; FELLOW_MECHANISM_MEMBER: between two other members of the actor's mechanism.
const SOLUTION_REFERRAL_RELATIONS: readonly Relation[] = [
  'ASSIGNED_CASE',
  'OWN_AGENCY',
  'ADDRESSEE',
  'FELLOW_MECHANISM_MEMBER',
];
const SOLUTION_BOTH_SIDES: readonly Relation[] = ['ASSIGNED_CASE', 'OWN_AGENCY', 'ADDRESSEE'];

PERMISSION_MATRIX.push(
  {
    resource: 'SolutionReferral',
    action: 'read',
    relations: SOLUTION_REFERRAL_RELATIONS,
    allowed: { [Role.CASE_WORKER]: SOLUTION_BOTH_SIDES, [Role.PROTECTION_SUPERVISOR]: SOLUTION_BOTH_SIDES },
    note:
      'A durable-solution referral (destination, purposes, fields shared, criteria entrusted, return risk, status) ' +
      'is seen by the case workers and protection supervisors of the holding agency and of the recipient; nobody ' +
      'else, fellow mechanism members included.',
  },
  {
    resource: 'SolutionReferral',
    action: 'read',
    field: 'sharedSurvivor',
    relations: SOLUTION_REFERRAL_RELATIONS,
    allowed: { [Role.CASE_WORKER]: ['ADDRESSEE'], [Role.PROTECTION_SUPERVISOR]: ['ADDRESSEE'] },
    note:
      "The survivor's fields the referral carries: only the recipient's staff, only while the referral is open and " +
      'a consent covers the recipient, every purpose and every field’s category (null otherwise); each read ' +
      'audited for the holding agency. The holding agency reads the survivor through the survivor record.',
  },
  {
    resource: 'SolutionReferral',
    action: 'read',
    field: 'personWishes',
    relations: SOLUTION_REFERRAL_RELATIONS,
    allowed: { [Role.PROTECTION_SUPERVISOR]: ['ASSIGNED_CASE', 'OWN_AGENCY'] },
    note:
      "The person's wishes as recorded in the plan, for the holding agency's protection supervisors while a " +
      'return waits for their confirmation, so that they confirm on her words, not on the sender’s attestation; ' +
      'null otherwise; each read audited for the holding agency.',
  },
  {
    resource: 'SolutionReferral',
    action: 'create',
    relations: SOLUTION_REFERRAL_RELATIONS,
    allowed: OWNER_ONLY,
    note:
      'Sending is a change to the plan: only its owner, under consent, through a mechanism both agencies belong to, ' +
      'with the return risk assessed for a return.',
  },
  {
    resource: 'SolutionReferral',
    action: 'respond',
    relations: SOLUTION_REFERRAL_RELATIONS,
    allowed: { [Role.CASE_WORKER]: ['ADDRESSEE'] },
    note: "The recipient's case workers accept (becoming co-owners of the entrusted criteria) or decline with a reason.",
  },
  {
    resource: 'SolutionReferral',
    action: 'handOver',
    relations: SOLUTION_REFERRAL_RELATIONS,
    allowed: OWNER_ONLY,
    note: "The plan's owner records the return or arrival, passes the lead, and the follow-ups are scheduled.",
  },
  {
    resource: 'SolutionReferral',
    action: 'close',
    relations: SOLUTION_REFERRAL_RELATIONS,
    allowed: { [Role.CASE_WORKER]: SOLUTION_BOTH_SIDES },
    note: "Either side's case workers close a referral.",
  },
  {
    resource: 'SolutionReferral',
    action: 'confirm',
    relations: SOLUTION_REFERRAL_RELATIONS,
    allowed: { [Role.PROTECTION_SUPERVISOR]: ['ASSIGNED_CASE', 'OWN_AGENCY'] },
    note:
      'A return to a place assessed not safe goes only at the informed wish of the person and once a protection ' +
      'supervisor of the holding agency confirms it (or stops it, with a reason); until then the recipient does not ' +
      'see it. (FELLOW_MECHANISM_MEMBER here is a local integration, which is never held.)',
  },
);

export function isAllowed(entry: MatrixEntry, role: Role, relation: Relation): boolean {
  return entry.allowed[role]?.includes(relation) ?? false;
}

export { ALL_ROLES, EVERY_RELATION };

// Hit/no-hit identity checks (identity-check.policy.ts): within a mechanism the actor's agency belongs to.
PERMISSION_MATRIX.push(
  {
    resource: 'IdentityCheck',
    action: 'create',
    relations: MEETING_RELATIONS,
    allowed: {
      [Role.LIAISON_OFFICER]: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER'],
      [Role.CASE_WORKER]: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER'],
    },
    note:
      'A hit/no-hit check in a mechanism: liaison officers and case workers of its member agencies, with a purpose; ' +
      'the answer names at most the agency, its desk and its reference. 30 checks per user and 200 per agency an hour.',
  },
  {
    resource: 'IdentityRecord',
    action: 'create',
    relations: MEETING_RELATIONS,
    allowed: {
      [Role.LIAISON_OFFICER]: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER'],
      [Role.CASE_WORKER]: ['OWN_AGENCY', 'FELLOW_MECHANISM_MEMBER'],
    },
    note: "Registering what the actor's agency knows (blind indexes only) in a mechanism it belongs to.",
  },
  {
    resource: 'IdentityCheckKey',
    action: 'rotate',
    relations: MEETING_RELATIONS,
    allowed: { [Role.SECRETARIAT]: ['OWN_AGENCY'] },
    note: "Rotating a mechanism's check key: its secretariat; records under older keys keep matching.",
  },
  {
    resource: 'IdentityCheckNotice',
    action: 'read',
    relations: ['OWN_AGENCY'],
    allowed: { [Role.LIAISON_OFFICER]: ['OWN_AGENCY'], [Role.CASE_WORKER]: ['OWN_AGENCY'] },
    note:
      "The data owner's log (checks that matched the agency's records: asking agency, purpose, answer): the " +
      "agency's liaison officers and case workers; no agency reads another's.",
  },
  {
    resource: 'IdentityReindexRun',
    action: 'read',
    relations: ['FOREIGN_NON_MEMBER'],
    allowed: { [Role.PLATFORM_ADMIN]: ['FOREIGN_NON_MEMBER'] },
    note: 'Progress of re-indexing after a check key rotation (counts only): platform admins, whatever the mechanism.',
  },
);

// Referrals to protection from a border post (protection-referral.policy.ts). OWN_AGENCY: sent by the actor's
// agency; ADDRESSEE: sent to it; FELLOW_MECHANISM_MEMBER: between two other members of the actor's mechanism.
const PROTECTION_REFERRAL_RELATIONS: readonly Relation[] = ['OWN_AGENCY', 'ADDRESSEE', 'FELLOW_MECHANISM_MEMBER'];
const RECEIVING_PROTECTION = {
  [Role.CASE_WORKER]: ['ADDRESSEE'],
  [Role.PROTECTION_SUPERVISOR]: ['ADDRESSEE'],
} as const;

PERMISSION_MATRIX.push(
  {
    resource: 'ProtectionReferral',
    action: 'read',
    relations: PROTECTION_REFERRAL_RELATIONS,
    allowed: {
      [Role.LIAISON_OFFICER]: ['OWN_AGENCY'],
      [Role.CASE_WORKER]: ['OWN_AGENCY', 'ADDRESSEE'],
      [Role.PROTECTION_SUPERVISOR]: ['ADDRESSEE'],
    },
    note:
      'A referral to protection from a border post is seen by the screening staff (liaison officers, case workers) ' +
      "of the sending agency — code, status, the survivor's code once accepted — and by the receiving protection " +
      "agency's case workers and supervisors.",
  },
  {
    resource: 'ProtectionReferral',
    action: 'read',
    field: 'person',
    relations: PROTECTION_REFERRAL_RELATIONS,
    allowed: RECEIVING_PROTECTION,
    note:
      "The person's data, the screening, the consent and the note: only the receiving agency's case workers and " +
      'supervisors, each read audited; the sender never reads them back.',
  },
  {
    resource: 'ProtectionReferral',
    action: 'accept',
    relations: PROTECTION_REFERRAL_RELATIONS,
    allowed: RECEIVING_PROTECTION,
    note: 'The receiving agency accepts (a survivor record opens in its caseload) or declines with a reason.',
  },
);

// Notifications (module notifications): each user's own, whatever their roles.
PERMISSION_MATRIX.push(
  {
    resource: 'Notification',
    action: 'read',
    relations: ['SELF', 'OWN_AGENCY'],
    allowed: forAllRoles(['SELF']),
    note: "A user's notifications are theirs alone: a colleague's in the same agency is as invisible as any other.",
  },
  {
    resource: 'Notification',
    action: 'markRead',
    relations: ['SELF', 'OWN_AGENCY'],
    allowed: forAllRoles(['SELF']),
  },
);
