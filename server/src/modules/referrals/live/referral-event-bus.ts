import { createPubSub } from '@graphql-yoga/subscription';
import pg from 'pg';
import type { Logger } from '../../../platform/logging/logger';
import { REFERRAL_EVENTS_CHANNEL, resyncEvent, type ReferralLiveEvent } from './referral-live-event';

/** A server's local fan-out: every NOTIFY its LISTEN connection hears is published here for its subscribers. */
export type ReferralEventBus = ReturnType<typeof createReferralEventBus>;
export const createReferralEventBus = () => createPubSub<{ 'referral-events': [ReferralLiveEvent] }>();

export interface RunningEventBridge {
  bus: ReferralEventBus;
  stop(): Promise<void>;
  /** Resolves once LISTEN is in place (tests wait for it before causing events). */
  ready: Promise<void>;
}

/**
 * One dedicated connection per process runs LISTEN (a pooled connection cannot: LISTEN belongs to a session,
 * and the pool hands connections around). Each notification is parsed and published on the local bus.
 * A lost connection is re-opened with back-off; events in the gap are lost, so once LISTEN is back every
 * subscriber gets a `resync` event (RESYNC_EVENT_TYPE): the client refetches what it shows.
 */
export function startReferralEventBridge(databaseUrl: string, logger: Logger): RunningEventBridge {
  const bus = createReferralEventBus();
  let client: pg.Client | undefined;
  let stopped = false;
  let retryDelay = 500;
  let retryTimer: NodeJS.Timeout | undefined;
  let listenedBefore = false;

  const connect = async (): Promise<void> => {
    const current = new pg.Client({ connectionString: databaseUrl, application_name: 'enlace-referral-events' });
    client = current;
    current.on('notification', (message) => {
      if (message.channel !== REFERRAL_EVENTS_CHANNEL || !message.payload) return;
      try {
        const parsed = JSON.parse(message.payload) as ReferralLiveEvent;
        bus.publish('referral-events', { ...parsed, at: new Date(parsed.at) });
      } catch {
        logger.warn('ignored a malformed referral event');
      }
    });
    current.on('error', (error) => {
      logger.warn({ err: error }, 'referral events connection lost');
      current.end().catch(() => undefined);
      scheduleReconnect();
    });
    await current.connect();
    await current.query(`LISTEN ${REFERRAL_EVENTS_CHANNEL}`);
    retryDelay = 500;
    if (listenedBefore) {
      logger.info('referral events: LISTEN restored; subscribers told to resynchronise');
      bus.publish('referral-events', resyncEvent());
    }
    listenedBefore = true;
  };

  const scheduleReconnect = () => {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      connect().catch(() => scheduleReconnect());
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30_000);
  };

  const ready = connect().catch((error) => {
    logger.warn({ err: error }, 'referral events: LISTEN failed; retrying');
    scheduleReconnect();
  });

  return {
    bus,
    ready,
    stop: async () => {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      await client?.end().catch(() => undefined);
    },
  };
}
