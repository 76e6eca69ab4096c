import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { PubSub } from 'type-graphql';
import type http from 'node:http';
import type { RequestContext } from '../../../platform/context';
import type { Logger } from '../../../platform/logging/logger';
import type { EnlaceModule } from '../../../platform/module';
import { attachmentRoutes } from '../conversation/attachment.routes';
import { ReferralAttachmentResolver, ReferralConversationResolver } from '../conversation/conversation.resolver';
import { ReferralAttachment } from '../conversation/referral-attachment.entity';
import { ReferralMessage } from '../conversation/referral-message.entity';
import { ReferralForwardingResolver } from '../forwarding/forwarding.resolver';
import { forwardingPolicy } from '../forwarding/forwarding.policy';
import { ReferralForward } from '../forwarding/referral-forward.entity';
import { startDeadlineWatch } from '../notifications/deadline-watch';
import { ReferralNotice } from '../notifications/referral-notice.entity';
import { mailReceiverOnSent } from '../notifications/referral-sent.listener';
import { onReferralEvent } from '../referral-events';
import { announceLifecycleEvent } from './referral-activity.listener';
import { createReferralEventBus, startReferralEventBridge } from './referral-event-bus';
import { ReferralEventsResolver } from './referral-events.resolver';
import { attachReferralEventsSocket } from './referral-events.websocket';

/**
 * type-graphql's schema build insists on a pub/sub once a @Subscription exists. Ours subscribe through the
 * bus of the server holding the WebSocket (see referral-events.resolver.ts), so this one only satisfies it.
 */
export const referralEventBus = createReferralEventBus() as unknown as PubSub;

let extended = false;

/**
 * Adds what surrounds the referral core (conversation, forwarding, live events, notices) to the referrals
 * module: its entities, resolvers and policy, and the core's event listeners. Called once from
 * referrals/index.ts, so the composition root sees one module.
 */
export function extendReferralsModule(module: EnlaceModule<RequestContext>): void {
  if (extended) return;
  extended = true;
  module.entities.push(ReferralMessage, ReferralAttachment, ReferralForward, ReferralNotice);
  module.resolvers.push(
    ReferralConversationResolver,
    ReferralAttachmentResolver,
    ReferralForwardingResolver,
    ReferralEventsResolver,
  );
  (module.policies ??= []).push(forwardingPolicy);
  onReferralEvent(announceLifecycleEvent);
  onReferralEvent(mailReceiverOnSent);
}

export interface ReferralServiceOptions {
  orm: MikroORM;
  logger: Logger;
  databaseUrl: string;
  dataDir: string;
  createContext(req: Request, res: Response): Promise<RequestContext>;
}

/**
 * The process-level parts, started by app.ts: the LISTEN connection for live events, the deadline watch,
 * the attachment routes and the graphql-ws endpoint. `stop` ends them in reverse.
 */
export function startReferralServices(options: ReferralServiceOptions) {
  const bridge = startReferralEventBridge(options.databaseUrl, options.logger);
  const watch = startDeadlineWatch(options.orm, options.logger);
  return {
    ready: bridge.ready,
    extraRoutes: (app: Express) => attachmentRoutes(options)(app),
    onHttpServer: (schema: GraphQLSchema) => (server: http.Server) =>
      attachReferralEventsSocket(server, schema, options.createContext, bridge.bus),
    stop: async () => {
      await watch.stop();
      await bridge.stop();
    },
  };
}
