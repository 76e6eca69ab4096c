import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs. Redaction is a second line of defence: code must not log personal data in the first place,
 * but credentials and cookies in headers are removed even if a request object is logged whole.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'enlace' },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.token',
        '*.variables',
      ],
      censor: '[redacted]',
    },
  });
}
