import type http from 'node:http';
import type { Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { RequestContext } from '../../../platform/context';
import { validateWithinLimits } from '../../../platform/graphql/operation-limits';
import type { ReferralEventBus } from './referral-event-bus';
import type { LiveContext } from './referral-events.resolver';

type ContextFactory = (req: Request, res: Response) => Promise<RequestContext>;

/**
 * GraphQL subscriptions over graphql-ws on the same path as queries (/graphql). The WebSocket is
 * authenticated once, at connect, with the session cookie (or bearer token) of the upgrade request: an
 * anonymous connection is closed with 4403 before any subscription starts. Browsers send the cookie on a
 * same-origin upgrade; the Origin check keeps other sites from riding it.
 */
export function attachReferralEventsSocket(
  server: http.Server,
  schema: GraphQLSchema,
  createContext: ContextFactory,
  referralEvents: ReferralEventBus,
) {
  const sockets = new WebSocketServer({ server, path: '/graphql' });
  const cleanup = useServer<Record<string, unknown>, { context?: RequestContext }>(
    {
      schema,
      // The same depth, alias, directive and cost limits as /graphql (platform/graphql/operation-limits.ts).
      validate: (validatedSchema, document) => validateWithinLimits(validatedSchema, document),
      onConnect: async (ctx) => {
        const request = ctx.extra.request;
        const origin = request.headers.origin;
        const host = request.headers.host;
        if (origin && host && new URL(origin).host !== host) return false;
        // No response object on an upgrade: the authenticator only reads the request's headers.
        const context = await createContext(request as Request, {} as Response);
        if (!context.actor) return false;
        ctx.extra.context = context;
        return true;
      },
      context: (ctx): LiveContext => ({ ...ctx.extra.context!, em: ctx.extra.context!.em.fork(), referralEvents }),
    },
    sockets,
  );
  return {
    dispose: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}
