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
 * module; null means anonymous. It may refresh the session cookie on `res`. `touch: false` checks without
 * counting as activity (a live WebSocket re-checking its caller must not keep an idle session alive).
 */
export type Authenticator = (
  req: Request,
  res: Response,
  em: EntityManager,
  config: EnlaceConfig,
  options?: { touch?: boolean },
) => Promise<Authentication | null>;
