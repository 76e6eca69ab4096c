import type { RequestContext } from '../../platform/context';
import { assertCan } from '../../platform/authz/forbidden';
import { badInput, unauthenticated } from '../../platform/graphql/errors';
import { inUnitOfWork } from '../../platform/orm/unit-of-work';
import {
  INDICATOR_CATEGORY,
  SCREENING_FORM_VERSION,
  screeningLevel,
  type Screening,
  type ScreeningAnswer,
  type ScreeningConclusion,
} from './screening.form';
import { openPersonalData, sealPersonalData } from './survivor-sealing';
import { SurvivorVulnerability } from './survivor.enums';
import type { Survivor } from './survivor.entity';
import { getReadableSurvivor } from './survivor.service';

export interface ScreeningRecord {
  answers: ScreeningAnswer[];
  conclusion: ScreeningConclusion;
  conclusionNotes: string;
  place?: string | null;
}

const CHILD = [SurvivorVulnerability.CHILD, SurvivorVulnerability.UNACCOMPANIED_OR_SEPARATED_CHILD];

/**
 * The assigned case worker (or supervisor) records a trafficking-indicator screening: every indicator of the
 * form answered once, the level computed from the answers (screeningLevel), and the case worker's conclusion with
 * their reasons (required). It is sealed into the survivor's personal data like the rest; the audit trail notes
 * that a screening was recorded, not what it found.
 */
export async function recordScreening(context: RequestContext, survivorId: string, input: ScreeningRecord) {
  const actor = context.actor;
  if (!actor) throw unauthenticated();
  const problems = screeningProblems(input);
  if (Object.keys(problems).length > 0) throw badInput(problems);
  return inUnitOfWork(context, async (em) => {
    const survivor: Survivor = await getReadableSurvivor(em, context.ability, survivorId, { lockForUpdate: true });
    assertCan(context.ability, 'screen', survivor, 'Survivor');
    const child = survivor.vulnerabilities.some((value) => CHILD.includes(value));
    const screening = screeningOf(actor.id, input, child);
    const data = openPersonalData(context.config.encryption, survivor);
    sealPersonalData(context.config.encryption, survivor, {
      ...data,
      screenings: [...(data.screenings ?? []), screening],
    });
    await em.flush();
    await context.audit.record(em, {
      action: 'survivor.screening.record',
      entityType: 'Survivor',
      entityId: survivor.id,
      ownerAgencyId: survivor.holdingAgency.id,
      details: { code: survivor.code, formVersion: SCREENING_FORM_VERSION },
    });
    return survivor;
  });
}

/** What is wrong with a completed screening form, by input path (empty when nothing is). */
export function screeningProblems(input: ScreeningRecord, prefix = 'input'): Record<string, string> {
  const problems: Record<string, string> = {};
  const indicators = input.answers.map((item) => item.indicator);
  const missing = Object.keys(INDICATOR_CATEGORY).filter((indicator) => !indicators.includes(indicator as never));
  if (missing.length > 0 || new Set(indicators).size !== indicators.length)
    problems[`${prefix}.answers`] = 'error.protection.screening.answerEveryIndicator';
  if (input.answers.some((item) => (item.notes?.trim().length ?? 0) > 500))
    problems[`${prefix}.answers`] = 'error.protection.screening.tooLongText';
  const notes = input.conclusionNotes.trim();
  if (notes.length < 10) problems[`${prefix}.conclusionNotes`] = 'error.protection.screening.conclusionRequired';
  if (notes.length > 2000) problems[`${prefix}.conclusionNotes`] = 'error.protection.screening.tooLongText';
  const place = input.place?.trim() || null;
  if (place && place.length > 200) problems[`${prefix}.place`] = 'error.protection.screening.tooLongText';
  return problems;
}

/** The screening as stored: answers trimmed, the level computed from them (screeningLevel). */
export function screeningOf(screenedBy: string, input: ScreeningRecord, child: boolean): Screening {
  const notes = input.conclusionNotes.trim();
  const place = input.place?.trim() || null;
  return {
    formVersion: SCREENING_FORM_VERSION,
    answers: input.answers.map((item) => ({
      indicator: item.indicator,
      answer: item.answer,
      notes: item.notes?.trim() || null,
    })),
    level: screeningLevel(input.answers, child),
    conclusion: input.conclusion,
    conclusionNotes: notes,
    place,
    screenedBy,
    screenedAt: new Date().toISOString(),
  };
}
