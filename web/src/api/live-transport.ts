import type { ApolloLink, FetchResult } from '@apollo/client';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';

/** Closed by the server when the upgrade carried no valid session: retrying would not help. */
const FORBIDDEN = 4403;

let client: Client | undefined;
let connectedBefore = false;
const reconnectListeners = new Set<() => void>();

/**
 * Calls `listener` each time the live connection comes back after it was lost: events sent while it was down
 * are not replayed, so screens refetch what they show.
 */
export function onLiveReconnected(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => {
    reconnectListeners.delete(listener);
  };
}

/** ws:// or wss:// on the page's own origin: the session cookie goes with the upgrade, like with /graphql. */
function socketUrl(uri: string): string {
  const url = new URL(uri, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

/**
 * One WebSocket for every subscription of the tab, opened with the first one. It reconnects for as long as
 * the tab lives (border posts lose their line often), with growing pauses.
 */
function liveClient(uri: string, onConnected: () => void): Client {
  client ??= createClient({
    url: socketUrl(uri),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: (event) =>
      !(typeof event === 'object' && event !== null && 'code' in event && event.code === FORBIDDEN),
    retryWait: async (retries) => {
      const pause = Math.min(1_000 * 2 ** retries, 30_000) * (0.5 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, pause));
    },
    on: {
      connected: () => {
        onConnected();
        if (connectedBefore) for (const listener of reconnectListeners) listener();
        connectedBefore = true;
      },
    },
  });
  return client;
}

type Sink = { next(value: FetchResult): void; error(error: unknown): void; complete(): void };

/** Runs one subscription over the shared socket; returns how to stop it. */
export function subscribeLive(uri: string, operation: ApolloLink.Operation, sink: Sink, onConnected: () => void) {
  return liveClient(uri, onConnected).subscribe<FetchResult>(
    { query: print(operation.query), variables: operation.variables, operationName: operation.operationName },
    sink,
  );
}
