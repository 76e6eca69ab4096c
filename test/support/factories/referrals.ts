import type { MikroORM } from '@mikro-orm/postgresql';
import {
  createReferralDraft,
  HandlingCode,
  REFERRAL_TRANSITIONS,
  ReferralAction,
  ReferralCategory,
  ReferralOutcome,
  ReferralSide,
  ReferralStatus,
  ReferralUrgency,
  transitionReferral,
} from '../../../server/src/modules/referrals';
import { PersonSex, ReferralPersonRole, SourceReliability } from '../../../server/src/modules/referrals/referral.enums';
import type { ReferralDraftInput } from '../../../server/src/modules/referrals/referral.inputs';
import type { BorderWorld } from './border-world';
import { contextFor } from './contexts';

/** A plausible draft from the world's GT border police to its MX migration authority; override what a test is about. */
export function draftInput(world: BorderWorld, overrides: Partial<ReferralDraftInput> = {}): ReferralDraftInput {
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

/** A draft written by the world's sending liaison officer, through the real service. */
export async function aDraft(orm: MikroORM, world: BorderWorld, overrides: Partial<ReferralDraftInput> = {}) {
  return createReferralDraft(contextFor(orm, world.users.senderOfficer), draftInput(world, overrides));
}

/**
 * A referral from the world's sender to its receiver, taken through `steps` by the right side's liaison
 * officer with the real service (deadlines, transitions, events and audit as in production); returns its id.
 */
export async function referralAfter(
  orm: MikroORM,
  world: BorderWorld,
  steps: readonly ReferralAction[],
  overrides: Partial<ReferralDraftInput> = {},
): Promise<string> {
  const draft = await aDraft(orm, world, overrides);
  for (const action of steps) {
    const rule = REFERRAL_TRANSITIONS.find((candidate) => candidate.action === action)!;
    const who = rule.side === ReferralSide.SENDER ? world.users.senderOfficer : world.users.receiverOfficer;
    await transitionReferral(contextFor(orm, who), {
      referralId: draft.id,
      action,
      reason: rule.requires === 'reason' ? 'Sin competencia sobre esta ruta' : null,
      outcome: rule.requires === 'outcome' ? ReferralOutcome.ARRESTS_MADE : null,
    });
  }
  return draft.id;
}

/** The shortest list of steps from a draft to `status`, found in the lifecycle table itself. */
export function stepsTo(status: ReferralStatus): ReferralAction[] {
  const paths = new Map<ReferralStatus, ReferralAction[]>([[ReferralStatus.DRAFT, []]]);
  const queue = [ReferralStatus.DRAFT];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const rule of REFERRAL_TRANSITIONS) {
      if (!rule.from.includes(from) || paths.has(rule.to)) continue;
      paths.set(rule.to, [...paths.get(from)!, rule.action]);
      queue.push(rule.to);
    }
  }
  const steps = paths.get(status);
  if (!steps) throw new Error(`no way from a draft to ${status} in the lifecycle`);
  return steps;
}

/** A referral brought to `status` through the real services, e.g. `referralIn(orm, world, 'ACKNOWLEDGED')`. */
export async function referralIn(
  orm: MikroORM,
  world: BorderWorld,
  status: ReferralStatus | `${ReferralStatus}`,
  overrides: Partial<ReferralDraftInput> = {},
): Promise<string> {
  return referralAfter(orm, world, stepsTo(status as ReferralStatus), overrides);
}

/** Common step lists. */
export const SENT = [ReferralAction.SEND] as const;
export const ACKNOWLEDGED = [ReferralAction.SEND, ReferralAction.ACKNOWLEDGE] as const;
