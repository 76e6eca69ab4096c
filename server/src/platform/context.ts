import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { AuditTrail } from './audit/audit-trail';
import type { AppAbility } from './authz/ability';
import type { Actor } from './authz/actor';
import type { EnlaceConfig } from './config/config';
import type { DomainEvents } from './events/domain-events';
import type { RateLimits } from './http/rate-limits';
import type { Logger } from './logging/logger';

/**
 * Built once per request. `em` is a fork of the ORM's EntityManager: its identity map lives and dies with
 * the request, and nothing in the app uses the global one. `actor` and `ability` are what every permission
 * decision of the request is made from.
 */
export interface RequestContext {
  requestId: string;
  em: EntityManager;
  logger: Logger;
  clientAddress: string | undefined;
  actor: Actor | null;
  ability: AppAbility;
  audit: AuditTrail;
  /** The server's typed configuration: modules read settings here, never from the environment. */
  config: EnlaceConfig;
  /** The server's domain events: what a service announces reaches the listeners modules declared. */
  events: DomainEvents;
  /** Every scope an API token may be given (the modules' vocabulary), to check a new token's scopes. */
  apiScopes?: readonly string[];
  /** The server's request budgets (sign-in counts failures per address); absent in tests of single services. */
  rateLimits?: RateLimits;
  /** Present for session-based requests: the session id, so sign-out can end it. */
  sessionId?: string;
  req?: Request;
  res?: Response;
}
