import type { EntityManager } from '@mikro-orm/postgresql';
import { createDutyContact } from '../modules/coordination';
import { CrossingPoint, Mechanism } from '../modules/identity';
import { Role } from '../platform/authz/roles';
import type { Logger } from '../platform/logging/logger';
import { contextOf, type DemoServices } from './demo-referrals';
import { demoEmail } from './demo-seed';

interface DemoLine {
  agency: string;
  crossingPoint?: string;
  deskName: string;
  officerName?: string;
  timeZone: string;
  /** Around the clock, or [ISO days, "HH:MM", "HH:MM"]. */
  hours: 'always' | [number[], string, string];
  languages: string[];
  phone: string;
  radioChannel?: string;
  email?: string;
  secureChannel?: string;
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/** Fictional 24/7 desks of the Guatemala–Mexico and the triple-border mechanisms (phone numbers are not real). */
const DEMO_ROSTER: { country: string; lines: DemoLine[] }[] = [
  {
    country: 'GT',
    lines: [
      {
        agency: 'gt-igm',
        crossingPoint: 'Tecún Umán–Ciudad Hidalgo',
        deskName: 'Guardia migratoria Tecún Umán',
        timeZone: 'America/Guatemala',
        hours: 'always',
        languages: ['es'],
        phone: '+502 7700 0000',
        radioChannel: 'Canal 7 (VHF)',
        email: 'guardia.tecun@igm.example',
      },
      {
        agency: 'mx-inm',
        crossingPoint: 'Tecún Umán–Ciudad Hidalgo',
        deskName: 'Oficina de enlace INM Ciudad Hidalgo',
        officerName: 'Oficial de guardia',
        timeZone: 'America/Mexico_City',
        hours: [WEEKDAYS, '07:00', '19:00'],
        languages: ['es', 'en'],
        phone: '+52 962 000 0000',
        secureChannel: 'Signal: Enlace INM-IGM',
      },
      {
        agency: 'mx-inm',
        deskName: 'Turno nocturno INM Chiapas',
        timeZone: 'America/Mexico_City',
        hours: [EVERY_DAY, '19:00', '07:00'],
        languages: ['es'],
        phone: '+52 962 000 0001',
      },
      {
        agency: 'mx-dif',
        deskName: 'Procuraduría de protección de niñas, niños y adolescentes',
        timeZone: 'America/Mexico_City',
        hours: 'always',
        languages: ['es'],
        phone: '+52 962 000 0002',
        email: 'guardia.proteccion@dif.example',
      },
    ],
  },
  {
    country: 'PY',
    lines: [
      {
        agency: 'br-pf',
        crossingPoint: 'Ponte da Amizade (Foz do Iguaçu–Ciudad del Este)',
        deskName: 'Plantão da Polícia Federal na Ponte da Amizade',
        timeZone: 'America/Sao_Paulo',
        hours: 'always',
        languages: ['pt', 'es'],
        phone: '+55 45 0000 0000',
        radioChannel: 'Canal 3',
      },
      {
        agency: 'py-mig',
        crossingPoint: 'Ponte da Amizade (Foz do Iguaçu–Ciudad del Este)',
        deskName: 'Guardia de Migraciones Ciudad del Este',
        timeZone: 'America/Asuncion',
        hours: [EVERY_DAY, '06:00', '22:00'],
        languages: ['es', 'pt'],
        phone: '+595 61 000 000',
      },
      {
        agency: 'ar-gen',
        crossingPoint: 'Puente Tancredo Neves (Puerto Iguazú–Foz do Iguaçu)',
        deskName: 'Guardia de Gendarmería Puerto Iguazú',
        timeZone: 'America/Argentina/Buenos_Aires',
        hours: 'always',
        languages: ['es'],
        phone: '+54 3757 00 0000',
        secureChannel: 'Signal: Triple Frontera guardias',
      },
    ],
  },
];

/** Each line is written by its agency's admin, as in the product. */
export async function seedDemoRoster(em: EntityManager, services: DemoServices, logger: Logger): Promise<void> {
  let lines = 0;
  for (const roster of DEMO_ROSTER) {
    const mechanism = await em.findOneOrFail(Mechanism, { countries: roster.country });
    for (const line of roster.lines) {
      const admin = await contextOf(em, demoEmail(Role.AGENCY_ADMIN, line.agency), services, logger);
      const point = line.crossingPoint
        ? await em.findOneOrFail(CrossingPoint, { mechanism: mechanism.id, name: line.crossingPoint })
        : null;
      await createDutyContact(admin, mechanism.id, {
        crossingPointId: point?.id ?? null,
        deskName: line.deskName,
        officerName: line.officerName ?? null,
        timeZone: line.timeZone,
        alwaysOn: line.hours === 'always',
        days: line.hours === 'always' ? [] : line.hours[0],
        from: line.hours === 'always' ? null : line.hours[1],
        until: line.hours === 'always' ? null : line.hours[2],
        languages: line.languages,
        phone: line.phone,
        radioChannel: line.radioChannel ?? null,
        email: line.email ?? null,
        secureChannel: line.secureChannel ?? null,
      });
      lines += 1;
    }
  }
  logger.info({ lines }, 'demo roster loaded');
}
