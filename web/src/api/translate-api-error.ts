import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

/** What a screen shows for a failed operation: one sentence, and per-field messages for forms. */
export interface ApiErrorMessage {
  message: string;
  fields: Record<string, string>;
}

/** Codes the server sends (server/src/platform/graphql/errors.ts), for errors without a messageKey. */
const MESSAGE_KEY_BY_CODE: Record<string, string> = {
  BAD_USER_INPUT: 'error.badInput',
  UNAUTHENTICATED: 'error.unauthenticated',
  FORBIDDEN: 'error.forbidden',
  NOT_FOUND: 'error.notFound',
  CONFLICT: 'error.conflict',
  TOO_MANY_REQUESTS: 'error.tooManyRequests',
};

/**
 * The one place that turns what the API answered into words for the user: the server's `messageKey` (and the
 * keys of `fields` for bad input) are looked up in the catalogue; unknown keys and codes never reach the screen.
 */
export function translateApiError(error: unknown, t: TFunction): ApiErrorMessage {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = first?.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : '';
    const key = knownKey(extensions.messageKey, t) ?? MESSAGE_KEY_BY_CODE[code] ?? 'error.internal';
    return { message: t(key), fields: translateFields(extensions.fields, t) };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    // A proxy or gateway answered instead of Enlace (502, HTML error page): to the user that is the network.
    return { message: t('error.network'), fields: {} };
  }
  if (error instanceof TypeError) return { message: t('error.network'), fields: {} };
  return { message: t('error.internal'), fields: {} };
}

function translateFields(fields: unknown, t: TFunction): Record<string, string> {
  if (!fields || typeof fields !== 'object') return {};
  return Object.fromEntries(
    Object.entries(fields as Record<string, unknown>).map(([path, key]) => [
      path,
      t(knownKey(key, t) ?? 'validation.invalid'),
    ]),
  );
}

/** A key whose translation is a text (not missing, and not a whole section of keys). */
function knownKey(key: unknown, t: TFunction): string | undefined {
  if (typeof key !== 'string') return undefined;
  const text: unknown = t(key, { defaultValue: '', returnObjects: true });
  return typeof text === 'string' && text !== '' ? key : undefined;
}
