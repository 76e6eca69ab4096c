import type http from 'node:http';
import type { Socket } from 'node:net';
import type { NextFunction, Request, Response } from 'express';

/**
 * What the server knows about the requests it is handling: how many are in flight, and whether it is
 * draining (a stop has begun). One per HTTP server; the first middleware of the app.
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

export function createTraffic(server: http.Server): Traffic {
  let inFlight = 0;
  let draining = false;
  let refusing = false;
  const running = new Set<Response>();
  const idleWaiters = new Set<() => void>();
  const connections = new Set<Socket>();
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
      if (refusing) {
        res.setHeader('Connection', 'close');
        res.setHeader('Retry-After', '1');
        res.status(503).json({ code: 'SERVICE_UNAVAILABLE', messageKey: 'error.serviceUnavailable' });
        return;
      }
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
