import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { EnlaceConfig } from '../config/config';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../database/unavailable';
import { formatError } from '../graphql/errors';
import { documentSizeLimit, OPERATION_LIMITS, operationLimitsForApollo } from '../graphql/operation-limits';
import type { Logger } from '../logging/logger';
import type { Stoppable } from '../module';
import { mountProbes, PROBE_PATHS } from './probes';
import { perAddressLimit, type RateLimits } from './rate-limits';
import { requestLogging } from './request-log';
import { csrfGuard, securityHeaders } from './security-headers';
import { compressedAnswers } from './compressed-answers';
import { createTraffic } from './traffic';
import { serveWebApp } from './web-app';

export interface HttpServerOptions<Context extends BaseContext> {
  config: EnlaceConfig;
  logger: Logger;
  schema: GraphQLSchema;
  createContext: (req: Request, res: Response) => Promise<Context>;
  plugins?: ApolloServerPlugin<Context>[];
  /** Called after Express is set up and before GraphQL, for routes such as file downloads (modules' routes). */
  routes?: ((app: express.Express) => void)[];
  /**
   * Attach to the raw HTTP server before it listens, e.g. a WebSocket endpoint for subscriptions (modules'
   * sockets). Each is stopped when the server stops taking requests, before the requests in flight end.
   */
  sockets?: ((server: http.Server) => Promise<Stoppable>)[];
  /** Request budgets per client address (platform/http/rate-limits.ts); none: unlimited (tests of other parts). */
  rateLimits?: RateLimits;
  /** Resolves when the database answers a trivial query: the readiness probe's check (probes.ts). */
  databaseAnswers?: () => Promise<unknown>;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startHttpServer<Context extends BaseContext>(
  options: HttpServerOptions<Context>,
): Promise<RunningHttpServer> {
  const { config, logger, schema } = options;
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', true);
  const httpServer = http.createServer(app);
  const attached: Stoppable[] = [];
  try {
    for (const socket of options.sockets ?? []) attached.push(await socket(httpServer));
  } catch (error) {
    for (const part of attached.reverse()) await part.stop().catch(() => undefined);
    throw error;
  }
  const stopSockets = async () => {
    for (const part of attached.reverse()) await part.stop();
    attached.length = 0;
  };
  const traffic = createTraffic(httpServer, config.overload);

  const limits = operationLimitsForApollo<Context>();
  const apollo = new ApolloServer<Context>({
    schema,
    // Depth, aliases, directives, cost (validation rules) and tokens (parser) are refused before execution.
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    allowBatchedHttpRequests: false,
    introspection: config.env !== 'production',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // main.ts owns the signals; the server is drained below (stop) before Apollo, the ORM and the database stop.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) =>
      formatError(formatted, error, {
        exposeInternals: config.env === 'development',
        onInternal: (internal) => logger.error({ err: internal }, 'unexpected error while resolving'),
      }),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // Every answer is for one signed-in caller and is never cached; the cache-control plugin would still
      // run a hook for each of the thousand fields of an inbox page.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.env === 'production' ? [ApolloServerPluginLandingPageDisabled()] : []),
      retryAfterOnOutage<Context>(),
      ...limits.plugins,
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  app.use(requestLogging(logger, PROBE_PATHS));
  app.use(securityHeaders(config));
  mountProbes(app, traffic, options.databaseAnswers ?? (() => Promise.resolve()));
  app.use(traffic.middleware);
  // Counted before any body is read or anyone is looked up: a flood costs one small upsert per lease of the
  // budget (ADR 55), then one per refused request.
  if (options.rateLimits) app.use(['/graphql', '/api'], perAddressLimit(options.rateLimits));
  app.use('/api', csrfGuard());
  for (const routes of options.routes ?? []) routes(app);
  app.use(
    '/graphql',
    compressedAnswers(),
    express.json({ limit: OPERATION_LIMITS.maxBodyBytes }),
    documentSizeLimit(),
    expressMiddleware(apollo, { context: ({ req, res }) => contextOrOutage(options.createContext(req, res)) }),
  );
  serveWebApp(app, config.webDistDir, logger);
  app.use(lastErrorHandler(logger));

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await stopSockets().catch(() => undefined);
    await apollo.stop().catch(() => undefined);
    throw error;
  }
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ url }, 'Enlace is listening');
  return {
    url,
    port,
    stop: async () => {
      const { graceSeconds, delaySeconds } = config.shutdown;
      // Readiness fails at once; requests are still served while a load balancer takes the process out.
      traffic.beginDrain();
      if (delaySeconds > 0) await sleep(delaySeconds * 1000);
      // No new connections; requests on kept-alive ones are refused (503); running ones go on.
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      traffic.refuseNew();
      // Subscribers are told "going away" (1001) and reconnect to another process.
      await stopSockets();
      if (!(await traffic.whenIdle(graceSeconds * 1000)))
        logger.warn({ inFlight: traffic.inFlight }, 'shutdown grace over: cutting the requests still running');
      // Answered connections close themselves (Connection: close); whatever is left is cut.
      if (!(await Promise.race([closed.then(() => true), sleep(1_000).then(() => false)]))) traffic.cutConnections();
      await closed;
      await apollo.stop();
    },
  };
}

/** Sets `Retry-After` on a GraphQL answer whose errors include a database outage (graphql/errors.ts). */
function retryAfterOnOutage<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ response }) => {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE'))
          response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      },
    }),
  };
}

/** The caller is looked up in the database first: while it is down, answer 503 SERVICE_UNAVAILABLE, not 500. */
async function contextOrOutage<Context>(context: Promise<Context>): Promise<Context> {
  try {
    return await context;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    throw new GraphQLError('The service is briefly unavailable. Please try again.', {
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        messageKey: 'error.serviceUnavailable',
        retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
        http: { status: 503, headers: new Map([['retry-after', String(DATABASE_RETRY_AFTER_SECONDS)]]) },
      },
    });
  }
}

/**
 * What a route (file transfer) did not handle: a database outage is 503 SERVICE_UNAVAILABLE with Retry-After,
 * anything else a JSON 500 without details (logged with the request id).
 */
function lastErrorHandler(logger: Logger): express.ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    if (isDatabaseUnavailable(error)) {
      res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      const extensions = {
        code: 'SERVICE_UNAVAILABLE',
        messageKey: 'error.serviceUnavailable',
        retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      };
      // GraphQL clients read `errors`; file transfers read `code` and `messageKey`, as everywhere else.
      const message = 'The service is briefly unavailable. Please try again.';
      res.status(503).json(req.originalUrl.startsWith('/graphql') ? { errors: [{ message, extensions }] } : extensions);
      return;
    }
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res.status(status).json({ code: 'BAD_REQUEST', messageKey: 'error.badInput' });
      return;
    }
    logger.error({ err: error, requestId: req.id }, 'unexpected error in a route');
    res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', messageKey: 'error.internal' });
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
