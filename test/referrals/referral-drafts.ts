import { ReferralCategory, ReferralUrgency, HandlingCode } from '../../server/src/modules/referrals';
import { PersonSex, ReferralPersonRole, SourceReliability } from '../../server/src/modules/referrals/referral.enums';
import type { ReferralDraftInput } from '../../server/src/modules/referrals/referral.inputs';
import type { ReferralWorld } from './referral-world';

/** A plausible draft from the GT border police to the MX migration authority; override what a test is about. */
export function draftInput(world: ReferralWorld, overrides: Partial<ReferralDraftInput> = {}): ReferralDraftInput {
  return {
    receivingAgencyId: world.agencies.receiver.id,
    mechanismId: world.mechanism.id,
    category: ReferralCategory.SMUGGLING_INCIDENT,
    urgency: ReferralUrgency.URGENT,
    title: 'Camión con 23 migrantes interceptado cerca del puente',
    narrative: 'El conductor declaró que el grupo sería entregado a un contacto en Ciudad Hidalgo.',
    incidentDate: '2026-11-20',
    crossingPointId: world.crossingPoint.id,
    handlingCode: HandlingCode.H1,
    sourceReliability: SourceReliability.B,
    informationAccuracy: 2,
    persons: [
      {
        role: ReferralPersonRole.SUSPECTED_SMUGGLER,
        givenNames: 'Juan Carlos',
        familyNames: 'Pérez López',
        aliases: ['El Flaco'],
        sex: PersonSex.MALE,
        estimatedAge: 35,
        nationality: 'GT',
        identityDocuments: [{ kind: 'NATIONAL_ID', number: '1234 56789 0101', issuingCountry: 'GT' }],
        phones: ['+502 5555 0101'],
        vehicles: [{ plate: 'C-123ABC', description: 'Camión blanco' }],
      },
      { role: ReferralPersonRole.SMUGGLED_MIGRANT, estimatedAge: 16, nationality: 'HN', sex: PersonSex.FEMALE },
    ],
    ...overrides,
  };
}
