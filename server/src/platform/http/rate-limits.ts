import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { EnlaceConfig } from '../config/config';
import { EnlaceError } from '../graphql/errors';

/**
 * Request budgets counted in PostgreSQL (rate-limiter-flexible's store, table `rate_limit`), so every server
 * process behind a load balancer draws on the same counters. Keys are hashes: the table holds no address,
 * e-mail or user id in the clear.
 */
export interface RateLimits {
  /** Counts one request of a client address; rejects with the seconds to wait once the minute's budget is spent. */
  consumeAddress(address: string | undefined): Promise<void>;
  /** Counts one request of a signed-in user or API token. */
  consumeAccount(accountKey: string): Promise<void>;
  /** Seconds an address must wait before trying to sign in again; 0 when it may try now. */
  signInWaitOf(address: string | undefined): Promise<number>;
  /** Counts a failed sign-in of an address (any e-mail), against password spraying. */
  recordSignInFailure(address: string | undefined): Promise<void>;
  /** Counts one password-reset request of an address (any e-mail); rejects once the hour's budget is spent. */
  consumePasswordReset(address: string | undefined): Promise<void>;
}

/** What a limited caller is told: a code the client translates and when to come back. */
export class RateLimited extends EnlaceError {
  constructor(readonly retryAfterSeconds: number) {
    super('TOO_MANY_REQUESTS', 'error.tooManyRequests', 'Too many requests; slow down and try again shortly', {
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    });
  }
}

const SIGN_IN_WINDOW_SECONDS = 15 * 60;

/** Password-reset requests per client address and hour: enough for a shared office, too few to mail-bomb. */
export const PASSWORD_RESETS_PER_ADDRESS_PER_HOUR = 10;

const keyOf = (purpose: string, value: string) =>
  createHash('sha256').update(`${purpose}:${value}`).digest('base64url');

export function createRateLimits(orm: MikroORM, config: EnlaceConfig): RateLimits {
  const storeClient = orm.em.getConnection().getKnex();
  const limiter = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterPostgres({
      storeClient,
      storeType: 'knex',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix,
      points,
      duration,
      clearExpiredByTimeout: false,
    });
  const { perAddressPerMinute, perAccountPerMinute, signInFailuresPerAddress } = config.rateLimits;
  const perAddress = limiter('address', perAddressPerMinute, 60);
  const perAccount = limiter('account', perAccountPerMinute, 60);
  const signInFailures = limiter('sign-in-address', signInFailuresPerAddress, SIGN_IN_WINDOW_SECONDS);
  const passwordResets = limiter('password-reset-address', PASSWORD_RESETS_PER_ADDRESS_PER_HOUR, 60 * 60);

  const consume = async (rateLimiter: RateLimiterPostgres, key: string) => {
    try {
      await rateLimiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new RateLimited(secondsOf(rejection));
      throw rejection; // a database error: the request fails rather than passing unlimited
    }
  };
  return {
    consumeAddress: (address) => consume(perAddress, keyOf('address', address ?? 'unknown')),
    consumeAccount: (accountKey) => consume(perAccount, keyOf('account', accountKey)),
    signInWaitOf: async (address) => {
      const state = await signInFailures.get(keyOf('sign-in', address ?? 'unknown'));
      return state && state.consumedPoints >= signInFailuresPerAddress ? secondsOf(state) : 0;
    },
    recordSignInFailure: async (address) => {
      await signInFailures.penalty(keyOf('sign-in', address ?? 'unknown'), 1);
    },
    consumePasswordReset: (address) => consume(passwordResets, keyOf('password-reset', address ?? 'unknown')),
  };
}

const secondsOf = (state: RateLimiterRes) => Math.max(1, Math.ceil(state.msBeforeNext / 1000));

/**
 * Express middleware: one point per request from the caller's address, before the body is read or anything
 * is looked up. Answers 429 with the same `{ code, messageKey }` shape as the attachment routes and GraphQL.
 */
export function perAddressLimit(limits: RateLimits) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      await limits.consumeAddress(req.ip);
      next();
    } catch (error) {
      if (!(error instanceof RateLimited)) return next(error);
      res.setHeader('Retry-After', String(error.retryAfterSeconds));
      res.status(429).json({
        errors: [
          {
            message: error.message,
            extensions: {
              code: 'TOO_MANY_REQUESTS',
              messageKey: 'error.tooManyRequests',
              retryAfterSeconds: error.retryAfterSeconds,
            },
          },
        ],
        code: 'TOO_MANY_REQUESTS',
        messageKey: 'error.tooManyRequests',
      });
    }
  };
}
