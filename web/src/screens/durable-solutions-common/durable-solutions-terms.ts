import type { TFunction } from 'i18next';
import { translateApiError, type ApiErrorMessage } from '../../api/translate-api-error';
import { browserToday } from '../../dates/day-bounds';
import { formatDay } from '../../dates/format-date-time';
import type { Language } from '../../i18n/languages';
import type {
  CriterionStatus,
  DurableCriterion,
  DurableSolution,
  ProtectionService,
  ReturnRisk,
} from '../../gql/graphql';

/** Today's date (YYYY-MM-DD) as the officer's calendar shows it, for the forms' date fields. */
export const today = browserToday;

export const SOLUTIONS: DurableSolution[] = ['VOLUNTARY_RETURN', 'LOCAL_INTEGRATION', 'RESETTLEMENT'];
export const CRITERION_STATUSES: CriterionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'MET', 'NOT_APPLICABLE'];

export const CRITERIA: DurableCriterion[] = [
  'SAFETY_AND_SECURITY',
  'STANDARD_OF_LIVING',
  'LIVELIHOODS',
  'HOUSING_LAND_PROPERTY',
  'DOCUMENTATION',
  'FAMILY_REUNIFICATION',
  'PUBLIC_AFFAIRS',
  'REMEDIES_AND_JUSTICE',
];
/** What the receiving organisation assesses unless the sender chooses otherwise (as the server's default). */
export const REINTEGRATION_CRITERIA: DurableCriterion[] = [
  'STANDARD_OF_LIVING',
  'LIVELIHOODS',
  'HOUSING_LAND_PROPERTY',
  'DOCUMENTATION',
  'FAMILY_REUNIFICATION',
];
export const RETURN_RISKS: ReturnRisk[] = ['SAFE', 'SAFE_WITH_CONDITIONS', 'NOT_SAFE'];
export const PURPOSES: ProtectionService[] = [
  'SAFE_SHELTER',
  'MEDICAL_CARE',
  'PSYCHOSOCIAL_SUPPORT',
  'LEGAL_AID',
  'DOCUMENTATION',
  'FAMILY_TRACING',
  'INTERPRETATION',
  'EDUCATION',
  'LIVELIHOOD',
];
/** The survivor's fields a solution referral may carry, with the label key of each (protection catalogue). */
export const SHARED_FIELDS = {
  givenNames: 'givenNames',
  familyNames: 'familyNames',
  aliases: 'aliases',
  dateOfBirth: 'dateOfBirth',
  estimatedAge: 'estimatedAge',
  sex: 'sex',
  genderIdentity: 'genderIdentity',
  nationality: 'nationality',
  languages: 'languages',
  identityDocuments: 'documents',
  phones: 'phones',
  email: 'email',
  currentLocation: 'currentLocation',
  exploitations: 'exploitations',
} as const;
export type SharedFieldName = keyof typeof SHARED_FIELDS;
export const fieldLabelKey = (field: string) => `protection.field.${SHARED_FIELDS[field as SharedFieldName] ?? field}`;

const PREFIX = 'error.durableSolutions.';

/** The module's message keys (error.durableSolutions.<problem>) live under durableSolutions.apiError.<problem>. */
export function translateDurableError(error: unknown, t: TFunction): ApiErrorMessage {
  const moved = (key: unknown) =>
    typeof key === 'string' && key.startsWith(PREFIX) ? `durableSolutions.apiError.${key.slice(PREFIX.length)}` : key;
  const extensions = (error as { errors?: { extensions?: Record<string, unknown> }[] })?.errors?.[0]?.extensions;
  if (extensions) {
    extensions.messageKey = moved(extensions.messageKey);
    const fields = extensions.fields as Record<string, unknown> | undefined;
    if (fields) for (const path of Object.keys(fields)) fields[path] = moved(fields[path]);
  }
  return translateApiError(error, t);
}

/** When the referral went, or, while it waits for the supervisor's confirmation, that it has not gone yet. */
export function referralDateLine(
  referral: { status: string; sentAt: string },
  t: TFunction,
  language: Language,
  timeZone: string,
): string {
  const date = formatDay(referral.sentAt, language, timeZone);
  return referral.status === 'AWAITING_CONFIRMATION'
    ? t('durableSolutions.referral.waitingSince', { date })
    : t('durableSolutions.referral.sentOn', { date });
}
