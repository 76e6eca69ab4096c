import { brotliCompress, constants, gzip } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

/** Below this, the headers weigh more than what compression would save. */
const MIN_BYTES = 1024;
/** Fast settings: an inbox page (~100 kB of JSON) compresses in about a millisecond. */
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };
const GZIP_OPTIONS = { level: 6 };

/**
 * Compresses the GraphQL API's JSON answers (brotli or gzip, from Accept-Encoding). Only whole answers sent with
 * `res.send` are compressed: streamed bodies (incremental delivery, server-sent events, file downloads) are written
 * with `res.write` and pass as they are, and subscriptions use a WebSocket, which never reaches Express.
 */
export function compressedAnswers() {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.vary('Accept-Encoding');
    // Browsers list gzip before br with the same weight: ours is the order that counts.
    const encoding = (['br', 'gzip'] as const).find((name) => req.acceptsEncodings(name));
    if (!encoding) return next();
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      res.send = send;
      const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.isBuffer(body) ? body : undefined;
      if (!bytes || bytes.length < MIN_BYTES || !isJson(res) || res.getHeader('Content-Encoding')) return send(body);
      // Express would pick text/html for a Buffer; the answer's own type is already set.
      const done = (error: Error | null, compressed: Buffer) => {
        if (error) return void send(body);
        res.setHeader('Content-Encoding', encoding);
        send(compressed);
      };
      if (encoding === 'br') brotliCompress(bytes, BROTLI_OPTIONS, done);
      else gzip(bytes, GZIP_OPTIONS, done);
      return res;
    };
    next();
  };
}

function isJson(res: Response): boolean {
  const type = String(res.getHeader('Content-Type') ?? '');
  return /^application\/(graphql-response\+)?json\b/.test(type);
}
