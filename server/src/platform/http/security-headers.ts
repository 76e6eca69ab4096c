import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { EnlaceConfig } from '../config/config';

/**
 * Security headers on every answer, the web app's and the API's (helmet): a Content-Security-Policy that
 * allows only the app's own scripts and connections (the built app has no inline script; MUI's emotion
 * injects <style> elements, hence 'unsafe-inline' for styles only), no framing by any site, no MIME
 * sniffing, no Referer leaving the portal (URLs carry referral ids), and HSTS in production, where the
 * portal is served over HTTPS only.
 */
export function securityHeaders(config: EnlaceConfig) {
  const production = config.env === 'production';
  const withPolicy = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
  // Apollo's Sandbox (GET /graphql outside production) loads its page from Apollo's CDN.
  const withoutPolicy = helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  // The web app's hashed scripts (/assets/, no workers among them): the headers that govern a document (its policy,
  // framing, window isolation) do nothing on a script, and cost some 460 bytes on each of the ten to thirty files
  // of a first visit over a slow line. What does apply to a script stays: nosniff, resource policy, referrer, HSTS.
  const forAssets = helmet({
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: false,
    originAgentCluster: false,
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
    xDnsPrefetchControl: false,
    xDownloadOptions: false,
    xFrameOptions: false,
    xPermittedCrossDomainPolicies: false,
    xXssProtection: false,
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const sandbox = !production && req.method === 'GET' && req.path === '/graphql';
    if (req.path.startsWith('/assets/')) return forAssets(req, res, next);
    return (sandbox ? withoutPolicy : withPolicy)(req, res, next);
  };
}

/**
 * CSRF protection for cookie-authenticated routes outside GraphQL (Apollo's own prevention covers
 * /graphql): a request that changes something (not GET/HEAD/OPTIONS) and carries no Authorization header
 * must send `X-Requested-With`, a header no HTML form can set and no other site can send without a CORS
 * preflight, which Enlace never grants. A browser that says the request comes from another site
 * (`Sec-Fetch-Site: cross-site`) is refused whatever it sends.
 */
export function csrfGuard() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return next();
    if (req.headers.authorization !== undefined) return next();
    const crossSite = req.headers['sec-fetch-site'] === 'cross-site';
    if (!crossSite && typeof req.headers['x-requested-with'] === 'string') return next();
    res.setHeader('Connection', 'close');
    res.status(403).json({ code: 'FORBIDDEN', messageKey: 'error.csrf' });
  };
}
