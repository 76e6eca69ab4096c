import type { EntityManager } from '@mikro-orm/postgresql';
import type { EnlaceConfig } from '../config/config';
import type { Logger } from '../logging/logger';

/** What a listener may use besides the transaction: the typed configuration and a logger. */
export interface EventRuntime {
  config: EnlaceConfig;
  logger: Logger;
}

/**
 * A module's reaction to something another part of the app announces (e.g. "a referral changed"). It runs
 * inside the transaction of the change, after the change is written: whatever it writes (an outbox row, a
 * job, a NOTIFY) commits or rolls back with the change. It must not call the network: enqueue a job instead.
 */
export interface DomainEventListener<Payload = never> {
  event: string;
  handle(em: EntityManager, payload: Payload, runtime: EventRuntime): Promise<void>;
}

export interface DomainEvents {
  /** Runs every listener of `event`, in the order the modules declared them, in `em`'s transaction. */
  publish<Payload>(em: EntityManager, event: string, payload: Payload): Promise<void>;
}

/**
 * The event bus of one server: built by the composition root from the listeners every module declares, so
 * nothing registers itself by being imported, and two servers in one process keep their own runtime.
 */
export function createDomainEvents(
  listeners: readonly DomainEventListener<never>[],
  runtime: EventRuntime,
): DomainEvents {
  const byEvent = new Map<string, DomainEventListener<never>[]>();
  for (const listener of listeners) byEvent.set(listener.event, [...(byEvent.get(listener.event) ?? []), listener]);
  return {
    publish: async (em, event, payload) => {
      for (const listener of byEvent.get(event) ?? []) await listener.handle(em, payload as never, runtime);
    },
  };
}
