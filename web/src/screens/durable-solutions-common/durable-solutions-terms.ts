import type { TFunction } from 'i18next';
import { translateApiError, type ApiErrorMessage } from '../../api/translate-api-error';
import type { CriterionStatus, DurableSolution } from '../../gql/graphql';

export const SOLUTIONS: DurableSolution[] = ['VOLUNTARY_RETURN', 'LOCAL_INTEGRATION', 'RESETTLEMENT'];
export const CRITERION_STATUSES: CriterionStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'MET', 'NOT_APPLICABLE'];

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
