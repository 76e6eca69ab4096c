import type { TFunction } from 'i18next';
import { translateApiError, type ApiErrorMessage } from '../../api/translate-api-error';

/**
 * The server's `error.coordination.<problem>` keys are translated as `coordination.apiError.<problem>` (in
 * the screens' own catalogue namespace); other errors as everywhere else. Field paths stay the server's.
 */
export function translateCoordinationError(error: unknown, t: TFunction): ApiErrorMessage {
  const coordinationKey = (key: string) =>
    key.startsWith('error.coordination.') ? `coordination.apiError.${key.slice('error.coordination.'.length)}` : key;
  const mapped = translateApiError(error, ((key: string, options?: object) =>
    t(coordinationKey(key), options as never)) as unknown as TFunction);
  return mapped;
}
