import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response } from 'express';
import type { Logger } from '../logging/logger';

/**
 * Hashed file names never change content: a year, and the browser does not even revalidate, so Last-Modified is
 * some 45 bytes of headers per file for nothing (express sets the ETag from the app's setting, shared with the API).
 */
const HASHED = { immutable: true, maxAge: '365d', lastModified: false } as const;
/** The compressed copies written by web/scripts/compress-assets.mjs, best first. */
const ENCODINGS = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
] as const;

/**
 * Serves the built web app with a fallback to index.html, so deep links like /referrals/123 work. Hashed assets
 * (dist/assets) are sent precompressed (brotli or gzip, built with the app, chosen from Accept-Encoding) with
 * immutable caching; index.html is revalidated on every visit, so a new release is picked up at once.
 */
export function serveWebApp(app: express.Express, webDistDir: string, logger: Logger): void {
  const indexHtml = path.join(webDistDir, 'index.html');
  if (!existsSync(indexHtml)) {
    logger.warn({ webDistDir }, 'web app not built; only the API is served (run pnpm build)');
    return;
  }
  const assetsDir = path.join(webDistDir, 'assets');
  const compressed = new Set(existsSync(assetsDir) ? readdirSync(assetsDir) : []);
  app.use('/assets', (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = safeName(req.path);
    const encoding = name ? encodingFor(req, (extension) => compressed.has(name + extension)) : undefined;
    res.setHeader('Vary', 'Accept-Encoding');
    if (!name || !encoding) return next();
    sendCompressed(res, path.join(assetsDir, name), encoding, { ...HASHED }, next);
  });
  app.use('/assets', express.static(assetsDir, { ...HASHED, fallthrough: false }));
  app.use(express.static(webDistDir, { index: false, maxAge: '1h' }));

  // Browsers and crawlers ask for it whatever the page says (index.html names an inline icon): an empty answer,
  // not a copy of index.html.
  app.get('/favicon.ico', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.status(204).end();
  });

  const indexEncodings = new Set<string>(
    ENCODINGS.map((e) => e.extension).filter((ext) => existsSync(indexHtml + ext)),
  );
  app.get(/^(?!\/graphql|\/api\/).*/, (req, res, next) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    const encoding = encodingFor(req, (extension) => indexEncodings.has(extension));
    if (encoding) sendCompressed(res, indexHtml, encoding, { cacheControl: false }, next);
    else res.sendFile(indexHtml, { cacheControl: false });
  });
}

/** A file name directly in dist/assets (the bundler writes no folders there), or undefined. */
function safeName(requestPath: string): string | undefined {
  let name: string;
  try {
    name = decodeURIComponent(requestPath.replace(/^\//, ''));
  } catch {
    return undefined;
  }
  return /^[\w.-]+$/.test(name) && !name.startsWith('.') ? name : undefined;
}

function encodingFor(req: Request, available: (extension: string) => boolean) {
  // Ours is the order that counts (browsers list gzip before br with the same weight): the best one accepted.
  return ENCODINGS.find((encoding) => available(encoding.extension) && req.acceptsEncodings(encoding.name));
}

function sendCompressed(
  res: Response,
  file: string,
  encoding: (typeof ENCODINGS)[number],
  options: { immutable?: boolean; maxAge?: string; cacheControl?: boolean },
  next: express.NextFunction,
): void {
  // The type of the file itself, not of `.br`; ranges of a compressed body would confuse caches.
  res.type(path.extname(file));
  res.setHeader('Content-Encoding', encoding.name);
  res.sendFile(file + encoding.extension, { ...options, acceptRanges: false }, (error) => {
    if (!error) return;
    // Removed since the server started (a rebuild of web/dist): the plain file, if any, is sent instead.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !res.headersSent) {
      res.removeHeader('Content-Encoding');
      next();
    } else next(error);
  });
}
