import type { TFunction } from 'i18next';
import { translateApiError, type ApiErrorMessage } from '../../api/translate-api-error';

/**
 * The server's `error.bulletin.<problem>` and `error.coordination.<problem>` keys (bulletins/bulletin.service.ts)
 * are translated as `checks.bulletins.error.<problem>`; other keys as everywhere. Field paths stay the server's.
 */
export function translateBulletinError(error: unknown, t: TFunction): ApiErrorMessage {
  const local = (key: string) => {
    for (const prefix of ['error.bulletin.', 'error.coordination.'])
      if (key.startsWith(prefix)) return `checks.bulletins.error.${key.slice(prefix.length)}`;
    return key;
  };
  return translateApiError(error, ((key: string, options?: object) =>
    t(local(key), options as never)) as unknown as TFunction);
}

export const BULLETIN_KINDS = ['ROUTE_MODUS_OPERANDI', 'CROSSING_INDICATORS', 'FALSE_DOCUMENT'] as const;
export const BULLETIN_LANGUAGES = ['es', 'pt', 'en', 'fr'] as const;
/** The server's limits (bulletins/bulletin.enums.ts), kept in the inputs so nothing is cut off there. */
export const BULLETIN_LIMITS = { title: 200, body: 8_000, search: 200 };

/** The text in the reader's language when the bulletin has it, else its first. */
export function textIn<T extends { language: string }>(texts: readonly T[], language: string): T | undefined {
  return texts.find((text) => text.language === language) ?? texts[0];
}
