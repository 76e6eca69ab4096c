import type { ApolloLink, FetchResult } from '@apollo/client';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import { reportServerReachable } from './connection-status';
import { announceLiveReconnected } from './live-link';

/** Closed by the server when the upgrade carried no valid session: retrying would not help. */
const FORBIDDEN = 4403;

/**
 * One WebSocket for every subscription of the tab. It reconnects for as long as the tab lives (border posts
 * lose their line often), with growing pauses, and tells the screens when it is back so they refetch.
 */
export function createLiveSocket(url: string) {
  let connectedBefore = false;
  const client = createClient({
    url,
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
        reportServerReachable(true);
        if (connectedBefore) announceLiveReconnected();
        connectedBefore = true;
      },
    },
  });
  return {
    subscribe: (operation: ApolloLink.Operation, sink: Parameters<typeof client.subscribe<FetchResult>>[1]) =>
      client.subscribe<FetchResult>(
        {
          query: print(operation.query),
          variables: operation.variables,
          operationName: operation.operationName ?? undefined,
        },
        sink,
      ),
  };
}
