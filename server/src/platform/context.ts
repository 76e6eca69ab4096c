import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Logger } from './logging/logger';

/**
 * Built once per request. `em` is a fork of the ORM's EntityManager: its identity map lives and dies with
 * the request, and nothing in the app uses the global one.
 */
export interface RequestContext {
  requestId: string;
  em: EntityManager;
  logger: Logger;
  clientAddress: string | undefined;
  req?: Request;
  res?: Response;
}
