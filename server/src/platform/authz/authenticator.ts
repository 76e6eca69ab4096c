import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { EnlaceConfig } from '../config/config';
import type { Actor } from './actor';

export interface Authentication {
  actor: Actor;
  sessionId?: string;
}

/**
 * Finds who is calling from the request (session cookie or bearer API token). Implemented by the identity
 * module; null means anonymous. It may refresh the session cookie on `res`.
 */
export type Authenticator = (
  req: Request,
  res: Response,
  em: EntityManager,
  config: EnlaceConfig,
) => Promise<Authentication | null>;
