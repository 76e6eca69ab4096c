import type http from 'node:http';
import type { Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { RequestContext } from '../../../platform/context';
import { validateWithinLimits } from '../../../platform/graphql/operation-limits';
import type { ReferralEventBus } from './referral-event-bus';
import type { LiveContext } from './referral-events.resolver';

type ContextFactory = (req: Request, res: Response) => Promise<RequestContext>;

/** Close code of a socket whose session ended (sign-out, expiry, user or agency disabled, token revoked). */
export const SESSION_ENDED_CLOSE_CODE = 4401;
/** How often idle sockets are checked; each delivered event is checked as well. */
const SESSION_RECHECK_MS = 30_000;

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
  stillAuthenticated: (req: Request) => Promise<boolean>,
) {
  const sockets = new WebSocketServer({ server, path: '/graphql' });
  // A subscription lives as long as the session that opened it: checked before every event is delivered and
  // every half minute for quiet sockets, so signing out (or being disabled) ends the stream.
  const open = new Map<WebSocket, Request>();
  const endIfSignedOut = async (socket: WebSocket, request: Request): Promise<boolean> => {
    if (await stillAuthenticated(request).catch(() => false)) return true;
    open.delete(socket);
    socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
    return false;
  };
  const recheck = setInterval(() => {
    for (const [socket, request] of open) void endIfSignedOut(socket, request);
  }, SESSION_RECHECK_MS);
  recheck.unref();
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
        open.set(ctx.extra.socket, request as Request);
        return true;
      },
      onClose: (ctx) => {
        open.delete(ctx.extra.socket);
      },
      context: (ctx): LiveContext => ({
        ...ctx.extra.context!,
        em: ctx.extra.context!.em.fork(),
        referralEvents,
        stillSignedIn: () => endIfSignedOut(ctx.extra.socket, ctx.extra.request as Request),
      }),
    },
    sockets,
  );
  return {
    dispose: async () => {
      clearInterval(recheck);
      await cleanup.dispose();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}
