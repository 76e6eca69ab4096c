import type { EntityManager } from '@mikro-orm/postgresql';
import { Mechanism, User } from '../modules/identity';
import { createReferralDraft, type ReferralAction, ReferralOutcome, transitionReferral } from '../modules/referrals';
import { AgencyRetentionKind, setAgencyRetentionTerm } from '../modules/retention';
import { Role } from '../platform/authz/roles';
import type { Logger } from '../platform/logging/logger';
import { contextOf, type DemoServices } from './demo-referrals';
import { demoEmail } from './demo-seed';
import { backdate } from './demo-statistics';

/** Guatemala's PNC keeps its closed referrals two years (its own term, within the platform's bounds). */
export const DEMO_RETENTION_AGENCY = 'gt-pnc';
export const DEMO_RETENTION_DAYS = 730;

/** Referrals PNC closed long ago: days back to the sending (closed three days later, demo-statistics.ts). */
const ARCHIVED = [
  { title: 'Caso archivado de 2024 (retención)', daysAgo: 790 },
  { title: 'Caso archivado de 2024 (retención) II', daysAgo: 760 },
  // Closed 717 days ago: its two-year term ends within the next 30 days.
  { title: 'Caso archivado de 2024 (retención) III', daysAgo: 720 },
];
const PATH = ['send', 'acknowledge', 'accept', 'start', 'close'] as ReferralAction[];

/**
 * What the retention screen (/admin/retention) shows an agency admin: PNC's admin has set its own term for closed
 * referrals (through the service, audited), and three of its referrals to FGR closed long ago: two past the term
 * (the next nightly sweep anonymises them), one due within 30 days. Demo mode only.
 */
export async function seedDemoRetention(em: EntityManager, services: DemoServices, logger: Logger): Promise<void> {
  const admin = await contextOf(em, demoEmail(Role.AGENCY_ADMIN, DEMO_RETENTION_AGENCY), services, logger);
  await setAgencyRetentionTerm(admin, AgencyRetentionKind.CLOSED_REFERRALS, DEMO_RETENTION_DAYS);
  const mechanism = await em.findOneOrFail(Mechanism, { countries: 'GT' });
  const sender = await contextOf(em, demoEmail(Role.LIAISON_OFFICER, DEMO_RETENTION_AGENCY), services, logger);
  const receiver = await contextOf(em, demoEmail(Role.LIAISON_OFFICER, 'mx-fgr'), services, logger);
  const receivingAgency = (await em.findOneOrFail(User, { email: demoEmail(Role.LIAISON_OFFICER, 'mx-fgr') })).agency;
  for (const archived of ARCHIVED) {
    const draft = await createReferralDraft(sender, {
      receivingAgencyId: receivingAgency.id,
      mechanismId: mechanism.id,
      category: 'SMUGGLING_INCIDENT',
      urgency: 'ROUTINE',
      title: archived.title,
      narrative: 'Remisión de demostración cerrada hace tiempo; no describe a ninguna persona real.',
      handlingCode: 'H1',
      sourceReliability: 'B',
      informationAccuracy: 2,
      persons: [{ role: 'SMUGGLED_MIGRANT', givenNames: 'Juan Carlos', familyNames: 'Pérez', estimatedAge: 31 }],
      // The GraphQL input class is internal to the referrals module; this literal has its shape.
    } as unknown as Parameters<typeof createReferralDraft>[1]);
    for (const action of PATH)
      await transitionReferral(action === 'send' ? sender : receiver, {
        referralId: draft.id,
        action,
        outcome: action === 'close' ? ReferralOutcome.INFORMATION_PROVIDED : undefined,
      });
    await backdate(em, draft.id, archived.daysAgo, 1);
  }
  logger.info({ referrals: ARCHIVED.length }, 'demo retention loaded');
}
