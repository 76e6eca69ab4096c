import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { translateApiError, type ApiErrorMessage } from '../../api/translate-api-error';

/**
 * The API's answer in the user's language, for the administration screens. The directory and user services
 * send keys such as `error.<area>.<problem>`; their texts live in the admin namespace under
 * `admin.apiError.…`, so the shell's catalogue stays small. Field paths come back without the `input.` prefix
 * the server gives them (`input.names.es` → `names.es`), ready for react-hook-form's setError.
 */
export function translateAdminError(error: unknown, t: TFunction): ApiErrorMessage {
  const generic = translateApiError(error, t);
  if (!CombinedGraphQLErrors.is(error)) return generic;
  const extensions = error.errors[0]?.extensions ?? {};
  const message = adminText(extensions.messageKey, t) ?? generic.message;
  const fields: Record<string, string> = {};
  const serverFields = extensions.fields;
  if (serverFields && typeof serverFields === 'object') {
    for (const [path, key] of Object.entries(serverFields as Record<string, unknown>)) {
      fields[formPath(path)] = adminText(key, t) ?? generic.fields[path] ?? t('validation.invalid');
    }
  }
  return { message, fields };
}

function adminText(key: unknown, t: TFunction): string | undefined {
  if (typeof key !== 'string' || !key.startsWith('error.')) return undefined;
  const text: unknown = t(`admin.apiError.${key.slice('error.'.length)}`, { defaultValue: '', returnObjects: true });
  return typeof text === 'string' && text !== '' ? text : undefined;
}

/** `input.memberAgencyIds.2` → `memberAgencyIds`: a list's message belongs on the list's field. */
function formPath(path: string): string {
  const withoutInput = path.startsWith('input.') ? path.slice('input.'.length) : path;
  return withoutInput.replace(/^(memberAgencyIds|countryCodes)\.\d+$/, '$1');
}

/** Sets each field message the server sent on the form; returns the ones no field of the form shows. */
export function applyFieldErrors(
  fields: Record<string, string>,
  known: readonly string[],
  setError: (name: never, error: { type: string; message: string }) => void,
): string[] {
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    if (known.includes(path)) setError(path as never, { type: 'server', message });
    else unplaced.push(message);
  }
  return unplaced;
}
