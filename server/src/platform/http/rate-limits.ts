import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { EnlaceConfig } from '../config/config';
import { EnlaceError } from '../graphql/errors';

/**
 * Request budgets counted in PostgreSQL (rate-limiter-flexible's store, table `rate_limit`), so every server
 * process behind a load balancer draws on the same counters. Keys are hashes: the table holds no address,
 * e-mail or user id in the clear. The per-request budgets are drawn in leases of several points per statement
 * (`leased`, ADR 55).
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

/**
 * The per-request budgets (per address, per account) are taken from PostgreSQL in leases of this share of the
 * budget, at most LEASE_MAX points (ADR 55): one statement per lease instead of one per request. Budgets under
 * LEASE_SHARE points are counted one request at a time, as before.
 */
const LEASE_SHARE = 20;
const LEASE_MAX = 50;
/** Past this many keys with a lease, expired leases are dropped (a lease lives at most its window: a minute). */
const LEASES_SWEPT_ABOVE = 10_000;

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
  const addressLeases = leased(perAddress, perAddressPerMinute, consume);
  const accountLeases = leased(perAccount, perAccountPerMinute, consume);
  return {
    consumeAddress: (address) => addressLeases(keyOf('address', address ?? 'unknown')),
    consumeAccount: (accountKey) => accountLeases(keyOf('account', accountKey)),
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

interface Lease {
  /** Points paid for in PostgreSQL and not yet spent by this process. */
  left: number;
  /** When the window they were paid in ends (epoch ms): unspent points then lapse with it. */
  until: number;
}

/**
 * One point per request, drawn from a lease of `chunk` points that this process paid for in one statement. Every
 * request served has been counted in PostgreSQL (the budget holds across processes); a process's unspent points
 * count against the budget until the window ends, so with several processes a caller may be refused up to
 * `chunk - 1` points per process early, never served past the budget. When fewer than `chunk` points remain, the
 * lease is what remains (the statement counted them all), so one process serves the budget exactly.
 */
function leased(
  rateLimiter: RateLimiterPostgres,
  points: number,
  consumeOne: (rateLimiter: RateLimiterPostgres, key: string) => Promise<void>,
): (key: string) => Promise<void> {
  const chunk = Math.min(LEASE_MAX, Math.floor(points / LEASE_SHARE));
  if (chunk <= 1) return (key) => consumeOne(rateLimiter, key);
  const leases = new Map<string, Lease>();
  const refills = new Map<string, Promise<Lease>>();
  const refill = async (key: string): Promise<Lease> => {
    try {
      const taken = await rateLimiter.consume(key, chunk);
      return { left: chunk, until: Date.now() + taken.msBeforeNext };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection; // a database error: the request fails
      // The statement counted the whole chunk: what was left of the budget before it is this process's.
      const left = Math.min(chunk, points - (rejection.consumedPoints - chunk));
      if (left > 0) return { left, until: Date.now() + rejection.msBeforeNext };
      throw new RateLimited(secondsOf(rejection));
    }
  };
  const sweep = () => {
    const now = Date.now();
    for (const [key, lease] of leases) if (lease.until <= now) leases.delete(key);
  };
  return async (key) => {
    for (;;) {
      const lease = leases.get(key);
      if (lease && lease.left > 0 && lease.until > Date.now()) {
        lease.left -= 1;
        return;
      }
      // Requests of one key arriving together share one statement.
      let pending = refills.get(key);
      if (!pending) {
        if (leases.size > LEASES_SWEPT_ABOVE) sweep();
        pending = refill(key).finally(() => refills.delete(key));
        refills.set(key, pending);
      }
      leases.set(key, await pending);
    }
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
