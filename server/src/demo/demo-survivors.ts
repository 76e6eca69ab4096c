import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../modules/identity';
import {
  assignSurvivorCase,
  closeSurvivorCase,
  registerSurvivor,
  SurvivorClosureReason,
  type Survivor,
} from '../modules/protection';
import { seedDemoProtectionServices } from './demo-protection-services';
import { seedDemoProtectionStatistics } from './demo-protection-statistics';
import { Role } from '../platform/authz/roles';
import type { Logger } from '../platform/logging/logger';
import { contextOf, type DemoServices } from './demo-referrals';
import { demoEmail } from './demo-seed';

type SurvivorInput = Parameters<typeof registerSurvivor>[1];

/** Fictional survivors, registered through the protection service itself (codes, encryption, audit). */
const DEMO_SURVIVORS: { agency: string; supervised: boolean; closed?: boolean; input: Record<string, unknown> }[] = [
  {
    agency: 'cr-pani',
    supervised: true,
    input: {
      givenNames: 'Yahoska Isabel',
      familyNames: 'Mairena Ruiz',
      estimatedAge: 16,
      sex: 'FEMALE',
      nationality: 'NI',
      languages: ['es'],
      identityDocuments: [{ kind: 'BIRTH_CERTIFICATE', number: 'NI-2010-448812', issuingCountry: 'NI' }],
      currentLocation: 'Albergue del PANI, Liberia',
      vulnerabilities: ['CHILD', 'UNACCOMPANIED_OR_SEPARATED_CHILD'],
      exploitations: [
        { kind: 'SEXUAL_EXPLOITATION', countryCode: 'CR', place: 'La Cruz, Guanacaste', startedOn: '2026-06-01' },
      ],
    },
  },
  {
    agency: 'cr-pani',
    supervised: true,
    input: {
      givenNames: 'Darwin',
      familyNames: 'Castillo Obando',
      dateOfBirth: '1998-04-11',
      sex: 'MALE',
      nationality: 'NI',
      languages: ['es', 'miq'],
      identityDocuments: [{ kind: 'NATIONAL_ID', number: '161-110498-0002K', issuingCountry: 'NI' }],
      phones: ['+506 7012 3344'],
      vulnerabilities: ['MEDICAL_NEEDS'],
      exploitations: [
        {
          kind: 'FORCED_LABOUR',
          countryCode: 'CR',
          place: 'Finca piñera, Upala',
          startedOn: '2025-11-01',
          endedOn: '2026-08-20',
        },
      ],
    },
  },
  {
    agency: 'cr-pani',
    supervised: false,
    input: {
      givenNames: 'Wendy',
      aliases: ['La Flaca'],
      estimatedAge: 22,
      sex: 'FEMALE',
      genderIdentity: 'mujer trans',
      nationality: 'HN',
      languages: ['es'],
      vulnerabilities: ['LGBTIQ'],
      exploitations: [{ kind: 'AGGRAVATED_SMUGGLING', countryCode: 'NI', place: 'Frontera de Peñas Blancas' }],
    },
  },
  {
    agency: 'cr-pani',
    supervised: false,
    closed: true,
    input: { givenNames: 'Ana Lucía', estimatedAge: 30, sex: 'FEMALE', nationality: 'VE', languages: ['es'] },
  },
  {
    agency: 'gt-svet',
    supervised: true,
    input: {
      givenNames: 'Ixchel',
      familyNames: 'Tzul Chávez',
      estimatedAge: 15,
      sex: 'FEMALE',
      nationality: 'GT',
      languages: ['quc', 'es'],
      vulnerabilities: ['CHILD', 'PREGNANCY'],
      exploitations: [{ kind: 'FORCED_MARRIAGE', countryCode: 'GT', place: 'Totonicapán' }],
    },
  },
  {
    agency: 'co-icbf',
    supervised: false,
    input: {
      givenNames: 'Yorgelis',
      estimatedAge: 17,
      sex: 'FEMALE',
      nationality: 'VE',
      languages: ['es'],
      vulnerabilities: ['CHILD'],
      exploitations: [{ kind: 'FORCED_CRIMINALITY', countryCode: 'CO', place: 'Cúcuta' }],
    },
  },
  {
    // Came to Fundación Rahab's shelter on her own; Rahab refers her to PANI (demo-protection-services.ts).
    agency: 'cr-rahab',
    supervised: false,
    input: {
      givenNames: 'Keylin',
      familyNames: 'Obando Ruiz',
      estimatedAge: 16,
      sex: 'FEMALE',
      nationality: 'NI',
      languages: ['es'],
      vulnerabilities: ['CHILD', 'UNACCOMPANIED_OR_SEPARATED_CHILD'],
      exploitations: [{ kind: 'DOMESTIC_SERVITUDE', countryCode: 'CR', place: 'Heredia' }],
    },
  },
  {
    // Wants to go home to a place assessed not safe: his return referral waits for PANI's supervisor
    // (demo-durable-solutions.ts). Last here (the referrals index this list), yet registered before the
    // referral-opened record, so fifth in PANI's codes.
    agency: 'cr-pani',
    supervised: true,
    input: {
      givenNames: 'Marvin',
      familyNames: 'Rocha Téllez',
      estimatedAge: 34,
      sex: 'MALE',
      nationality: 'NI',
      languages: ['es'],
    },
  },
];

export async function seedDemoSurvivors(em: EntityManager, services: DemoServices, logger: Logger): Promise<void> {
  const registered: Survivor[] = [];
  for (const demo of DEMO_SURVIVORS) {
    const worker = await contextOf(em, demoEmail(Role.CASE_WORKER, demo.agency), services, logger);
    const survivor = await registerSurvivor(worker, demo.input as unknown as SurvivorInput);
    registered.push(survivor);
    if (demo.supervised) {
      const supervisorEmail = demoEmail(Role.PROTECTION_SUPERVISOR, demo.agency);
      const supervisor = await em.findOneOrFail(User, { email: supervisorEmail });
      await assignSurvivorCase(await contextOf(em, supervisorEmail, services, logger), {
        survivorId: survivor.id,
        caseWorkerId: worker.actor!.id,
        supervisorId: supervisor.id,
      });
    }
    if (demo.closed)
      await closeSurvivorCase(
        await contextOf(em, demoEmail(Role.CASE_WORKER, demo.agency), services, logger),
        survivor.id,
        SurvivorClosureReason.DURABLE_SOLUTION,
      );
  }
  logger.info({ survivors: DEMO_SURVIVORS.length }, 'demo survivors loaded');
  await seedDemoProtectionServices(em, services, logger, registered);
  await seedDemoProtectionStatistics(em, services, logger);
}
