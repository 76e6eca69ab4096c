import type { MenuIconName } from './menu-icon';
import type { EnlaceAbility } from '../session/ability';
import type * as AdministrationScreens from '../screens/admin-common/administration-screens';
import type * as CoordinationScreens from '../screens/coordination-common/coordination-screens';
import type * as ProtectionScreens from '../screens/protection-common/protection-screens';
import type * as DurableSolutionsScreens from '../screens/durable-solutions-common/durable-solutions-screens';
import type * as BulletinScreens from '../screens/bulletins/bulletin-screens';
import type { ScreenNamespace } from '../i18n/i18n';
import type { ComponentType } from 'react';

/**
 * Every screen of the app, in menu order. A screen is a folder under src/screens/<name>/ whose `route.tsx`
 * exports `Component`; adding one is that folder plus one entry here (see web/README.md). `lazy` makes each
 * screen its own chunk, downloaded the first time someone opens it.
 */
/** What a screen's `route.tsx` exports. */
export interface ScreenModule {
  Component: ComponentType;
}

export interface Screen {
  path: string;
  /** Catalogue key of the screen's name: the page title and, when `icon` is set, its menu entry. */
  titleKey: string;
  icon?: MenuIconName;
  /** Whom the menu offers it to; the server still decides what each user may load. Default: everyone. */
  audience?: 'visitors' | 'members';
  /** Catalogue namespaces the screen's texts live in (besides the shell's), fetched with its code. */
  namespaces?: readonly ScreenNamespace[];
  /** Offered in the menu only to signed-in users for whom this holds (their CASL rules, their roles). */
  offeredTo?: (ability: EnlaceAbility, roles: readonly string[]) => boolean;
  lazy: () => Promise<ScreenModule>;
  /**
   * The screen sends its first requests without Apollo Client, which it then does not wait for: sign-in never
   * loads it, the inbox and outbox load it themselves once their first answer is drawn.
   */
  withoutApollo?: true;
}

const admin = ['admin'] as const;
const bulletins = (name: keyof typeof BulletinScreens) => async () => ({
  Component: (await import('../screens/bulletins/bulletin-screens'))[name],
});
/** The administration screens share one chunk (see administration-screens.ts); each route picks its screen. */
const administration = (name: keyof typeof AdministrationScreens) => async () => ({
  Component: (await import('../screens/admin-common/administration-screens'))[name],
});

/**
 * Administration: platform administrators keep the directory (countries, agencies, mechanisms); agency
 * administrators manage their agency's people and API tokens. The `:id` paths open a record's form, deep-linkable.
 */
const ADMINISTRATION: Screen[] = [
  {
    path: '/admin/countries',
    icon: 'admin',
    offeredTo: (ability) => ability.can('create', 'Country'),
    titleKey: 'nav.adminCountries',
    namespaces: admin,
    lazy: administration('CountriesScreen'),
  },
  {
    path: '/admin/countries/:code',
    titleKey: 'nav.adminCountries',
    namespaces: admin,
    lazy: administration('CountriesScreen'),
  },
  {
    path: '/admin/agencies',
    icon: 'admin',
    offeredTo: (ability) => ability.can('create', 'Agency'),
    titleKey: 'nav.adminAgencies',
    namespaces: admin,
    lazy: administration('AgenciesScreen'),
  },
  {
    path: '/admin/agencies/:id',
    titleKey: 'nav.adminAgencies',
    namespaces: admin,
    lazy: administration('AgenciesScreen'),
  },
  {
    path: '/admin/mechanisms',
    icon: 'admin',
    offeredTo: (ability) => ability.can('create', 'Mechanism') || ability.can('configure', 'Mechanism'),
    titleKey: 'nav.adminMechanisms',
    namespaces: admin,
    lazy: administration('MechanismsScreen'),
  },
  {
    path: '/admin/mechanisms/:id',
    titleKey: 'nav.adminMechanism',
    namespaces: admin,
    lazy: administration('MechanismScreen'),
  },
  {
    path: '/admin/users',
    icon: 'admin',
    offeredTo: (ability) => ability.can('invite', 'User'),
    titleKey: 'nav.adminUsers',
    namespaces: admin,
    lazy: administration('UsersScreen'),
  },
  {
    path: '/admin/api-tokens',
    icon: 'admin',
    // API tokens are checked by role on the server, not by a CASL rule.
    offeredTo: (_ability, roles) => roles.includes('AGENCY_ADMIN'),
    titleKey: 'nav.adminApiTokens',
    namespaces: admin,
    lazy: administration('ApiTokensScreen'),
  },
  {
    path: '/admin/retention',
    icon: 'admin',
    offeredTo: (ability) => ability.can('read', 'AgencyRetentionTerm'),
    titleKey: 'nav.adminRetention',
    namespaces: admin,
    lazy: administration('RetentionScreen'),
  },
  {
    path: '/admin/failed-jobs',
    icon: 'admin',
    offeredTo: (ability) => ability.can('read', 'FailedJob'),
    titleKey: 'nav.adminFailedJobs',
    namespaces: admin,
    lazy: administration('FailedJobsScreen'),
  },
];

