import type { EntityManager } from '@mikro-orm/postgresql';
import { loadActor, Mechanism, User } from '../modules/identity';
import {
  ASSIGNABLE_STATUSES,
  assignReferral,
  createReferralDraft,
  Referral,
  type ReferralAction,
  ReferralOutcome,
  transitionReferral,
} from '../modules/referrals';
import type { AuditTrail } from '../platform/audit/audit-trail';
import { buildAbility, type Policy } from '../platform/authz/ability';
import type { Actor } from '../platform/authz/actor';
import { Role } from '../platform/authz/roles';
import type { RequestContext } from '../platform/context';
import type { Logger } from '../platform/logging/logger';
import { seedDemoCoordination } from './demo-coordination';
import { seedDemoLibrary } from './demo-library';
import { seedDemoRetention } from './demo-retention';
import { seedDemoRoster } from './demo-roster';
import { seedDemoAssessments } from './demo-assessments';
import { demoEmail } from './demo-seed';
import { seedDemoStatistics } from './demo-statistics';

export interface DemoServices extends Pick<RequestContext, 'config' | 'events'> {
  policies: readonly Policy[];
  createAuditTrail: (request: {
    actor: Actor | null;
    requestId: string;
    clientAddress: string | undefined;
  }) => AuditTrail;
}

type Step = 'send' | 'acknowledge' | 'accept' | 'start' | 'close';

/** A few referrals on the Guatemala–Mexico border, at different stages, so the inboxes are not empty. */
const DEMO_REFERRALS: {
  from: string;
  to: string;
  steps: Step[];
  category: string;
  urgency: string;
  title: string;
  narrative: string;
  handlingCode: string;
}[] = [
  {
    from: 'gt-igm',
    to: 'mx-inm',
    steps: ['send'],
    category: 'ABANDONED_OR_MISSING_MIGRANTS',
    urgency: 'IMMEDIATE',
    title: 'Grupo de migrantes abandonado cerca del río Suchiate',
    narrative:
      'Una patrulla reporta un grupo de unas quince personas, entre ellas menores, abandonado por los ' +
      'conductores en la ribera mexicana del río Suchiate. Se solicita búsqueda y asistencia inmediata.',
    handlingCode: 'H2',
  },
  {
    from: 'mx-inm',
    to: 'gt-igm',
    steps: ['send', 'acknowledge'],
    category: 'DOCUMENT_FRAUD',
    urgency: 'URGENT',
    title: 'Pasaportes alterados presentados en Ciudad Hidalgo',
    narrative:
      'Se detectaron cuatro pasaportes con páginas de datos sustituidas, presentados en el puesto de Ciudad ' +
      'Hidalgo. Se solicita verificación con el registro guatemalteco.',
    handlingCode: 'H1',
  },
  {
    from: 'gt-igm',
    to: 'mx-inm',
    steps: ['send', 'acknowledge', 'accept', 'start'],
    category: 'SMUGGLING_INCIDENT',
    urgency: 'ROUTINE',
    title: 'Red de transporte entre Tecún Umán y Tapachula',
    narrative:
      'Información de varias fuentes sobre una red que traslada migrantes en camiones de carga entre Tecún ' +
      'Umán y Tapachula. Se comparte para investigación conjunta.',
    handlingCode: 'H3',
  },
  {
    from: 'mx-inm',
    to: 'gt-igm',
    steps: ['send', 'acknowledge', 'accept', 'start', 'close'],
    category: 'REQUEST_FOR_INFORMATION',
    urgency: 'ROUTINE',
    title: 'Solicitud de antecedentes migratorios',
    narrative: 'Se solicitan los registros de entrada y salida de una persona retenida en Tapachula.',
    handlingCode: 'H1',
  },
];

/** The request context of a demo user, as if they had signed in: demo records go through the real services. */
export async function contextOf(em: EntityManager, email: string, services: DemoServices, logger: Logger) {
  const user = await em.findOneOrFail(User, { email }, { populate: ['agency'] });
  const agency = user.agency.unwrap();
  const actor = await loadActor(em, {
    kind: 'user',
    id: user.id,
    agencyId: agency.id,
    countryCode: agency.country.unwrap().code,
    roles: user.roles,
  });
  const context: RequestContext = {
    requestId: 'demo-seed',
    em: em.fork(),
    logger,
    clientAddress: undefined,
    actor,
    ability: buildAbility(actor, services.policies),
    audit: services.createAuditTrail({ actor, requestId: 'demo-seed', clientAddress: undefined }),
    config: services.config,
    events: services.events,
  };
  return context;
}

/** Creates the demo referrals through the referral service itself, with its rules, numbering and audit. */
export async function seedDemoReferrals(em: EntityManager, services: DemoServices, logger: Logger): Promise<void> {
  const mechanism = await em.findOneOrFail(Mechanism, { countries: 'GT' });
  for (const demo of DEMO_REFERRALS) {
    const sender = await contextOf(em, demoEmail(Role.LIAISON_OFFICER, demo.from), services, logger);
    const receiver = await em.findOneOrFail(User, { email: demoEmail(Role.LIAISON_OFFICER, demo.to) });
    const draft = await createReferralDraft(sender, {
      receivingAgencyId: receiver.agency.id,
      mechanismId: mechanism.id,
      category: demo.category,
      urgency: demo.urgency,
      title: demo.title,
      narrative: demo.narrative,
      handlingCode: demo.handlingCode,
      sourceReliability: 'B',
      informationAccuracy: 2,
      persons: [
        {
          role: 'SMUGGLED_MIGRANT',
          givenNames: 'María José',
          familyNames: 'López',
          nationality: 'HN',
          estimatedAge: 24,
        },
      ],
      // The GraphQL input class is internal to the referrals module; this literal has its shape.
    } as Parameters<typeof createReferralDraft>[1]);
    for (const step of demo.steps) {
      // A fresh context per step, as each would be a request of its own.
      const side = step === 'send' ? demo.from : demo.to;
      await transitionReferral(await contextOf(em, demoEmail(Role.LIAISON_OFFICER, side), services, logger), {
        referralId: draft.id,
        action: step as ReferralAction,
        outcome: step === 'close' ? ReferralOutcome.INFORMATION_PROVIDED : undefined,
      });
    }
    // Referrals still being handled have the receiving agency's liaison officer in charge ("My referrals").
    const handled = await em.fork().findOneOrFail(Referral, { id: draft.id });
    if (ASSIGNABLE_STATUSES.includes(handled.status)) {
      const officer = await contextOf(em, demoEmail(Role.LIAISON_OFFICER, demo.to), services, logger);
      await assignReferral(officer, draft.id, receiver.id);
    }
  }
  logger.info({ referrals: DEMO_REFERRALS.length }, 'demo referrals loaded');
  // Months of referrals on three borders, so the statistics screen shows figures above the threshold.
  await seedDemoStatistics(em, services, logger);
  // The mechanisms' work follows the referrals (the composition root calls this one function for demo work).
  await seedDemoCoordination(em, services, logger);
  await seedDemoLibrary(em, services, logger);
  await seedDemoRoster(em, services, logger);
  // What the agency admins' retention screen shows: a term in force, cases due now and soon.
  await seedDemoRetention(em, services, logger);
  await seedDemoAssessments(em, services, logger);
}
