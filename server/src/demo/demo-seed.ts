import { hash } from '@node-rs/argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, AgencyKind, Country, CrossingPoint, Mechanism, MechanismKind, User } from '../modules/identity';
import { Role } from '../platform/authz/roles';
import type { Logger } from '../platform/logging/logger';
import { DEMO_AGENCIES, DEMO_COUNTRIES, DEMO_MECHANISMS, type DemoAgency } from './demo-directory';

/** The one password of every demo account; documented in the README. Demo mode only. */
export const DEMO_PASSWORD = 'Enlace-Demo-2026';
export const DEMO_EMAIL_DOMAIN = 'demo.enlace.example';

const FIRST_NAMES = [
  'Ana',
  'Luis',
  'María',
  'Jorge',
  'Carmen',
  'Diego',
  'Lucía',
  'Andrés',
  'Rosa',
  'Pablo',
  'Elena',
  'Tomás',
];
const LAST_NAMES = ['Morales', 'Quispe', 'Herrera', 'Castillo', 'Rojas', 'Silva', 'Mendoza', 'Vargas', 'Ortiz', 'Cruz'];

/** Agencies whose staff work with survivors: they get a case worker account. */
const CASEWORK_AGENCIES: readonly AgencyKind[] = [
  AgencyKind.PROTECTION_SERVICES,
  AgencyKind.INTERNATIONAL_ORGANISATION,
  AgencyKind.NGO_SERVICE_PROVIDER,
  AgencyKind.HEALTH_SERVICES,
];

/** Which demo accounts an agency gets: every agency has liaison, admin and auditor; some have more. */
function rolesFor(agency: DemoAgency, secretariats: Set<string>): Role[] {
  const roles = [Role.LIAISON_OFFICER, Role.AGENCY_ADMIN, Role.AUDITOR];
  if (CASEWORK_AGENCIES.includes(agency.kind)) roles.push(Role.CASE_WORKER);
  if (agency.kind === AgencyKind.PROTECTION_SERVICES) roles.push(Role.PROTECTION_SUPERVISOR);
  if (secretariats.has(agency.key)) roles.push(Role.SECRETARIAT);
  return roles;
}

export function demoEmail(role: Role, agencyKey: string): string {
  return `${role.toLowerCase().replace(/_/g, '-')}.${agencyKey}@${DEMO_EMAIL_DOMAIN}`;
}

/**
 * Loads the demo directory (countries, agencies, mechanisms, one account per role per agency) into an empty
 * database. Does nothing if any country exists, so it never mixes with real data.
 */
export async function seedDemoData(em: EntityManager, logger: Logger): Promise<boolean> {
  if ((await em.count(Country, {})) > 0) return false;
  const passwordHash = await hash(DEMO_PASSWORD);
  await em.transactional(async (tx) => {
    const countries = new Map<string, Country>(
      DEMO_COUNTRIES.map((c) => [
        c.code,
        tx.create(Country, {
          code: c.code,
          names: { es: c.es, en: c.en, pt: c.pt, fr: c.fr },
          defaultLocale: c.locale,
          timeZone: c.zone,
        }),
      ]),
    );
    const agencies = new Map<string, Agency>(
      DEMO_AGENCIES.map((a) => [
        a.key,
        tx.create(Agency, { country: countries.get(a.country)!, kind: a.kind, name: a.name, acronym: a.acronym }),
      ]),
    );
    const secretariats = new Set(DEMO_MECHANISMS.map((m) => m.secretariat));
    let person = 0;
    for (const agency of DEMO_AGENCIES) {
      const zone = DEMO_COUNTRIES.find((c) => c.code === agency.country)!;
      for (const role of rolesFor(agency, secretariats)) {
        const name = `${FIRST_NAMES[person % FIRST_NAMES.length]} ${LAST_NAMES[(person * 7) % LAST_NAMES.length]}`;
        person += 1;
        tx.create(User, {
          agency: agencies.get(agency.key)!,
          email: demoEmail(role, agency.key),
          name,
          locale: zone.locale,
          timeZone: zone.zone,
          roles: [role],
          passwordHash,
        });
      }
    }
    tx.create(User, {
      agency: agencies.get('cr-oim')!,
      email: `platform-admin@${DEMO_EMAIL_DOMAIN}`,
      name: 'Sofía Jiménez',
      timeZone: 'America/Costa_Rica',
      roles: [Role.PLATFORM_ADMIN],
      passwordHash,
    });
    // The region's statistician (figures only, after disclosure control): the demo referrals give the figures.
    tx.create(User, {
      agency: agencies.get('cr-oim')!,
      email: `statistician@${DEMO_EMAIL_DOMAIN}`,
      name: 'Lucía Araya',
      timeZone: 'America/Costa_Rica',
      roles: [Role.STATISTICIAN],
      passwordHash,
    });
    for (const m of DEMO_MECHANISMS) {
      const mechanism = tx.create(Mechanism, {
        kind: MechanismKind[m.kind],
        names: { es: m.es, en: m.en },
        secretariatAgency: agencies.get(m.secretariat)!,
      });
      mechanism.countries.set(m.countries.map((code) => countries.get(code)!));
      mechanism.memberAgencies.set(m.members.map((key) => agencies.get(key)!));
      for (const point of m.crossingPoints) tx.create(CrossingPoint, { mechanism, ...point });
    }
  });
  logger.info(
    { countries: DEMO_COUNTRIES.length, agencies: DEMO_AGENCIES.length, mechanisms: DEMO_MECHANISMS.length },
    'demo data loaded',
  );
  return true;
}
