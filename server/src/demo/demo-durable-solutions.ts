import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, Mechanism } from '../modules/identity';
import { currentConsentTexts, recordConsent, Survivor } from '../modules/protection';
import {
  assessCriterion,
  closeDurablePlan,
  CriterionStatus,
  DurableCriterion,
  DurablePlanOutcome,
  DurableSolution,
  openDurablePlan,
  recordHandOver,
  respondToSolutionReferral,
  sendSolutionReferral,
} from '../modules/durable-solutions';
import { Role } from '../platform/authz/roles';
import type { Logger } from '../platform/logging/logger';
import { contextOf, type DemoServices } from './demo-referrals';
import { demoEmail } from './demo-seed';

const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * Durable-solutions plans in several states, through the services themselves: PANI's Darwin returns to Nicaragua
 * (consent, referral to IOM Nicaragua, accepted, handed over four months ago, a follow-up overdue); Wendy's local
 * integration is under way; Yahoska's plan has just been opened; Ana Lucía's was closed; Marvin's return to a place
 * assessed not safe waits for the confirmation of PANI's protection supervisor.
 */
export async function seedDemoDurableSolutions(em: EntityManager, services: DemoServices, logger: Logger) {
  const pani = await contextOf(em, demoEmail(Role.CASE_WORKER, 'cr-pani'), services, logger);
  const panAgency = await em.findOneOrFail(Agency, { acronym: 'PANI' });
  const [yahoska, darwin, wendy, ana, marvin] = await em.find(
    Survivor,
    { holdingAgency: panAgency.id },
    { orderBy: { code: 'asc' } },
  );
  const open = (survivor: Survivor, solution: DurableSolution, wishes: string) =>
    openDurablePlan(pani, { survivorId: survivor.id, solution, wishes });

  const darwinPlan = await open(
    darwin!,
    DurableSolution.VOLUNTARY_RETURN,
    'Quiero volver a Somotillo, trabajar con mi tío en el taller y estar cerca de mis hijos.',
  );
  const wendyPlan = await open(
    wendy!,
    DurableSolution.LOCAL_INTEGRATION,
    'Quiero quedarme en Costa Rica, estudiar estilismo y tener mis papeles.',
  );
  const yahoskaPlan = await open(
    yahoska!,
    DurableSolution.RESETTLEMENT,
    'Quiere estar con su hermana mayor; no quiere volver a su barrio.',
  );
  const anaPlan = await open(ana!, DurableSolution.LOCAL_INTEGRATION, 'Quedarse en San José con su pareja.');

  const assess = (planId: string, criterion: DurableCriterion, status: CriterionStatus, evidence?: string) =>
    assessCriterion(pani, { planId, criterion, status, evidence, assessedOn: ago(20) });
  await assess(wendyPlan.id, DurableCriterion.DOCUMENTATION, CriterionStatus.MET, 'Refugio reconocido; DIMEX emitido');
  await assess(wendyPlan.id, DurableCriterion.LIVELIHOODS, CriterionStatus.IN_PROGRESS);
  await assess(wendyPlan.id, DurableCriterion.PUBLIC_AFFAIRS, CriterionStatus.NOT_APPLICABLE);
  await closeDurablePlan(pani, {
    planId: anaPlan.id,
    outcome: DurablePlanOutcome.SOLUTION_SUSTAINED,
    reason: 'Residencia temporal y empleo estable desde hace un año',
  });

  // Darwin's return: consent for IOM Nicaragua, the referral through the Peñas Blancas mechanism, hand-over.
  const iom = await em.findOneOrFail(Agency, { acronym: 'OIM-NI' });
  const mechanisms = await em.find(Mechanism, { memberAgencies: { $some: { id: iom.id } } });
  const texts = await currentConsentTexts(em);
  await recordConsent(pani, {
    survivorId: darwin!.id,
    categories: ['IDENTITY', 'AGE_AND_SEX', 'LANGUAGES', 'CONTACT'] as never,
    recipientAgencyId: iom.id,
    purposes: ['LIVELIHOOD', 'DOCUMENTATION', 'FAMILY_TRACING'] as never,
    validFrom: ago(150),
    validUntil: ago(-500),
    method: 'SIGNED_FORM' as never,
    signedFormReference: 'PANI-CONS-2026-0412',
    givenBy: 'PERSON' as never,
    consentTextId: texts.find((text) => text.language === 'es')!.id,
  });
  const referral = await sendSolutionReferral(pani, {
    planId: darwinPlan.id,
    recipientAgencyId: iom.id,
    mechanismId: mechanisms[0]!.id,
    purposes: ['LIVELIHOOD', 'DOCUMENTATION'] as never,
    sharedFields: ['givenNames', 'familyNames', 'estimatedAge', 'languages', 'phones'],
    returnRisk: 'SAFE_WITH_CONDITIONS' as never,
    riskDetails: 'Retorno acompañado por OIM; no residir en El Guasaule, donde opera la red.',
  });
  const iomWorker = await contextOf(em, demoEmail(Role.CASE_WORKER, 'ni-oim'), services, logger);
  await respondToSolutionReferral(iomWorker, { referralId: referral.id, accept: true });
  await recordHandOver(pani, { referralId: referral.id, arrivedOn: ago(125), leadToRecipient: true });

  // Yahoska (16, unaccompanied) joins her sister in Panama: a child's relocation, so the best-interests assessment
  // and the panel's determination are attached and the guardian recorded; sent to Panama's migration service.
  const snm = await em.findOneOrFail(Agency, { acronym: 'SNM' });
  const crPa = await em.findOneOrFail(Mechanism, { memberAgencies: { $some: { id: snm.id } } });
  await recordConsent(pani, {
    survivorId: yahoska!.id,
    categories: ['IDENTITY', 'AGE_AND_SEX', 'DOCUMENTS'] as never,
    recipientAgencyId: snm.id,
    purposes: ['FAMILY_TRACING', 'DOCUMENTATION'] as never,
    validFrom: ago(10),
    validUntil: ago(-365),
    method: 'SIGNED_FORM' as never,
    signedFormReference: 'PANI-CONS-2026-0577',
    givenBy: 'CHILD_AND_GUARDIAN' as never,
    childAssent: true,
    guardianName: 'Licda. Marta Quesada (representante legal, PANI Liberia)',
    consentTextId: texts.find((text) => text.language === 'es')!.id,
  });
  await sendSolutionReferral(pani, {
    planId: yahoskaPlan.id,
    recipientAgencyId: snm.id,
    mechanismId: crPa.id,
    purposes: ['FAMILY_TRACING', 'DOCUMENTATION'] as never,
    sharedFields: ['givenNames', 'familyNames', 'estimatedAge', 'identityDocuments'],
    entrustedCriteria: [DurableCriterion.DOCUMENTATION, DurableCriterion.FAMILY_REUNIFICATION],
    bestInterests: {
      assessedOn: ago(9),
      reference: 'PANI-EIS-2026-0193',
      determinedOn: ago(3),
      panelRoles: ['Jefatura regional del PANI', 'Psicóloga del albergue', 'Abogada de la Defensoría'],
      guardian: 'Representante legal del PANI, oficina de Liberia',
    },
  });

  // Marvin wishes to return to Rivas although the network that recruited him is active there: his informed wish is
  // recorded, so the referral to IOM Nicaragua waits for PANI's protection supervisor (IOM does not see it yet).
  const marvinPlan = await open(
    marvin!,
    DurableSolution.VOLUNTARY_RETURN,
    'Sé que la red sigue en Rivas, pero quiero volver con mi mamá; ella está enferma y no tiene a nadie más.',
  );
  await recordConsent(pani, {
    survivorId: marvin!.id,
    categories: ['IDENTITY', 'AGE_AND_SEX', 'LANGUAGES'] as never,
    recipientAgencyId: iom.id,
    purposes: ['LIVELIHOOD', 'DOCUMENTATION'] as never,
    validFrom: ago(5),
    validUntil: ago(-365),
    method: 'SIGNED_FORM' as never,
    signedFormReference: 'PANI-CONS-2026-0601',
    givenBy: 'PERSON' as never,
    consentTextId: texts.find((text) => text.language === 'es')!.id,
  });
  await sendSolutionReferral(pani, {
    planId: marvinPlan.id,
    recipientAgencyId: iom.id,
    mechanismId: mechanisms[0]!.id,
    purposes: ['LIVELIHOOD', 'DOCUMENTATION'] as never,
    sharedFields: ['givenNames', 'familyNames', 'estimatedAge', 'languages'],
    returnRisk: 'NOT_SAFE' as never,
    riskDetails: 'La red que lo captó sigue activa en Rivas y conoce a su familia.',
    informedWish: true,
  });
  logger.info({ plans: 5 }, 'demo durable-solutions plans loaded');
}
