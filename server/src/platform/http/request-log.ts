import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logging/logger';
import { requestIdFor } from './request-id';

declare module 'node:http' {
  interface IncomingMessage {
    /** The request's id, set by requestLogging before anything else runs. */
    id?: string;
  }
}

/**
 * One JSON line per request when it ends: id, method, path, operation name, status, time in ms ("request
 * completed"; "request aborted" when the client left first; "request errored" for a 5xx). Never the body, query
 * string or variables. Every request gets its id (a proxy's X-Request-Id when well-formed) in `req.id` and the
 * X-Request-Id header.
 *
 * Written here rather than with pino-http (issue 19): pino-http builds two child loggers a request, serializing
 * the request into each, whether or not the line is then written (with LOG_LEVEL=warn it is not); this writes
 * the same line with one call, and nothing but the id when info lines are off.
 */
export function requestLogging(logger: Logger, ignoredPaths: readonly string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const id = requestIdFor(req);
    req.id = id;
    res.setHeader('X-Request-Id', id);
    if (!logger.isLevelEnabled('info') || ignoredPaths.includes(req.url)) return next();
    const started = Date.now();
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      res.off('finish', done).off('close', done);
      logRequest(logger, req, res, id, Date.now() - started);
    };
    res.on('finish', done).on('close', done);
    next();
  };
}

function logRequest(logger: Logger, req: Request, res: Response, id: string, responseTime: number) {
  const line = {
    req: { id, method: req.method, path: (req.originalUrl ?? req.url).split('?')[0] },
    operation: operationNameOf(req),
    res: { statusCode: res.statusCode },
    responseTime,
  };
  if (res.statusCode >= 500)
    logger.info({ ...line, err: new Error(`failed with status code ${res.statusCode}`) }, 'request errored');
  else logger.info(line, res.writableEnded ? 'request completed' : 'request aborted');
}

function operationNameOf(req: Request): string | undefined {
  const body: unknown = req.body;
  if (body && typeof body === 'object' && 'operationName' in body && typeof body.operationName === 'string')
    return body.operationName.slice(0, 100);
  return undefined;
}
