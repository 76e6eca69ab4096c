import type http from 'node:http';
import type { GraphQLSchema } from 'graphql';
import type { PubSub } from 'type-graphql';
import type { RequestContext } from '../../../platform/context';
import type { ModuleRuntime, Stoppable } from '../../../platform/module';
import { createReferralEventBus, startReferralEventBridge } from './referral-event-bus';
import { attachReferralEventsSocket } from './referral-events.websocket';

/**
 * type-graphql's schema build insists on a pub/sub once a @Subscription exists. Ours subscribe through the
 * bus of the server holding the WebSocket (see referral-events.resolver.ts), so this one only satisfies it.
 */
export const referralSchemaPubSub = createReferralEventBus() as unknown as PubSub;

/**
 * The referrals module's socket: this server's LISTEN connection (live events from every process) and the
 * graphql-ws endpoint on /graphql that hands them to subscribers. Ready once LISTEN is in place, so an event
 * caused right after start-up is not missed.
 */
export async function attachReferralLiveEvents(
  server: http.Server,
  schema: GraphQLSchema,
  runtime: ModuleRuntime<RequestContext>,
): Promise<Stoppable> {
  const bridge = startReferralEventBridge(runtime.databaseUrl, runtime.logger);
  await bridge.ready;
  const socket = attachReferralEventsSocket(
    server,
    schema,
    runtime.createContext,
    bridge.bus,
    runtime.stillAuthenticated,
  );
  return {
    stop: async () => {
      await socket.dispose();
      await bridge.stop();
    },
  };
}