const protectionTexts = ['protection'] as const;
/** Screens that show a conversation or a consent scan use the referral screens' attachment texts too. */
const protectionWithAttachments = ['protection', 'referrals'] as const;
/** The protection screens share one chunk too (protection-screens.ts). */
const protection = (name: keyof typeof ProtectionScreens) => async () => ({
  Component: (await import('../screens/protection-common/protection-screens'))[name],
});

/** Survivor protection: for the case workers and protection supervisors of an agency, nobody else. */
const PROTECTION: Screen[] = [
  {
    path: '/protection/caseload',
    titleKey: 'nav.caseload',
    icon: 'caseload',
    audience: 'members',
    offeredTo: (ability) => ability.can('read', 'Survivor'),
    namespaces: protectionTexts,
    lazy: protection('CaseloadScreen'),
  },
  {
    path: '/protection/survivors/new',
    titleKey: 'nav.registerSurvivor',
    icon: 'personAdd',
    audience: 'members',
    offeredTo: (ability) => ability.can('create', 'Survivor'),
    namespaces: protectionTexts,
    lazy: protection('RegisterSurvivorScreen'),
  },
  {
    path: '/protection/survivors/:id',
    titleKey: 'nav.survivor',
    namespaces: protectionWithAttachments,
    lazy: protection('SurvivorScreen'),
  },
  {
    path: '/protection/survivors/:id/refer',
    titleKey: 'nav.referToService',
    namespaces: protectionTexts,
    lazy: protection('ReferToServiceScreen'),
  },
  {
    path: '/protection/service-referrals',
    titleKey: 'nav.serviceReferrals',
    icon: 'serviceReferrals',
    audience: 'members',
    // Case workers and supervisors of the referring and of the providing agencies (service-referral.policy.ts).
    offeredTo: (ability) => ability.can('read', 'ServiceReferral'),
    namespaces: protectionTexts,
    lazy: protection('ServiceReferralsScreen'),
  },
  {
    path: '/protection/service-referrals/:id',
    titleKey: 'nav.serviceReferral',
    namespaces: protectionWithAttachments,
    lazy: protection('ServiceReferralScreen'),
  },
  {
    path: '/protection/directory',
    titleKey: 'nav.serviceDirectory',
    icon: 'directory',
    audience: 'members',
    // Everyone may read it; the menu offers it to those who refer or receive, and to the admins who keep it.
    offeredTo: (ability) => ability.can('read', 'ServiceReferral') || ability.can('create', 'DirectoryService'),
    namespaces: protectionTexts,
    lazy: protection('DirectoryScreen'),
  },
  {
    path: '/protection/border-referrals',
    titleKey: 'nav.protectionReferrals',
    icon: 'borderReferral',
    audience: 'members',
    // Screening staff of border posts send them; protection agencies' case workers and supervisors receive them.
    offeredTo: (ability) => ability.can('create', 'ProtectionReferral') || ability.can('accept', 'ProtectionReferral'),
    namespaces: protectionTexts,
    lazy: protection('BorderReferralsScreen'),
  },
  {
    path: '/protection/border-referrals/new',
    titleKey: 'nav.referToProtection',
    namespaces: protectionTexts,
    lazy: protection('BorderReferralFormScreen'),
  },
  {
    path: '/protection/border-referrals/:id',
    titleKey: 'nav.protectionReferral',
    namespaces: protectionTexts,
    lazy: protection('BorderReferralScreen'),
  },
];

const coordinationNamespaces = ['coordination', 'coordinationWork'] as const;
const durableTexts = ['durableSolutions', 'protection'] as const;
/** The durable-solutions screens share one chunk (durable-solutions-common/durable-solutions-screens.ts). */
const durable = (name: keyof typeof DurableSolutionsScreens) => async () => ({
  Component: (await import('../screens/durable-solutions-common/durable-solutions-screens'))[name],
});

