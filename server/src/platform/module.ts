import type http from 'node:http';
import type { EntityClass } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Express, Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { MiddlewareFn, NonEmptyArray, PubSub } from 'type-graphql';
import type { Policy } from './authz/ability';
import type { ApiScopeArea } from './authz/api-scopes';
import type { PersonalDataDeclaration } from './authz/personal-data';
import type { EnlaceConfig } from './config/config';
import type { DomainEventListener } from './events/domain-events';
import type { JobDefinition } from './jobs/job';
import type { JobQueue } from './jobs/job-queue';
import type { InputLimits } from './graphql/input-limits';
import type { Logger } from './logging/logger';

/** Resolves a federation entity reference (`_entities`) to the object, or null when the caller may not see it. */
export type ReferenceResolver<Context> = (
  reference: { __typename: string; id: string },
  context: Context,
) => Promise<unknown> | unknown;

/**
 * What the platform gives a module's process-level parts (start hook, routes, socket, jobs): one per server,
 * so two servers in one process (tests) never share state through a module.
 */
export interface ModuleRuntime<Context extends object = object> {
  config: EnlaceConfig;
  orm: MikroORM;
  logger: Logger;
  /** The database the server runs on, for parts that need their own connection (LISTEN). */
  databaseUrl: string;
  /** Builds the same request context as /graphql: for routes and sockets that authenticate a caller. */
  createContext(req: Request, res: Response): Promise<Context>;
  /**
   * Whether the caller of a request made earlier (a WebSocket's upgrade) is still signed in: session not
   * ended, expired or revoked, user and agency still active, token not revoked. Not counted as activity.
   */
  stillAuthenticated(req: Request): Promise<boolean>;
  /** Writes a job in a transaction; workers of any server process run it after commit. */
  jobs: JobQueue;
}

/** Something started that must be ended when the server stops (a connection, a timer, a socket server). */
export interface Stoppable {
  stop(): Promise<void>;
}

/**
 * What a domain module hands to the composition root: what it declares (entities, resolvers, rules) and what it
 * needs to run (start hook, HTTP routes, WebSocket wiring, event listeners, jobs). Platform code knows modules
 * only through this shape, so nothing in platform/ imports a module, and a module never wires itself up by
 * being imported. Adding a module is one line in modules/index.ts.
 */
export interface EnlaceModule<Context extends object = object> {
  name: string;
  entities: EntityClass<unknown>[];
  // type-graphql resolver classes; typed as Function because that is what buildSchema accepts
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  referenceResolvers?: Record<string, ReferenceResolver<Context>>;
  /** Who may do what to this module's subjects. */
  policies?: Policy[];
  /** The API token scopes this module's subjects fall under (`<area>:read`, `<area>:write`). */
  apiScopes?: ApiScopeArea[];
  /** Subjects (entity class names) whose GraphQL fields go through the field guard. */
  guardedSubjects?: string[];
  personalData?: PersonalDataDeclaration[];
  /** Sizes of this module's text and list inputs beyond the defaults, stated in the schema (input-limits.ts). */
  inputLimits?: InputLimits;
  middlewares?: MiddlewareFn<Context>[];
  /**
   * type-graphql refuses to build a schema with a @Subscription unless it is given a pub/sub: the module that
   * declares subscriptions brings it (at most one module may).
   */
  pubSub?: PubSub;
  /** Reactions to domain events, run in the transaction of the change (platform/events). */
  listeners?: DomainEventListener<never>[];
  /**
   * Background work the module enqueues (`runtime.jobs.enqueue`, or `enqueueJob` in a transaction) or
   * schedules (cron): run after commit, with retries, once across every server process (platform/jobs).
   */
  jobs?: JobDefinition<never>[];
  /** Express routes outside GraphQL (file transfer, webhooks), mounted before /graphql. */
  routes?(app: Express, runtime: ModuleRuntime<Context>): void;
  /**
   * Attaches to the HTTP server before it listens (a WebSocket endpoint). The server waits for the promise, and
   * stops the returned part after HTTP has drained.
   */
  socket?(server: http.Server, schema: GraphQLSchema, runtime: ModuleRuntime<Context>): Promise<Stoppable>;
  /**
   * Process-level start, after migrations and before HTTP listens; what it returns is stopped after HTTP has
   * drained, modules in reverse order.
   */
  start?(runtime: ModuleRuntime<Context>): Promise<Stoppable | void>;
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function resolversOf<Context extends object>(modules: EnlaceModule<Context>[]): NonEmptyArray<Function> {
  const resolvers = modules.flatMap((module) => module.resolvers);
  if (resolvers.length === 0) throw new Error('Enlace: no resolvers registered');
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  return resolvers as NonEmptyArray<Function>;
}

/** The schema's pub/sub: the one a module brings, or none. Two would mean two modules own subscriptions. */
export function pubSubOf<Context extends object>(modules: EnlaceModule<Context>[]): PubSub | undefined {
  const owners = modules.filter((module) => module.pubSub);
  if (owners.length > 1) {
    throw new Error(`Enlace: more than one module brings a pub/sub (${owners.map((m) => m.name).join(', ')})`);
  }
  return owners[0]?.pubSub;
}
