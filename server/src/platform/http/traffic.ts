import type http from 'node:http';
import type { Socket } from 'node:net';
import type { NextFunction, Request, Response } from 'express';

/**
 * What the server knows about the requests it is handling: how many are in flight, how late its event loop
 * runs, and whether it is draining (a stop has begun). One per HTTP server; the first middleware of the app
 * after the probes. Past either overload limit a request is answered 503 with `Retry-After` at once (load
 * shedding, as `under-pressure` does for Fastify): after a restart, a retry storm costs a quick refusal each
 * instead of a queue that keeps every request waiting until it times out.
 *
 * Draining has two phases. While the load balancer is being told (readiness already fails, `serving`), requests
 * are still answered as usual. Then new requests — on connections kept alive from before — are refused with 503,
 * `Retry-After` and `Connection: close`, so the client retries on another process; requests already running
 * finish, and their connections close after the answer.
 */
export interface Traffic {
  middleware(req: Request, res: Response, next: NextFunction): void;
  readonly inFlight: number;
  /** True from the moment a stop begins: readiness fails at once. */
  readonly draining: boolean;
  /** Readiness fails from now on; requests are still served. */
  beginDrain(): void;
  /** New requests are refused from now on; running ones finish. */
  refuseNew(): void;
  /** Resolves true once no request is in flight, or false when `ms` passed first. */
  whenIdle(ms: number): Promise<boolean>;
  /** Destroys every connection still open (HTTP or upgraded to a WebSocket): the end of the grace. */
  cutConnections(): void;
}

/** Bounds past which a request is shed (ENLACE_MAX_IN_FLIGHT_REQUESTS, ENLACE_MAX_EVENT_LOOP_DELAY_MS). */
export interface OverloadLimits {
  maxInFlightRequests: number;
  maxEventLoopDelayMs: number;
}

const LAG_SAMPLE_MS = 250;

/**
 * How late the event loop is: a timer due every 250 ms notes by how much it fired late. Under a retry storm
 * every tick is late, so the last sample tells; a lone pause (garbage collection) affects one sample only.
 */
function eventLoopLag() {
  let lagMs = 0;
  let expected = Date.now() + LAG_SAMPLE_MS;
  const timer = setInterval(() => {
    const now = Date.now();
    lagMs = Math.max(0, now - expected);
    expected = now + LAG_SAMPLE_MS;
  }, LAG_SAMPLE_MS);
  timer.unref();
  return { current: () => lagMs, stop: () => clearInterval(timer) };
}

/** A shed or refused request: a quick 503 the client retries later (the web app backs off with jitter). */
function answerUnavailable(res: Response, retryAfterSeconds: number, close: boolean) {
  if (close) res.setHeader('Connection', 'close');
  res.setHeader('Retry-After', String(retryAfterSeconds));
  res.status(503).json({ code: 'SERVICE_UNAVAILABLE', messageKey: 'error.serviceUnavailable' });
}

export function createTraffic(server: http.Server, limits: OverloadLimits): Traffic {
  let inFlight = 0;
  let draining = false;
  let refusing = false;
  const running = new Set<Response>();
  const idleWaiters = new Set<() => void>();
  const connections = new Set<Socket>();
  const lag = eventLoopLag();
  server.once('close', lag.stop);
  server.on('connection', (socket: Socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
  });

  const finished = (res: Response) => {
    if (!running.delete(res)) return;
    inFlight -= 1;
    if (refusing) server.closeIdleConnections();
    if (inFlight === 0) for (const wake of idleWaiters) wake();
  };

  return {
    middleware(_req, res, next) {
      if (refusing) return answerUnavailable(res, 1, true);
      // Shed rather than queue: a request that would wait behind the others is answered now, cheaply.
      if (inFlight >= limits.maxInFlightRequests || lag.current() > limits.maxEventLoopDelayMs)
        return answerUnavailable(res, 2, false);
      inFlight += 1;
      running.add(res);
      res.once('close', () => finished(res));
      next();
    },
    get inFlight() {
      return inFlight;
    },
    get draining() {
      return draining;
    },
    beginDrain() {
      draining = true;
    },
    refuseNew() {
      refusing = true;
      // Answers still to be written end their connection; idle kept-alive connections are closed now.
      for (const res of running) if (!res.headersSent) res.setHeader('Connection', 'close');
      server.closeIdleConnections();
    },
    cutConnections() {
      for (const socket of connections) socket.destroy();
    },
    whenIdle(ms) {
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          idleWaiters.delete(wake);
          resolve(true);
        };
        const timer = setTimeout(() => {
          idleWaiters.delete(wake);
          resolve(false);
        }, ms);
        idleWaiters.add(wake);
      });
    },
  };
}
