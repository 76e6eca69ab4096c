import pino, { type DestinationStream, type Logger } from 'pino';
import { redactSqlValues, safeError } from './redaction';

export type { Logger };

/**
 * JSON logs. Code must not log personal data in the first place; redaction is the second line of defence:
 * credentials, cookies, GraphQL variables and request bodies are removed wherever they appear, and errors
 * are logged without what may quote values (a database error's message carries the failed statement with
 * its parameters: a passport number reached the log that way). `destination` is for tests.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'enlace' },
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers.authorization',
          'res.headers["set-cookie"]',
          'password',
          '*.password',
          'token',
          '*.token',
          'variables',
          '*.variables',
          'body',
          '*.body',
          'narrative',
          '*.narrative',
          'params',
          '*.params',
        ],
        censor: '[redacted]',
      },
      serializers: { err: safeError, error: safeError },
      hooks: {
        // The message string of every line, too: a statement quoted in a message loses its values.
        logMethod(args, method) {
          const scrubbed: unknown[] = args.map((arg) => (typeof arg === 'string' ? redactSqlValues(arg) : arg));
          // Without a message, pino would take the error's own message as the line's `msg`, unredacted.
          const first = scrubbed[0] as { err?: unknown } | undefined;
          if (scrubbed.length === 1 && first && typeof first === 'object' && first.err instanceof Error)
            scrubbed.push(String(safeError(first.err).message));
          return method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
