import type { TFunction } from 'i18next';
import { translateApiError, type ApiErrorMessage } from '../../api/translate-api-error';

/**
 * The server's `error.identityCheck.<problem>` keys live in the shell catalogue (every screen may meet them);
 * `error.bulletin.<problem>` keys are translated as `checks.apiError.<problem>`. Field paths stay the server's.
 */
export function translateCheckError(error: unknown, t: TFunction): ApiErrorMessage {
  const local = (key: string) =>
    key.startsWith('error.bulletin.') ? `checks.apiError.${key.slice('error.bulletin.'.length)}` : key;
  return translateApiError(error, ((key: string, options?: object) =>
    t(local(key), options as never)) as unknown as TFunction);
}
