import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency } from '../modules/identity';
import { acceptProtectionReferral, referToProtection, ScreeningIndicator } from '../modules/protection';
import { Role } from '../platform/authz/roles';
import type { Logger } from '../platform/logging/logger';
import { contextOf, type DemoServices } from './demo-referrals';
import { demoEmail } from './demo-seed';

const YES = ['DECEIVED_ABOUT_WORK', 'FORCED_SEX_WORK', 'DOCUMENTS_CONFISCATED', 'TRAVEL_ARRANGED_BY_OTHERS'];

/**
 * Referrals to protection from the Peñas Blancas border post (DGME liaison officer) to PANI, through the service:
 * one PANI accepted (a survivor record opened), one still waiting for an answer. Fictional people.
 */
export async function seedDemoProtectionReferrals(em: EntityManager, services: DemoServices, logger: Logger) {
  const officer = await contextOf(em, demoEmail(Role.LIAISON_OFFICER, 'cr-dgme'), services, logger);
  const worker = await contextOf(em, demoEmail(Role.CASE_WORKER, 'cr-pani'), services, logger);
  const pani = await em.findOneOrFail(Agency, { id: worker.actor!.agencyId });
  const people = [
    { givenNames: 'Yessenia', estimatedAge: 24, note: 'Espera en la oficina de migración.' },
    {
      givenNames: 'Keila',
      estimatedAge: 19,
      note: 'Viaja con una mujer que dice ser su tía; no quiere volver con ella.',
    },
  ];
  const sent = [];
  for (const person of people)
    sent.push(
      await referToProtection(officer, {
        recipientAgencyId: pani.id,
        person: {
          givenNames: person.givenNames,
          estimatedAge: person.estimatedAge,
          sex: 'FEMALE' as never,
          nationality: 'NI',
          languages: ['es'],
          currentLocation: 'Puesto fronterizo Peñas Blancas, oficina de migración',
        },
        screening: {
          answers: Object.values(ScreeningIndicator).map((indicator) => ({
            indicator,
            answer: YES.includes(indicator) ? 'YES' : 'UNKNOWN',
          })) as never,
          conclusion: 'POSSIBLE_VICTIM_REFER' as never,
          conclusionNotes: 'Le ofrecieron trabajo en un restaurante; le quitaron el pasaporte al cruzar.',
          place: 'Peñas Blancas',
        },
        consent: {
          method: 'VERBAL_WITH_WITNESS' as never,
          givenBy: 'PERSON' as never,
          language: 'es',
          witness: 'Oficial de turno, DGME',
        },
        note: person.note,
      }),
    );
  await acceptProtectionReferral(worker, sent[0]!.id);
  logger.info({ referralsToProtection: sent.length }, 'demo referrals to protection loaded');
}