/** Durable solutions: a survivor's plan on the IASC criteria, for the caseload roles of both agencies. */
const DURABLE_SOLUTIONS: Screen[] = [
  {
    path: '/durable-solutions',
    titleKey: 'nav.durablePlans',
    icon: 'durablePlans',
    audience: 'members',
    offeredTo: (ability) => ability.can('read', 'DurablePlan'),
    namespaces: durableTexts,
    lazy: durable('MyDurablePlansScreen'),
  },
  {
    path: '/durable-solutions/follow-ups',
    titleKey: 'nav.followUpCalendar',
    icon: 'followUpCalendar',
    audience: 'members',
    offeredTo: (ability) => ability.can('read', 'DurablePlan'),
    namespaces: durableTexts,
    lazy: durable('FollowUpCalendarScreen'),
  },
  {
    path: '/durable-solutions/referrals',
    titleKey: 'nav.solutionReferrals',
    icon: 'solutionReferrals',
    audience: 'members',
    offeredTo: (ability) => ability.can('read', 'SolutionReferral'),
    namespaces: durableTexts,
    lazy: durable('ReceivedSolutionReferralsScreen'),
  },
  {
    path: '/durable-solutions/survivors/:survivorId',
    titleKey: 'nav.durablePlan',
    namespaces: durableTexts,
    lazy: durable('DurablePlanScreen'),
  },
];

/** The coordination screens share one chunk (coordination-common/coordination-screens.ts). */
const coordination = (name: keyof typeof CoordinationScreens) => async () => ({
  Component: (await import('../screens/coordination-common/coordination-screens'))[name],
});

/**
 * Coordination: the mechanisms of the user's agency, their meetings and minutes. Offered to everyone who
 * reads meetings (every role of a member agency but the platform admin, coordination.policy.ts).
 */
const COORDINATION: Screen[] = [
  {
    path: '/coordination',
    titleKey: 'nav.coordination',
    icon: 'coordination',
    audience: 'members',
    offeredTo: (ability) => ability.can('read', 'Meeting'),
    namespaces: coordinationNamespaces,
    lazy: coordination('CoordinationHomeScreen'),
  },
  {
    path: '/coordination/mechanisms/:id',
    titleKey: 'nav.coordinationMechanism',
    namespaces: coordinationNamespaces,
    lazy: coordination('MechanismMeetingsScreen'),
  },
  {
    path: '/coordination/meetings/:id',
    titleKey: 'nav.meeting',
    namespaces: coordinationNamespaces,
    lazy: coordination('MeetingScreen'),
  },
  {
    path: '/coordination/mechanisms/:id/follow-up',
    titleKey: 'nav.followUpBoard',
    namespaces: coordinationNamespaces,
    lazy: coordination('FollowUpBoardScreen'),
  },
  {
    path: '/coordination/actions/:id',
    titleKey: 'nav.actionItem',
    namespaces: coordinationNamespaces,
    lazy: coordination('ActionItemScreen'),
  },
  {
    path: '/coordination/mechanisms/:id/library',
    titleKey: 'nav.coordinationLibrary',
    namespaces: coordinationNamespaces,
    lazy: coordination('LibraryScreen'),
  },
  {
    path: '/coordination/mechanisms/:id/roster',
    titleKey: 'nav.coordinationRoster',
    namespaces: coordinationNamespaces,
    lazy: coordination('RosterScreen'),
  },
  {
    path: '/coordination/assessments/:id',
    titleKey: 'nav.coordinationAssessment',
    namespaces: coordinationNamespaces,
    lazy: coordination('AssessmentScreen'),
  },
];

