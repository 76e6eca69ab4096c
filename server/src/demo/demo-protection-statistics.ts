import type { EntityManager } from '@mikro-orm/postgresql';
import { registerSurvivor } from '../modules/protection';
import { Role } from '../platform/authz/roles';
import type { Logger } from '../platform/logging/logger';
import { contextOf, type DemoServices } from './demo-referrals';
import { demoEmail } from './demo-seed';

type SurvivorInput = Parameters<typeof registerSurvivor>[1];

const SEXES = ['FEMALE', 'FEMALE', 'MALE', 'FEMALE', 'MALE', 'FEMALE', 'UNKNOWN'];
const AGES = [15, 22, 27, 34, 16, 41, 19, 25, 31, 12, 50, 29];
const NATIONALITIES = ['NI', 'VE', 'NI', 'HT', 'CO', 'NI', 'VE', 'CU'];
const KINDS = [
  ['SEXUAL_EXPLOITATION'],
  ['FORCED_LABOUR'],
  ['SEXUAL_EXPLOITATION', 'EXTORTION'],
  ['AGGRAVATED_SMUGGLING'],
  ['FORCED_LABOUR', 'DOMESTIC_SERVITUDE'],
  ['SEXUAL_EXPLOITATION'],
];

/**
 * Survivors registered over the last six months by the IOM office and La Alianza, with no name or contact and no
 * personal detail beyond sex, age, nationality and kind of exploitation: enough records for the protection
 * figures of the region and of Costa Rica to pass disclosure control. Registered through the protection service
 * (codes, sealing, the de-identified statistic columns), then moved back in time. Demo mode only.
 */
export async function seedDemoProtectionStatistics(
  em: EntityManager,
  services: DemoServices,
  logger: Logger,
): Promise<void> {
  let made = 0;
  for (const [agency, count] of [
    ['cr-oim', 36],
    ['gt-alianza', 14],
  ] as const) {
    const worker = await contextOf(em, demoEmail(Role.CASE_WORKER, agency), services, logger);
    for (let i = 0; i < count; i++) {
      const survivor = await registerSurvivor(worker, {
        estimatedAge: AGES[i % AGES.length],
        sex: SEXES[i % SEXES.length],
        nationality: NATIONALITIES[i % NATIONALITIES.length],
        exploitations: KINDS[i % KINDS.length]!.map((kind) => ({
          kind,
          countryCode: agency.slice(0, 2).toUpperCase(),
        })),
      } as unknown as SurvivorInput);
      await em
        .getConnection()
        .execute(`update survivor set registered_at = registered_at - make_interval(days => ?) where id = ?`, [
          3 + ((i * 29) % 170),
          survivor.id,
        ]);
      made += 1;
    }
  }
  logger.info({ survivors: made }, 'demo protection statistics survivors loaded');
}
