import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, Mechanism } from '../modules/identity';
import { checkIdentity, registerIdentityRecord } from '../modules/identity-checks';
import { Role } from '../platform/authz/roles';
import type { Logger } from '../platform/logging/logger';
import { contextOf, type DemoServices } from './demo-referrals';
import { demoEmail } from './demo-seed';

/**
 * Hit/no-hit checks in the mechanism Mexico's FGR and INM share: FGR registered a victim it protects and a stolen
 * Guatemalan passport; an INM liaison officer checks both at the border (a hit and a possible match), so FGR's
 * liaison officers have two notices in their mail.
 */
export async function seedDemoIdentityChecks(em: EntityManager, services: DemoServices, logger: Logger) {
  const fgr = await em.findOneOrFail(Agency, { acronym: 'FGR' });
  const inm = await em.findOneOrFail(Agency, { acronym: 'INM' });
  const mechanism = await em.findOne(Mechanism, {
    $and: [{ memberAgencies: { $some: { id: fgr.id } } }, { memberAgencies: { $some: { id: inm.id } } }],
  });
  if (!mechanism) return;
  const fgrOfficer = await contextOf(em, demoEmail(Role.LIAISON_OFFICER, 'mx-fgr'), services, logger);
  const inmOfficer = await contextOf(em, demoEmail(Role.LIAISON_OFFICER, 'mx-inm'), services, logger);
  const person = { familyNames: 'Hernández de León', givenNames: 'Rosa Amalia', dateOfBirth: '1999-08-21' };
  await registerIdentityRecord(fgrOfficer, { mechanismId: mechanism.id, reference: 'FGR-FEVIMTRA-2026-031', person });
  await registerIdentityRecord(fgrOfficer, {
    mechanismId: mechanism.id,
    reference: 'FGR-DOC-2026-112',
    document: { number: 'P-2039 4411', issuingCountry: 'GT' },
  });
  await checkIdentity(inmOfficer, {
    mechanismId: mechanism.id,
    purpose: 'Control migratorio en Ciudad Hidalgo: documento presentado con indicios de alteración',
    document: { number: 'P20394411', issuingCountry: 'GT' },
  });
  await checkIdentity(inmOfficer, {
    mechanismId: mechanism.id,
    purpose: 'Entrevista de primera línea en Ciudad Hidalgo',
    person: { familyNames: 'Hernández', givenNames: 'Rosa', dateOfBirth: '1999-08-21' },
  });
}