export const SCREENS: Screen[] = [
  {
    path: '/',
    titleKey: 'nav.home',
    icon: 'home',
    // A visitor's `/` is the sign-in page (home-screen.tsx): the menu offers them that.
    audience: 'members',
    namespaces: ['home', 'referrals'],
    lazy: () => import('../screens/home/route'),
  },
  {
    path: '/sign-in',
    titleKey: 'nav.signIn',
    icon: 'login',
    audience: 'visitors',
    // The second factor's enrolment brings the account texts itself (sign-in-screen.tsx).
    namespaces: ['signIn'],
    lazy: () => import('../screens/sign-in/route'),
    withoutApollo: true,
  },
  {
    path: '/referrals/inbox',
    titleKey: 'nav.referralInbox',
    icon: 'inbox',
    audience: 'members',
    // Only roles that work on referrals (officers, case workers) see them in the menu.
    offeredTo: (ability) => ability.can('read', 'Referral'),
    namespaces: ['referrals'],
    lazy: () => import('../screens/referral-inbox/route'),
    withoutApollo: true,
  },
  {
    path: '/referrals/outbox',
    titleKey: 'nav.referralOutbox',
    icon: 'outbox',
    audience: 'members',
    // Only roles that work on referrals (officers, case workers) see them in the menu.
    offeredTo: (ability) => ability.can('read', 'Referral'),
    namespaces: ['referrals'],
    lazy: () => import('../screens/referral-inbox/route'),
    withoutApollo: true,
  },
  {
    path: '/referrals/forwarded',
    titleKey: 'nav.forwardedReferrals',
    icon: 'inbox',
    audience: 'members',
    // Only roles that work on referrals (officers, case workers) see them in the menu.
    offeredTo: (ability) => ability.can('read', 'Referral'),
    namespaces: ['referrals'],
    lazy: () => import('../screens/forwarded-referrals/route'),
  },
  {
    path: '/referrals/new',
    titleKey: 'nav.newReferral',
    icon: 'noteAdd',
    audience: 'members',
    // Only roles that work on referrals (officers, case workers) see them in the menu.
    offeredTo: (ability) => ability.can('create', 'Referral'),
    namespaces: ['referrals'],
    lazy: () => import('../screens/new-referral/route'),
  },
  {
    path: '/identity-checks',
    titleKey: 'nav.identityChecks',
    icon: 'identityCheck',
    audience: 'members',
    // Liaison officers and case workers of a mechanism's member agencies (identity-check.policy.ts).
    offeredTo: (ability) => ability.can('create', 'IdentityCheck'),
    namespaces: ['checks'],
    lazy: () => import('../screens/identity-checks/route'),
  },
  // Bulletins of the user's mechanisms: every user of a member agency (bulletin.policy.ts); /new before /:id.
  {
    path: '/bulletins',
    titleKey: 'nav.bulletins',
    icon: 'bulletin',
    audience: 'members',
    offeredTo: (ability) => ability.can('read', 'Bulletin'),
    namespaces: ['checks'],
    lazy: bulletins('BulletinsScreen'),
  },
  { path: '/bulletins/new', titleKey: 'nav.newBulletin', namespaces: ['checks'], lazy: bulletins('NewBulletinScreen') },
  { path: '/bulletins/:id', titleKey: 'nav.bulletin', namespaces: ['checks'], lazy: bulletins('BulletinScreen') },
  {
    path: '/bulletins/:id/edit',
    titleKey: 'nav.editBulletin',
    namespaces: ['checks'],
    lazy: bulletins('EditBulletinScreen'),
  },
  ...COORDINATION,
  ...PROTECTION,
  ...DURABLE_SOLUTIONS,
  {
    path: '/statistics',
    titleKey: 'nav.statistics',
    icon: 'statistics',
    audience: 'members',
    // Whoever may count referrals into figures (statistics.policy.ts): agencies' staff and statisticians.
    offeredTo: (ability) => ability.can('count', 'ReferralFigures'),
    namespaces: ['statistics', 'referrals', 'coordination', 'protection', 'durableSolutions'],
    lazy: () => import('../screens/statistics/route'),
  },
  ...ADMINISTRATION,
  {
    path: '/referrals/:id/edit',
    titleKey: 'nav.referralDraft',
    namespaces: ['referrals'],
    lazy: () => import('../screens/referral-draft/route'),
  },
  {
    path: '/referrals/:id',
    titleKey: 'nav.referralDetail',
    // coordinationWork: the receiving agency's desks on duty, shown on an IMMEDIATE referral
    namespaces: ['referrals', 'coordinationWork'],
    lazy: () => import('../screens/referral-detail/route'),
  },
  {
    path: '/audit',
    titleKey: 'nav.audit',
    icon: 'audit',
    audience: 'members',
    offeredTo: (ability) => ability.can('read', 'AuditEvent'),
    namespaces: ['audit'],
    lazy: () => import('../screens/audit-trail/route'),
  },
  {
    path: '/status',
    titleKey: 'nav.status',
    icon: 'status',
    audience: 'members',
    // For the platform's operators: the build and database version are no visitor's business.
    offeredTo: (_ability, roles) => roles.includes('PLATFORM_ADMIN'),
    namespaces: ['home'],
    lazy: () => import('../screens/service-status/route'),
  },
  {
    // The notification centre: reached from the bell in the top bar, not the menu.
    path: '/notifications',
    titleKey: 'nav.notifications',
    audience: 'members',
    namespaces: ['home'],
    lazy: () => import('../screens/notifications/route'),
  },
  {
    path: '/profile',
    titleKey: 'nav.profile',
    icon: 'account',
    audience: 'members',
    namespaces: ['account'],
    lazy: () => import('../screens/profile/route'),
  },
  {
    path: '/forgot-password',
    titleKey: 'nav.forgotPassword',
    namespaces: ['signIn', 'account'],
    lazy: () => import('../screens/password-reset/forgot-route'),
  },
  {
    path: '/reset-password',
    titleKey: 'nav.resetPassword',
    namespaces: ['account'],
    lazy: () => import('../screens/password-reset/reset-route'),
  },
  {
    path: '/accept-invitation',
    titleKey: 'nav.acceptInvitation',
    namespaces: ['account'],
    lazy: () => import('../screens/accept-invitation/route'),
  },
];

/** Any other address. */
export const NOT_FOUND: Screen = {
  path: '*',
  titleKey: 'notFound.title',
  lazy: () => import('../screens/not-found/route'),
};
