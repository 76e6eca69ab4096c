import type { TFunction } from 'i18next';
import { translateApiError, type ApiErrorMessage } from '../../api/translate-api-error';
import type {
  ExploitationKind,
  SurvivorCaseStatus,
  SurvivorClosureReason,
  SurvivorSex,
  SurvivorVulnerability,
} from '../../gql/graphql';

export const VULNERABILITIES: SurvivorVulnerability[] = [
  'CHILD',
  'UNACCOMPANIED_OR_SEPARATED_CHILD',
  'DISABILITY',
  'PREGNANCY',
  'MEDICAL_NEEDS',
  'LGBTIQ',
];
export const STATUSES: SurvivorCaseStatus[] = ['OPEN', 'CLOSED'];
export const CLOSURE_REASONS: SurvivorClosureReason[] = [
  'SERVICES_COMPLETED',
  'DURABLE_SOLUTION',
  'TRANSFERRED',
  'PERSON_DECLINED',
  'LOST_CONTACT',
  'DECEASED',
  'OTHER',
];
export const EXPLOITATION_KINDS: ExploitationKind[] = [
  'SEXUAL_EXPLOITATION',
  'FORCED_LABOUR',
  'FORCED_CRIMINALITY',
  'DOMESTIC_SERVITUDE',
  'FORCED_MARRIAGE',
  'AGGRAVATED_SMUGGLING',
  'EXTORTION',
  'KIDNAPPING',
  'SEXUAL_VIOLENCE',
];
export const SEXES: SurvivorSex[] = ['FEMALE', 'MALE', 'INTERSEX', 'UNKNOWN'];
export const DOCUMENT_KINDS = ['PASSPORT', 'NATIONAL_ID', 'RESIDENCE_PERMIT', 'BIRTH_CERTIFICATE', 'OTHER'] as const;

const PREFIX = 'error.protection.';

/**
 * The API's errors in words: the protection service's message keys (error.protection.<problem>) live in this
 * screen group's catalogue under protection.apiError.<problem>; everything else is the shell's.
 */
export function translateProtectionError(error: unknown, t: TFunction): ApiErrorMessage {
  const moved = (key: unknown) =>
    typeof key === 'string' && key.startsWith(PREFIX) ? `protection.apiError.${key.slice(PREFIX.length)}` : key;
  const extensions = (error as { errors?: { extensions?: Record<string, unknown> }[] })?.errors?.[0]?.extensions;
  if (extensions) {
    extensions.messageKey = moved(extensions.messageKey);
    const fields = extensions.fields as Record<string, unknown> | undefined;
    if (fields) for (const path of Object.keys(fields)) fields[path] = moved(fields[path]);
  }
  return translateApiError(error, t);
}
