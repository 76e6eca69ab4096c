import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../database/unavailable';

/** Error codes the client translates; anything else reaches users as INTERNAL_SERVER_ERROR. */
export const PUBLIC_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'SERVICE_UNAVAILABLE',
] as const;

export type PublicErrorCode = (typeof PUBLIC_ERROR_CODES)[number];

/**
 * A user-facing error: a stable code, a message key the client translates, and for bad input the paths of the
 * offending fields. Messages are in English for developers; users see the client's translation of `messageKey`.
 */
export class EnlaceError extends GraphQLError {
  constructor(
    code: PublicErrorCode,
    messageKey: string,
    message: string,
    extra: { fields?: Record<string, string>; [key: string]: unknown } = {},
  ) {
    super(message, { extensions: { code, messageKey, ...extra } });
  }
}

export const notFound = (what: string) => new EnlaceError('NOT_FOUND', 'error.notFound', `${what} not found`);
export const forbidden = (messageKey = 'error.forbidden', message = 'You may not do this') =>
  new EnlaceError('FORBIDDEN', messageKey, message);
export const unauthenticated = () => new EnlaceError('UNAUTHENTICATED', 'error.unauthenticated', 'Sign in first');
export const conflict = (messageKey: string, message: string) => new EnlaceError('CONFLICT', messageKey, message);
export const badInput = (fields: Record<string, string>, message = 'Some fields are not valid') =>
  new EnlaceError('BAD_USER_INPUT', 'error.badInput', message, { fields });

/**
 * Keeps known, typed errors and replaces everything else (database errors, bugs) with a generic one, so no
 * SQL, stack trace or personal data leaves the server. In development the original message stays visible.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { exposeInternals: boolean; onInternal: (error: unknown) => void },
): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && (PUBLIC_ERROR_CODES as readonly string[]).includes(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = unwrapResolverError(error);
  // An outage is not a bug: a stable code the client shows as "connection interrupted" and retries.
  if (isDatabaseUnavailable(original) || isDatabaseUnavailable(error)) return serviceUnavailable(formatted);
  options.onInternal(original);
  if (options.exposeInternals) return formatted;
  return {
    message: 'Something went wrong on the server. Please try again.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', messageKey: 'error.internal' },
  };
}

/** The answer while PostgreSQL cannot be reached: retryable, with the wait the HTTP `Retry-After` header says. */
function serviceUnavailable(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return {
    message: 'The service is briefly unavailable. Please try again.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      messageKey: 'error.serviceUnavailable',
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    },
  };
}
